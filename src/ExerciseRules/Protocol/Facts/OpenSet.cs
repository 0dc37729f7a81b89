using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// Derived fact: the set under way. A session is open while it is not completed and its last activity is less
/// than <c>SessionTimeout</c> ago.
/// </summary>
/// <param name="Session">The open session.</param>
/// <param name="Measures">Its reps measured against the symptoms before each.</param>
public sealed record OpenSet(Session Session, SetMeasures Measures)
{
    /// <summary>Gets the exercise of the set.</summary>
    public Exercise Exercise => Session.Exercise;

    /// <summary>Gets the number of reps done so far.</summary>
    public int RepsDone => Session.Reps.Length;

    /// <summary>Gets the last rep, or <see langword="null"/> if none was done yet.</summary>
    public Rep? LastRep => Session.Reps.IsEmpty ? null : Session.Reps[^1];

    /// <inheritdoc />
    public override string ToString() =>
        $"OpenSet {{ Exercise = {Exercise}, RepsDone = {RepsDone}, ConsecutiveWorse = {Measures.ConsecutiveWorse}, TrailingPeripheralised = {Measures.TrailingPeripheralised} }}";
}
