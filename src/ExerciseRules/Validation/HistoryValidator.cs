using FluentValidation;
using FluentValidation.Results;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Validation;

/// <summary>
/// Checks every field of a history and reports each problem with its wire-format path
/// (<c>sessions[0].reps[2].pain</c>), all at once. Sessions must be in time order, reps within a session too, and
/// no time may be later than the moment of advice. Lists longer than the <see cref="InputLimits"/> are reported
/// (<c>sessions</c>, <c>sessions[3].reps</c>, <c>redFlags</c>) and their elements are not checked one by one.
/// Thread-safe; use <see cref="Instance"/> for the default limits.
/// </summary>
/// <remarks>
/// Call <see cref="Validate(History, DateTimeOffset)"/> to include the checks against the moment of advice; the
/// plain <c>Validate(history)</c> of <see cref="IValidator{T}"/> leaves them out.
/// </remarks>
public sealed class HistoryValidator : AbstractValidator<History>
{
    internal const string NowKey = "ExerciseRules.now";

    // Built on first use: building a validator costs more than the rest of an advisor's start-up, and valid input never needs one.
    private static readonly Lazy<HistoryValidator> s_instance = new(() => new HistoryValidator());

    /// <summary>Creates the validator with <see cref="InputLimits.Default"/>.</summary>
    public HistoryValidator()
        : this(InputLimits.Default)
    {
    }

    /// <summary>Creates the validator with the given limits.</summary>
    /// <param name="limits">The most sessions, reps per session and red flags a history may have.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public HistoryValidator(InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        var symptoms = new SymptomReportValidator();
        var sessions = new SessionValidator(symptoms, limits);

        RuleFor(h => h.Baseline!).SetValidator(symptoms).When(h => h.Baseline is not null).OverridePropertyName("baseline");
        RuleFor(h => h.RedFlags.Length)
            .LessThanOrEqualTo(limits.MaxRedFlags)
            .OverridePropertyName("redFlags")
            .WithMessage(h => InputLimits.TooMany(h.RedFlags.Length, limits.MaxRedFlags, "red flags"));
        RuleForEach(h => h.RedFlags)
            .IsInEnum()
            .When(h => h.RedFlags.Length <= limits.MaxRedFlags)
            .OverridePropertyName("redFlags")
            .WithMessage($"must be one of {WireNames.AllOf<RedFlag>()}");
        RuleFor(h => h.Sessions.Length)
            .LessThanOrEqualTo(limits.MaxSessions)
            .OverridePropertyName("sessions")
            .WithMessage(h => InputLimits.TooMany(h.Sessions.Length, limits.MaxSessions, "sessions"));
        RuleForEach(h => h.Sessions)
            .NotNull()
            .WithMessage("must be a session, not null")
            .SetValidator(sessions)
            .When(h => h.Sessions.Length <= limits.MaxSessions)
            .OverridePropertyName("sessions");
        RuleFor(h => h.Sessions).Custom((list, context) =>
        {
            if (list.Length > limits.MaxSessions)
            {
                return;
            }

            for (var i = 1; i < list.Length; i++)
            {
                var previous = list[i - 1];
                var session = list[i];
                if (previous is null || session is null)
                {
                    continue;
                }

                var previousEnd = Protocol.EpisodeMeasurement.LastActivityOf(previous);
                if (session.StartedAt < previousEnd)
                {
                    var what = previousEnd == previous.StartedAt ? "startedAt" : "last rep";
                    context.AddFailure(new ValidationFailure(
                        $"sessions[{i}].startedAt",
                        $"must not be before sessions[{i - 1}] ({what} {WireNames.Time(previousEnd)}); sessions must be in time order"));
                }
            }
        });
    }

    /// <summary>Gets a shared instance with <see cref="InputLimits.Default"/>.</summary>
    public static HistoryValidator Instance => s_instance.Value;

    /// <summary>Gets the limits this validator enforces.</summary>
    public InputLimits Limits { get; }

    /// <summary>Validates a history for advice at <paramref name="now"/>: every check, including that no time is later than now.</summary>
    /// <param name="history">The history.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The result, with every problem.</returns>
    public ValidationResult Validate(History history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        var context = new ValidationContext<History>(history);
        context.RootContextData[NowKey] = now;
        return Validate(context);
    }

    internal static DateTimeOffset? NowOf<T>(ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(NowKey, out var now) ? (DateTimeOffset)now : null;
}

/// <summary>Checks a symptom report: pain on the 0–10 scale and a known location.</summary>
internal sealed class SymptomReportValidator : AbstractValidator<SymptomReport>
{
    public SymptomReportValidator() => this.SymptomRules(r => r.Pain, r => r.Location);
}

