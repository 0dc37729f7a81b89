using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// How the protocol sets the target range of the next rep. Targets are fractions of full range, rounded to six
/// decimals so that 0.4 − 0.1 reads 0.3, but never across a bound of the rule: rounding must not take a target
/// below <c>MinRange</c> or <c>StartRange</c>, above 1, or beyond the last range after a worse rep.
/// </summary>
public static class TargetRanges
{
    /// <summary>
    /// After a worse rep (rule 7): <c>max(MinRange, last − RangeStep)</c>, and never beyond the last range (which
    /// matters only when the last rep was already below <c>MinRange</c>).
    /// </summary>
    /// <param name="lastRange">The last rep's range, if reported.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns>The target, or <see langword="null"/> when the last rep reported no range.</returns>
    public static double? Reduced(double? lastRange, ProtocolOptions options) =>
        lastRange is { } last ? RoundWithin(Math.Min(last, Math.Max(options.MinRange, last - options.RangeStep)), Math.Min(last, options.MinRange), last) : null;

    /// <summary>After a rep that was the same or better (rule 10): <c>min(1, last + RangeStep)</c>, and at least <c>MinRange</c>.</summary>
    /// <param name="lastRange">The last rep's range, if reported.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns>The target, or <see langword="null"/> when the last rep reported no range.</returns>
    public static double? Progressed(double? lastRange, ProtocolOptions options) =>
        lastRange is { } last ? RoundWithin(Math.Clamp(last + options.RangeStep, options.MinRange, 1.0), options.MinRange, 1.0) : null;

    /// <summary>
    /// The start target of a set (rule 12): the last tolerated range of the previous session of that exercise minus
    /// <c>RangeStep</c>, never below <c>StartRange</c>; <c>StartRange</c> for a press-up with no such range; no target
    /// for a lying position with no such range.
    /// </summary>
    /// <param name="exercise">The exercise of the set.</param>
    /// <param name="finished">What the finished sets say.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns>The target, or <see langword="null"/> when no range applies.</returns>
    public static double? Start(Exercise exercise, FinishedSets finished, ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(finished);
        if (finished.LastToleratedRangeOf(exercise) is { } tolerated)
        {
            return RoundWithin(Math.Clamp(tolerated - options.RangeStep, options.StartRange, 1.0), options.StartRange, 1.0);
        }

        return exercise == Exercise.PressUp ? RoundWithin(options.StartRange, options.StartRange, 1.0) : null;
    }

    /// <summary>
    /// Holding the last range (rules 8, 9 and 11): the last rep's range as it is, except that a negative zero
    /// (<c>-0</c>, which JSON allows) becomes 0, so no advice ever reads "-0".
    /// </summary>
    /// <param name="lastRange">The last rep's range, if reported.</param>
    /// <returns>The target, or <see langword="null"/> when the last rep reported no range.</returns>
    public static double? Held(double? lastRange) => lastRange is { } last ? WithoutNegativeZero(last) : null;

    /// <summary>Rounds to six decimals, then back within [<paramref name="min"/>, <paramref name="max"/>] (the exact value lies there); never a negative zero.</summary>
    private static double RoundWithin(double value, double min, double max) =>
        WithoutNegativeZero(Math.Clamp(Math.Round(value, 6, MidpointRounding.AwayFromZero), min, max));

    /// <summary>Adding a positive zero turns −0 into +0 and leaves every other value as it is.</summary>
    private static double WithoutNegativeZero(double value) => value + 0.0;
}
