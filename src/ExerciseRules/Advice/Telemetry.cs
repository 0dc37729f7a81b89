using System.Diagnostics;
using System.Diagnostics.Metrics;
using ExerciseRules.Engine;
using ExerciseRules.Serialization;
using Microsoft.Extensions.Logging;

namespace ExerciseRules;

/// <summary>
/// The names under which ExerciseRules reports what it does: an <see cref="ActivitySource"/> and a
/// <see cref="Meter"/>, both named <see cref="Name"/>. Listen to them with OpenTelemetry or
/// <c>MetricCollector</c>; nothing the person reported is in a tag.
/// </summary>
public static class ExerciseRulesTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "ExerciseRules";

    /// <summary>The activity started for each advice (<c>Advisor.Advise</c>/<c>Explain</c>).</summary>
    public const string AdviseActivity = "ExerciseRules.Advise";

    /// <summary>The counter of advice given, tagged <c>step</c> and <c>urgency</c>.</summary>
    public const string AdviceCounter = "exerciserules.advice";

    /// <summary>The counter of rule firings, tagged <c>rule</c> and <c>stage</c>.</summary>
    public const string RuleFiringCounter = "exerciserules.rule.firings";

    /// <summary>The counter of histories rejected as bad input.</summary>
    public const string RejectedCounter = "exerciserules.input.rejected";

    private static readonly string? s_version = typeof(ExerciseRulesTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource ActivitySource = new(Name, s_version);

    private static readonly Lazy<Meter> s_sharedMeter = new(() => new Meter(Name, s_version));

    internal static Meter MeterFrom(IMeterFactory? factory) =>
        factory?.Create(new MeterOptions(Name) { Version = s_version }) ?? s_sharedMeter.Value;
}

/// <summary>An advisor's instruments and log messages.</summary>
internal sealed partial class AdvisorTelemetry
{
    private readonly Counter<long> _advice;
    private readonly Counter<long> _firings;
    private readonly Counter<long> _rejected;
    private readonly ILogger _logger;

    public AdvisorTelemetry(AdvisorSettings settings)
    {
        var meter = ExerciseRulesTelemetry.MeterFrom(settings.MeterFactory);
        _advice = meter.CreateCounter<long>(ExerciseRulesTelemetry.AdviceCounter, "{advice}", "Advice given, by step and urgency.");
        _firings = meter.CreateCounter<long>(ExerciseRulesTelemetry.RuleFiringCounter, "{firing}", "Rule firings, by rule and stage.");
        _rejected = meter.CreateCounter<long>(ExerciseRulesTelemetry.RejectedCounter, "{history}", "Histories rejected as bad input.");
        _logger = settings.LoggerFactory?.CreateLogger<Advisor>() ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    public Activity? StartAdvise() => ExerciseRulesTelemetry.ActivitySource.StartActivity(ExerciseRulesTelemetry.AdviseActivity);

    public void Rejected(Activity? activity, IReadOnlyCollection<Validation.InputError> errors)
    {
        _rejected.Add(1);
        activity?.SetTag("exerciserules.valid", false);
        activity?.SetStatus(ActivityStatusCode.Error, "bad input");
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            // Paths only: the messages can quote values the person reported.
            LogRejected(_logger, errors.Count, string.Join(", ", errors.Select(e => e.Path)));
        }
    }

    public void Advised(Activity? activity, Advice advice)
    {
        var fired = advice.FiredRules;
        var step = WireNames.Of(advice.Step);
        _advice.Add(1, new KeyValuePair<string, object?>("step", step), new KeyValuePair<string, object?>("urgency", WireNames.Of(advice.Urgency)));
        if (_firings.Enabled)
        {
            foreach (var rule in fired)
            {
                _firings.Add(1, new KeyValuePair<string, object?>("rule", rule.Name), new KeyValuePair<string, object?>("stage", WireNames.Of(rule.Stage)));
            }
        }

        if (activity is not null)
        {
            activity.SetTag("exerciserules.valid", true);
            activity.SetTag("exerciserules.step", step);
            activity.SetTag("exerciserules.decided_by", advice.DecidedBy?.Name);
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            LogAdvised(_logger, step, WireNames.Of(advice.Urgency), advice.DecidedBy?.Name, string.Join(", ", fired.Select(r => r.Name)));
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Advice {Step} (urgency {Urgency}) decided by {DecidedBy}; rules fired: {FiredRules}")]
    private static partial void LogAdvised(ILogger logger, string step, string urgency, string? decidedBy, string firedRules);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "History rejected with {ErrorCount} problem(s) at {Paths}")]
    private static partial void LogRejected(ILogger logger, int errorCount, string paths);
}
