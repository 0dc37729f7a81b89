using System.Globalization;
using FluentValidation;
using ExerciseRules.Model;

namespace ExerciseRules.Validation;

/// <summary>
/// Checks every protocol option. Paths are the option names of the wire format (<c>maxReps</c>), messages say what
/// is allowed. Thread-safe; use <see cref="Instance"/>.
/// </summary>
public sealed class ProtocolOptionsValidator : AbstractValidator<ProtocolOptions>
{
    private static readonly Lazy<ProtocolOptionsValidator> s_instance = new(() => new ProtocolOptionsValidator());

    /// <summary>Creates the validator.</summary>
    public ProtocolOptionsValidator()
    {
        WholeNumber(o => o.IntensifyingPainDelta, "intensifyingPainDelta", 1, 10);
        WholeNumber(o => o.ImprovementPoints, "improvementPoints", 1, 10);
        WholeNumber(o => o.ImprovementPercent, "improvementPercent", 1, 100);
        WholeNumber(o => o.PersistDays, "persistDays", 1, 365);
        WholeNumber(o => o.MinSessionsPerDay, "minSessionsPerDay", 1, 48);
        WholeNumber(o => o.ReviewDays, "reviewDays", 1, 365);
        WholeNumber(o => o.ConsecutiveWorseLimit, "consecutiveWorseLimit", 1, 100);
        WholeNumber(o => o.MaxReps, "maxReps", 1, 100);
        WholeNumber(o => o.MinReps, "minReps", 1, 100);
        RuleFor(o => o.MinReps)
            .Must((o, minReps) => minReps <= o.MaxReps)
            .When(o => o.MaxReps is >= 1 and <= 100 && o.MinReps is >= 1 and <= 100)
            .OverridePropertyName("minReps")
            .WithMessage(o => $"must not be greater than maxReps ({o.MaxReps})");
        WholeNumber(o => o.SeverePain, "severePain", 1, 10);
        WholeNumber(o => o.RestSeconds, "restSeconds", 1, 600);
        Fraction(o => o.MinRange, "minRange");
        Fraction(o => o.RangeStep, "rangeStep");
        RuleFor(o => o.StartRange)
            .Must(start => start > 0 && start <= 1.0)
            .When(o => !(o.MinRange > 0 && o.MinRange <= 1.0))
            .OverridePropertyName("startRange")
            .WithMessage("must be greater than 0 and at most 1");
        RuleFor(o => o.StartRange)
            .Must((o, start) => start >= o.MinRange && start <= 1.0)
            .When(o => o.MinRange > 0 && o.MinRange <= 1.0)
            .OverridePropertyName("startRange")
            .WithMessage(o => $"must be between minRange ({Format(o.MinRange)}) and 1");
        Duration(o => o.SessionInterval, "sessionInterval", TimeSpan.FromDays(7));
        Duration(o => o.SessionTimeout, "sessionTimeout", TimeSpan.FromDays(1));
        RuleFor(o => o.MinRepSeconds)
            .Must(s => s >= 0 && s <= 60)
            .OverridePropertyName("minRepSeconds")
            .WithMessage("must be between 0 and 60");
    }

    /// <summary>Gets a shared instance.</summary>
    public static ProtocolOptionsValidator Instance => s_instance.Value;

    /// <summary>Throws if the options are not valid. Valid options are recognised without running the validator's rules.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    public void ThrowIfInvalid(ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (OptionsCheck.IsValid(options))
        {
            return;
        }

        var result = Validate(options);
        if (!result.IsValid)
        {
            throw new InvalidProtocolOptionsException(result.ToInputErrors());
        }
    }

    private void WholeNumber(System.Linq.Expressions.Expression<Func<ProtocolOptions, int>> property, string name, int min, int max) =>
        RuleFor(property)
            .InclusiveBetween(min, max)
            .OverridePropertyName(name)
            .WithMessage($"must be between {min} and {max}");

    private void Fraction(System.Linq.Expressions.Expression<Func<ProtocolOptions, double>> property, string name) =>
        RuleFor(property)
            .Must(v => v > 0 && v <= 1.0)
            .OverridePropertyName(name)
            .WithMessage("must be greater than 0 and at most 1");

    private void Duration(System.Linq.Expressions.Expression<Func<ProtocolOptions, TimeSpan>> property, string name, TimeSpan max) =>
        RuleFor(property)
            .Must(v => v > TimeSpan.Zero && v <= max)
            .OverridePropertyName(name)
            .WithMessage($"must be longer than 00:00:00 and at most {Serialization.WireNames.Duration(max)}");

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
