using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using ExerciseRules.Engine;
using FluentRule = NRules.Fluent.Dsl.Rule;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Protocol.Rules;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules;

/// <summary>
/// Gives the next step of the press-up programme for a history. Build one per set of protocol options and share
/// it: an advisor is immutable and thread-safe. Building it compiles the protocol's NRules rules (and the host's
/// own) once, into one NRules session factory; every advice runs in an NRules session of its own.
/// </summary>
/// <example>
/// <code>
/// var advisor = new Advisor();
/// AdviceResult result = advisor.Advise(history, DateTimeOffset.UtcNow);
/// if (result.IsValid) Show(result.Advice);
/// else foreach (var error in result.Errors) Console.Error.WriteLine(error); // sessions[0].reps[2].pain: must be between 0 and 10
/// </code>
/// </example>
public sealed class Advisor
{
    private readonly AdvisorTelemetry _telemetry;

    /// <summary>Creates an advisor.</summary>
    /// <param name="options">The protocol options; <see langword="null"/> for <see cref="ProtocolOptions.Default"/>.</param>
    /// <param name="timeProvider">The clock for <see cref="Advise(History)"/>; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="limits">How much input to accept (histories over a limit get errors, not advice); <see langword="null"/> for <see cref="InputLimits.Default"/>.</param>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    public Advisor(ProtocolOptions? options = null, TimeProvider? timeProvider = null, InputLimits? limits = null)
        : this(new AdvisorSettings
        {
            Options = options ?? ProtocolOptions.Default,
            TimeProvider = timeProvider ?? TimeProvider.System,
            Limits = limits ?? InputLimits.Default,
        })
    {
    }

    /// <summary>Creates an advisor from settings (options, clock, input limits, texts, logging, metrics).</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> or one of its required members is null.</exception>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    /// <exception cref="ArgumentException"><see cref="AdvisorSettings.AdditionalRules"/> cannot run with the protocol's rules; the message lists every problem (a null rule, a name or priority another rule has, a missing stage tag, a priority outside its stage's band, a decide rule ranked with or above the red-flag rules).</exception>
    public Advisor(AdvisorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Options = settings.Options ?? throw new ArgumentNullException(nameof(settings), "AdvisorSettings.Options should not be null.");
        TimeProvider = settings.TimeProvider ?? throw new ArgumentNullException(nameof(settings), "AdvisorSettings.TimeProvider should not be null.");
        Texts = settings.Texts ?? throw new ArgumentNullException(nameof(settings), "AdvisorSettings.Texts should not be null.");
        Limits = settings.Limits ?? throw new ArgumentNullException(nameof(settings), "AdvisorSettings.Limits should not be null.");
        _hostRules = !settings.AdditionalRules.IsEmpty;
        RuleSet = _hostRules ? CompileWith(Options, settings.AdditionalRules) : PressUpProtocol.Compile(Options);
        _telemetry = new AdvisorTelemetry(settings);
        _firedRules = RuleSet.Rules.ToDictionary<RuleMetadata, RuleMetadata, FiredRule>(r => r, FiredRule.From, ReferenceEqualityComparer.Instance);
    }

    private HistoryValidator? _validator;

    /// <summary>Whether the rule set holds rules of the host's own (<see cref="AdvisorSettings.AdditionalRules"/>).</summary>
    private readonly bool _hostRules;

    /// <summary>The record of each rule's firing, made once (records are immutable, so advice can share them).</summary>
    private readonly Dictionary<RuleMetadata, FiredRule> _firedRules;

    /// <summary>Gets the settings the advisor was built from.</summary>
    public AdvisorSettings Settings { get; }

    /// <summary>Gets the words of the messages.</summary>
    public MessageTexts Texts { get; }

    /// <summary>Gets the protocol options in force.</summary>
    public ProtocolOptions Options { get; }

    /// <summary>Gets how much input the advisor accepts (also used by <see cref="Serialization.AdvisorJsonExtensions.AdviseJson"/>).</summary>
    public InputLimits Limits { get; }

    /// <summary>Gets the clock used when no moment is given.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the compiled NRules rules: the protocol's, and the host's own from <see cref="AdvisorSettings.AdditionalRules"/> if any.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Advises on a history at the current time of <see cref="TimeProvider"/>.</summary>
    /// <param name="history">The history.</param>
    /// <returns>The advice, or every problem with the history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public AdviceResult Advise(History history) => Advise(history, TimeProvider.GetUtcNow());

    /// <summary>Advises on a history at a given moment.</summary>
    /// <param name="history">The history.</param>
    /// <param name="now">The moment of advice; no time in the history may be later.</param>
    /// <returns>The advice, or every problem with the history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public AdviceResult Advise(History history, DateTimeOffset now) => Evaluate(history, now, trace: false);

    /// <summary>Advises on a history at the current time and explains it: <see cref="AdviceResult.Trace"/> says what fired, with the facts it matched, and what did not fire and why.</summary>
    /// <param name="history">The history.</param>
    /// <returns>The advice and its explanation, or every problem with the history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public AdviceResult Explain(History history) => Explain(history, TimeProvider.GetUtcNow());

    /// <summary>Advises on a history at a given moment and explains it (see <see cref="Explain(History)"/>).</summary>
    /// <param name="history">The history.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice and its explanation, or every problem with the history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public AdviceResult Explain(History history, DateTimeOffset now) => Evaluate(history, now, trace: true);

