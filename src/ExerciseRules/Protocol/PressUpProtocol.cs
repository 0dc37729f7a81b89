using System.Collections.Concurrent;
using System.Collections.Frozen;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol.Rules;
using ExerciseRules.Validation;
using NRules.Extensibility;
using FluentRule = NRules.Fluent.Dsl.Rule;

namespace ExerciseRules.Protocol;

/// <summary>
/// The press-up protocol as NRules rules: every derived fact, decision and message of PROTOCOL.md, each a rule class
/// in <c>Protocol/Rules/{Derive,Decide,Compose}</c> that cites its source sentence. The rules are built with the
/// options' numbers, so compile one rule set per set of options (an <see cref="Advisor"/> does this once).
/// </summary>
public static class PressUpProtocol
{
    /// <summary>
    /// The protocol's fact types, of which a session holds one each (a second insert fails): the input facts, the
    /// derived facts and their <see cref="Unknown{T}"/>, and the decision.
    /// </summary>
    internal static readonly FrozenSet<Type> SingleFactTypes = new[]
    {
        typeof(Episode), typeof(ReportedRedFlags), typeof(FinishedSets), typeof(LatestSession),
        typeof(OpenSet), typeof(LastRep), typeof(Centralisation), typeof(Improvement), typeof(Regularity), typeof(NextExercise),
        typeof(Decision), typeof(Unknown<LastRep>), typeof(Unknown<Centralisation>), typeof(Unknown<Improvement>),
    }.ToFrozenSet();

    /// <summary>Creates the protocol's rules, derive stage first, each stage highest priority first.</summary>
    /// <param name="options">The protocol options; <see langword="null"/> for <see cref="ProtocolOptions.Default"/>.</param>
    /// <returns>The rule instances, registered explicitly (no assembly scan).</returns>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    public static IReadOnlyList<FluentRule> CreateRules(ProtocolOptions? options = null)
    {
        var o = options ?? ProtocolOptions.Default;
        OptionsCheck.ThrowIfInvalid(o);
        return
        [
            // Derive: the facts every decision needs.
            new OpenSetRule(o), new LastRepRule(), new CentralisationRule(), new ImprovementRule(o), new RegularityRule(o), new ProgressionRule(o),

            // Decide: rows 1–14 of the table, in order.
            new RedFlagEmergencyRule(), new RedFlagUrgentRule(), new PainPersistsRule(o), new NoImprovementOnReviewRule(o), new KeepsWorseningRule(o),
            new SetDoneMaxRepsRule(o), new SetDoneRule(o), new SymptomsIntensifyRule(o), new SymptomsUnknownRule(o), new SeverePainRule(o),
            new ProgressRule(o), new FullRangeRule(o), new StartSetRule(o), new BetweenSessionsRule(o),

            // Compose: the step's message first, notMedicalAdvice last.
            new StepMessageRule(), new SeverePainMessageRule(o), new CentralisingMessageRule(), new PeripheralisingMessageRule(), new MoveSlowlyMessageRule(o),
            new ExerciseRegularlyMessageRule(o), new RiseSafelyMessageRule(), new KeepRelaxedMessageRule(), new ReportRepSymptomsMessageRule(),
            new ReportBaselineMessageRule(), new NotMedicalAdviceMessageRule(),
        ];
    }

    /// <summary>Gets the names of rules (their NRules <c>[Name]</c>), from their definitions (nothing is compiled).</summary>
    internal static IEnumerable<string> RuleNamesOf(IEnumerable<FluentRule> rules) =>
        new NRules.Fluent.RuleDefinitionFactory().Create(rules).Select(d => d.Name);

    /// <summary>The most compiled rule sets kept for reuse (a host uses a few sets of options; a test suite many).</summary>
    private const int CacheSize = 64;

    private static readonly ConcurrentDictionary<(ProtocolOptions, RuleSetOptions), Lazy<RuleSet>> s_compiled = new();

    /// <summary>
    /// Creates and compiles the protocol's rules. Compiling costs tens of milliseconds, so the compiled rule set is
    /// kept and shared for the same options (equal values; up to 64 sets of options): it is immutable and thread-safe.
    /// </summary>
    /// <param name="options">The protocol options; <see langword="null"/> for <see cref="ProtocolOptions.Default"/>.</param>
    /// <param name="ruleSetOptions">Engine settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="InvalidProtocolOptionsException">The options are not valid; the message lists every problem.</exception>
    public static RuleSet Compile(ProtocolOptions? options = null, RuleSetOptions? ruleSetOptions = null)
    {
        var key = (options ?? ProtocolOptions.Default, ruleSetOptions ?? RuleSetOptions.Default);
        OptionsCheck.ThrowIfInvalid(key.Item1);
        if (s_compiled.Count >= CacheSize)
        {
            s_compiled.Clear();
        }

        return s_compiled.GetOrAdd(key, k => new Lazy<RuleSet>(() => CompileNew(k.Item1, k.Item2))).Value;
    }

    /// <summary>
    /// Gets what the compose rules' NRules dependency resolves to: the collector their message codes go into. Pass it
    /// to <see cref="RuleSet.Evaluate"/> when evaluating the protocol's rules yourself.
    /// </summary>
    /// <param name="messages">The collector.</param>
    /// <returns>The dependency resolver (it resolves <see cref="ComposedMessages"/> and nothing else).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public static IDependencyResolver Dependencies(ComposedMessages messages) => new MessagesResolver(Preconditions.CheckNotNull(messages));

    /// <summary>Evaluates the protocol's rules (and any others compiled with them) on input facts, composing into <paramref name="messages"/>.</summary>
    internal static RuleSetEvaluation Evaluate(RuleSet rules, EpisodeMeasurement measurement, ComposedMessages messages, bool explain) =>
        rules.Evaluate(measurement.ToFacts(), explain, new MessagesResolver(messages));

    private static RuleSet CompileNew(ProtocolOptions options, RuleSetOptions ruleSetOptions)
    {
        var (rules, problems) = RuleSet.TryCompile(CreateRules(options), ruleSetOptions, SingleFactTypes);
        return rules ?? throw new InvalidOperationException($"The protocol's rules do not compile ({string.Join("; ", problems)}); this is a bug in ExerciseRules: please report it.");
    }
}
