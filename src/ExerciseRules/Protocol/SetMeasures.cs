using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// What one set's reps say, measured rep by rep against the last symptoms reported before each rep (an earlier
/// rep of the set, else the session's <c>before</c>).
/// </summary>
/// <param name="Responses">Each rep's response, in order.</param>
/// <param name="ConsecutiveWorse">The number of worse reps at the end of the set.</param>
/// <param name="TrailingPeripheralised">The number of reps at the end of the set that each moved the symptoms down the leg.</param>
/// <param name="LastToleratedRange">The range of the last rep whose response was known and not worse, if any reported a range.</param>
/// <param name="AfterVersusBefore">How the after-set symptoms compare with the before-set symptoms.</param>
public sealed record SetMeasures(
    ImmutableArray<SymptomChange> Responses,
    int ConsecutiveWorse,
    int TrailingPeripheralised,
    double? LastToleratedRange,
    SymptomChange AfterVersusBefore)
{
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Responses = [").AppendJoin(", ", Responses.IsDefault ? [] : Responses).Append("], ConsecutiveWorse = ").Append(ConsecutiveWorse)
            .Append(", TrailingPeripheralised = ").Append(TrailingPeripheralised).Append(", LastToleratedRange = ").Append(Formats.Of(LastToleratedRange))
            .Append(", AfterVersusBefore = ").Append(AfterVersusBefore);
        return true;
    }

    /// <summary>Gets the response of the last rep, or <see cref="SymptomChange.Unknown"/> if the set has no reps.</summary>
    public SymptomChange LastResponse => Responses.IsDefaultOrEmpty ? SymptomChange.Unknown : Responses[^1];

    /// <summary>Gets whether the last rep moved the symptoms down the leg.</summary>
    public bool LastPeripheralised => TrailingPeripheralised > 0;

    /// <summary>Measures a session's set.</summary>
    /// <param name="session">The session.</param>
    /// <param name="options">The protocol options (for <see cref="ProtocolOptions.IntensifyingPainDelta"/>).</param>
    /// <returns>The measures.</returns>
    public static SetMeasures Of(Session session, ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        var set = new SetAccumulator(options);
        set.Start(session.Before, session.StartedAt, recordResponses: true);
        foreach (var rep in session.Reps)
        {
            set.Add(rep);
        }

        return set.ToMeasures(session.Before, session.After);
    }

    /// <summary>Gets whether the set ends with the keeps-worsening pattern of rule 5.</summary>
    /// <param name="options">The protocol options.</param>
    /// <returns><see langword="true"/> after <c>ConsecutiveWorseLimit</c> worse reps in a row, or two in a row that moved the symptoms down the leg.</returns>
    public bool KeepsWorsening(ProtocolOptions options) => KeepsWorsening(ConsecutiveWorse, TrailingPeripheralised, options);

    /// <summary>Classifies the set once it is finished.</summary>
    /// <param name="session">The session the measures are of.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns>How the set went.</returns>
    public SetOutcome OutcomeOf(Session session, ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        return OutcomeOf(ConsecutiveWorse, TrailingPeripheralised, AfterVersusBefore, session.Completed, session.Reps.Length, LastResponse, options);
    }

    internal static bool KeepsWorsening(int consecutiveWorse, int trailingPeripheralised, ProtocolOptions options) =>
        consecutiveWorse >= options.ConsecutiveWorseLimit || trailingPeripheralised >= 2;

    internal static SetOutcome OutcomeOf(
        int consecutiveWorse, int trailingPeripheralised, SymptomChange afterVersusBefore, bool completed, int reps, SymptomChange lastResponse, ProtocolOptions options)
    {
        if (KeepsWorsening(consecutiveWorse, trailingPeripheralised, options) || afterVersusBefore == SymptomChange.Worse)
        {
            return SetOutcome.StoppedForWorsening;
        }

        var tolerated = completed
            && reps >= options.MinReps
            && lastResponse is SymptomChange.Same or SymptomChange.Better
            && afterVersusBefore is SymptomChange.Same or SymptomChange.Better;
        return tolerated ? SetOutcome.Tolerated : SetOutcome.Neither;
    }
}
