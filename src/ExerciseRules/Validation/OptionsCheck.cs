using ExerciseRules.Model;

namespace ExerciseRules.Validation;

/// <summary>
/// The fast path of options validation: the checks of <see cref="ProtocolOptionsValidator"/>, hand-written, so
/// that building an advisor with valid options does not build or run a FluentValidation validator (which costs
/// more than everything else at start-up). Invalid options still go to the validator, the source of the messages.
/// A property test holds the two to the same answer.
/// </summary>
internal static class OptionsCheck
{
    /// <summary>Throws if <paramref name="options"/> is null or not valid; only invalid options build the validator (and load FluentValidation).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    public static void ThrowIfInvalid(ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IsValid(options))
        {
            ProtocolOptionsValidator.Instance.ThrowIfInvalid(options);
        }
    }

    public static bool IsValid(ProtocolOptions o) =>
        o.IntensifyingPainDelta is >= 1 and <= 10
        && o.ImprovementPoints is >= 1 and <= 10
        && o.ImprovementPercent is >= 1 and <= 100
        && o.PersistDays is >= 1 and <= 365
        && o.MinSessionsPerDay is >= 1 and <= 48
        && o.ReviewDays is >= 1 and <= 365
        && o.ConsecutiveWorseLimit is >= 1 and <= 100
        && o.MaxReps is >= 1 and <= 100
        && o.MinReps is >= 1 and <= 100
        && o.MinReps <= o.MaxReps
        && o.SeverePain is >= 1 and <= 10
        && o.RestSeconds is >= 1 and <= 600
        && IsFraction(o.MinRange)
        && IsFraction(o.RangeStep)
        && o.StartRange >= o.MinRange && o.StartRange <= 1.0
        && o.SessionInterval > TimeSpan.Zero && o.SessionInterval <= TimeSpan.FromDays(7)
        && o.SessionTimeout > TimeSpan.Zero && o.SessionTimeout <= TimeSpan.FromDays(1)
        && o.MinRepSeconds >= 0 && o.MinRepSeconds <= 60;

    private static bool IsFraction(double value) => value > 0 && value <= 1.0;
}