/// <summary>The checks of reported symptoms, shared by symptom reports and reps.</summary>
internal static class SymptomRuleExtensions
{
    public static void SymptomRules<T>(
        this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, int?>> pain,
        System.Linq.Expressions.Expression<Func<T, SymptomLocation?>> location)
    {
        validator.RuleFor(pain)
            .InclusiveBetween(SymptomReport.MinPain, SymptomReport.MaxPain)
            .OverridePropertyName("pain")
            .WithMessage("must be between 0 and 10");
        validator.RuleFor(location)
            .IsInEnum()
            .OverridePropertyName("location")
            .WithMessage($"must be one of {WireNames.AllOf<SymptomLocation>()}");
    }
}

/// <summary>Checks a session: its exercise, times, symptoms and reps, and that its reps are in time order.</summary>
internal sealed class SessionValidator : AbstractValidator<Session>
{
    public SessionValidator(SymptomReportValidator symptoms, InputLimits limits)
    {
        var repsByExercise = Enum.GetValues<Exercise>().ToDictionary(e => e, e => new RepValidator(rangeRequired: e == Exercise.PressUp));
        var lenientReps = new RepValidator(rangeRequired: false);

        RuleFor(s => s.Exercise)
            .IsInEnum()
            .OverridePropertyName("exercise")
            .WithMessage($"must be one of {WireNames.AllOf<Exercise>()}");
        RuleFor(s => s.StartedAt).Custom((startedAt, context) =>
        {
            if (HistoryValidator.NowOf(context) is { } now && startedAt > now)
            {
                context.AddFailure("startedAt", $"must not be later than now ({WireNames.Time(now)})");
            }
        });
        RuleFor(s => s.Before!).SetValidator(symptoms).When(s => s.Before is not null).OverridePropertyName("before");
        RuleFor(s => s.After!).SetValidator(symptoms).When(s => s.After is not null).OverridePropertyName("after");
        RuleFor(s => s.Reps.Length)
            .LessThanOrEqualTo(limits.MaxRepsPerSession)
            .OverridePropertyName("reps")
            .WithMessage(s => InputLimits.TooMany(s.Reps.Length, limits.MaxRepsPerSession, "reps"));
        RuleForEach(s => s.Reps)
            .NotNull()
            .WithMessage("must be a rep, not null")
            .SetValidator((session, _) => repsByExercise.GetValueOrDefault(session.Exercise, lenientReps))
            .When(s => s.Reps.Length <= limits.MaxRepsPerSession)
            .OverridePropertyName("reps");
        RuleFor(s => s).Custom((session, context) =>
        {
            if (session.Reps.Length > limits.MaxRepsPerSession)
            {
                return;
            }

            DateTimeOffset? previous = null;
            var previousIndex = -1;
            for (var i = 0; i < session.Reps.Length; i++)
            {
                if (session.Reps[i]?.At is not { } at)
                {
                    continue;
                }

                if (at < session.StartedAt)
                {
                    context.AddFailure($"reps[{i}].at", $"must not be before the session's startedAt ({WireNames.Time(session.StartedAt)})");
                }
                else if (previous is { } p && at < p)
                {
                    context.AddFailure($"reps[{i}].at", $"must not be before reps[{previousIndex}].at ({WireNames.Time(p)}); reps must be in time order");
                }

                if (HistoryValidator.NowOf(context) is { } now && at > now)
                {
                    context.AddFailure($"reps[{i}].at", $"must not be later than now ({WireNames.Time(now)})");
                }

                previous = at;
                previousIndex = i;
            }
        });
    }
}

/// <summary>Checks a rep: its range (required for the press-up), symptoms, duration and time.</summary>
internal sealed class RepValidator : AbstractValidator<Rep>
{
    public RepValidator(bool rangeRequired)
    {
        if (rangeRequired)
        {
            RuleFor(r => r.Range).NotNull().OverridePropertyName("range").WithMessage("is required for pressUp: how far the person went, from 0 to 1");
        }

        RuleFor(r => r.Range)
            .Must(r => r is null || (r >= 0 && r <= 1))
            .OverridePropertyName("range")
            .WithMessage("must be between 0 and 1 (a fraction of full range)");
        this.SymptomRules(r => r.Pain, r => r.Location);
        RuleFor(r => r.DurationSeconds)
            .Must(d => d is null || (d > 0 && d <= 600))
            .OverridePropertyName("durationSeconds")
            .WithMessage("must be greater than 0 and at most 600");
    }
}
