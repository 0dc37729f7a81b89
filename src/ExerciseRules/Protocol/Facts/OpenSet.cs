using System.ComponentModel;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// Derived fact: the set under way. A session is open while it is not completed and its last activity is less
/// than <c>SessionTimeout</c> ago.
/// </summary>
/// <param name="Session">The open session.</param>
/// <param name="Measures">Its reps measured against the symptoms before each.</param>
[DisplayName("open set")]
public sealed record OpenSet(Session Session, SetMeasures Measures)
{
    /// <summary>Gets the exercise of the set.</summary>
    public Exercise Exercise => Session.Exercise;

    /// <summary>Gets the number of reps done so far.</summary>
    public int RepsDone => Session.Reps.Length;

    /// <summary>Gets the last rep, or <see langword="null"/> if none was done yet.</summary>
    public Rep? LastRep => Session.Reps.IsEmpty ? null : Session.Reps[^1];

    /// <summary>Gets the number of worse reps at the end of the set.</summary>
    public int ConsecutiveWorse => Measures.ConsecutiveWorse;

    /// <summary>Gets the number of reps at the end of the set that each moved the symptoms down the leg.</summary>
    public int TrailingPeripheralised => Measures.TrailingPeripheralised;

    /// <summary>Gets how long the last rep took, in seconds, if it was reported.</summary>
    public double? LastRepSeconds => LastRep?.DurationSeconds;

    /// <summary>The derived fact of the last rep (rule <c>last-rep</c>): its response, or why it is unknown.</summary>
    /// <returns>A <see cref="Protocol.LastRep"/>, or an <see cref="Engine.Unknown{T}"/> of it.</returns>
    internal object LastRepOrUnknown()
    {
        var number = RepsDone;
        var rep = LastRep!;
        var response = Measures.LastResponse;
        if (response == SymptomChange.Unknown)
        {
            return new Engine.Unknown<Protocol.LastRep>(rep.Symptoms.IsReported
                ? $"nothing reported before rep {number} (the session's before and earlier reps) can be compared with it"
                : $"rep {number} reported neither pain nor location");
        }

        return new Protocol.LastRep(number, rep, response, Measures.LastPeripheralised);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"OpenSet {{ Exercise = {Exercise}, RepsDone = {RepsDone}, ConsecutiveWorse = {Measures.ConsecutiveWorse}, TrailingPeripheralised = {Measures.TrailingPeripheralised} }}";
}