    private AdviceResult Evaluate(History history, DateTimeOffset now, bool trace)
    {
        ArgumentNullException.ThrowIfNull(history);
        using var activity = _telemetry.StartAdvise();
        // The fast path checks and measures in one pass; only input it does not pass goes to the validator.
        var measurement = EpisodeMeasurement.MeasureIfValid(history, now, Options, Limits);
        if (measurement is null)
        {
            if (Reject(history, now, activity) is { } rejected)
            {
                return rejected;
            }

            measurement = EpisodeMeasurement.Of(history, now, Options);
        }

        return Decide(measurement, activity, trace);
    }

    /// <summary>
    /// Runs the FluentValidation validator (the source of every error path and message) on a history the fast
    /// check did not pass; returns the result with its errors, or <see langword="null"/> if the validator finds none.
    /// </summary>
    internal AdviceResult? Reject(History history, DateTimeOffset now, Activity? activity)
    {
        var validation = Validator.Validate(history, now);
        if (validation.IsValid)
        {
            return null;
        }

        var errors = validation.ToInputErrors();
        _telemetry.Rejected(activity, errors);
        return AdviceResult.Invalid(errors);
    }

    internal Activity? StartActivity() => _telemetry.StartAdvise();

    /// <summary>Gets the validator, built on first use: valid input never needs it (see <see cref="HistoryCheck"/>).</summary>
    internal HistoryValidator Validator => _validator ??= Limits == InputLimits.Default ? HistoryValidator.Instance : new HistoryValidator(Limits);

    /// <summary>Fires the rules on measured facts (of a valid history) in an NRules session of its own and composes the advice.</summary>
    internal AdviceResult Decide(EpisodeMeasurement measurement, Activity? activity, bool trace)
    {
        var messages = new ComposedMessages();
        var evaluation = PressUpProtocol.Evaluate(RuleSet, measurement, messages, trace);
        var advice = Compose(evaluation, measurement, messages);
        _telemetry.Advised(activity, advice);
        return AdviceResult.Valid(advice, evaluation.Trace);
    }

    private Advice Compose(RuleSetEvaluation evaluation, EpisodeMeasurement measurement, ComposedMessages messages)
    {
        if (evaluation.Find<Decision>() is not { } decision)
        {
            throw new InvalidOperationException(
                "No decide rule fired, so there is no advice. The protocol covers every valid history, so this is a bug in ExerciseRules: please report it with the history.");
        }

        // The red flags of the input, not of the working memory: a host rule may have changed or removed that fact.
        if (_hostRules && decision.Step != AdviceStep.SeekUrgentCare && !measurement.RedFlags.Flags.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException(
                $"The advice would be {WireNames.Of(decision.Step)} although red flags were reported; a red flag must always yield seekUrgentCare. "
                + "A rule in AdvisorSettings.AdditionalRules kept the protocol's red-flag rules from deciding (it inserted a Decision, or changed or removed the ReportedRedFlags fact): change that rule.");
        }

        var context = new MessageContext(decision, Options, measurement.Episode);
        return new Advice(decision.Step, decision.Urgency)
        {
            Exercise = decision.Exercise,
            TargetRange = decision.TargetRange,
            RestSeconds = decision.RestSeconds,
            RepsDone = decision.RepsDone,
            RepsRemaining = decision.RepsRemaining,
            NextSessionDue = decision.NextSessionDue,
            Messages = RenderMessages(messages.Codes, context),
            FiredRules = FiredRulesOf(evaluation),
        };
    }

    private ImmutableArray<AdviceMessage> RenderMessages(IReadOnlyList<string> codes, MessageContext context)
    {
        var messages = new AdviceMessage[codes.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = new AdviceMessage(codes[i], Texts.Render(codes[i], context));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(messages);
    }

    private ImmutableArray<FiredRule> FiredRulesOf(RuleSetEvaluation evaluation)
    {
        var records = new FiredRule[evaluation.FiredCount];
        for (var i = 0; i < records.Length; i++)
        {
            var rule = evaluation.FiredRule(i);
            records[i] = _firedRules.TryGetValue(rule, out var record) ? record : FiredRule.From(rule);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(records);
    }

    /// <summary>Compiles the protocol's rules with a host's, refusing host decide rules that would rank with or above the red-flag rules.</summary>
    private static RuleSet CompileWith(ProtocolOptions options, ImmutableArray<FluentRule> additional)
    {
        var problems = new List<string>();
        var hosts = new List<FluentRule>(additional.Length);
        for (var i = 0; i < additional.Length; i++)
        {
            if (additional[i] is { } rule)
            {
                hosts.Add(rule);
            }
            else
            {
                problems.Add($"AdditionalRules[{i}] is null");
            }
        }

        var (rules, compileProblems) = RuleSet.TryCompile(
            [.. PressUpProtocol.CreateRules(options), .. hosts], RuleSetOptions.Default, PressUpProtocol.SingleFactTypes, OutranksRedFlags);
        problems.AddRange(compileProblems);
        return problems.Count == 0 && rules is not null
            ? rules
            : throw new ArgumentException($"AdvisorSettings.AdditionalRules cannot run with the protocol: {string.Join("; ", problems)}.", "settings");
    }

    /// <summary>A decide rule other than the protocol's red-flag rules may not rank with or above them.</summary>
    private static string? OutranksRedFlags(NRules.RuleModel.IRuleDefinition rule) =>
        rule.TryGetStage(out var stage) && stage == RuleStage.Decide && rule.Priority >= RedFlagUrgentRule.Rank
        && rule.Name is not (RuleNames.RedFlagEmergency or RuleNames.RedFlagUrgent)
            ? $"the decide rule '{rule.Name}' has priority {rule.Priority}; give it a priority below {RedFlagUrgentRule.Rank}, so that the protocol's red-flag rules always decide first"
            : null;
}
