using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RuleSet = ExerciseRules.Engine.RuleSet;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// Prototypes of what might make the NRules-backed advisor cheaper, built here (not in the library) so that each can
/// be measured side by side with what the library does today (docs/benchmarks.md, "Round three"): where the time
/// goes, reused sessions, one coarse fact instead of nine, the options as a fact, interpreted and tiered expression
/// compilation. <c>--experiments</c> runs them all (agreement first), <c>--loop</c> and <c>--coldstart-child</c> take
/// their names, and <see cref="ExperimentBenchmarks"/> puts the decide variants under BenchmarkDotNet.
/// </summary>
internal static class Experiments
{
    /// <summary>The cold-start children of the prototypes.</summary>
    public static readonly string[] ColdStartNames = ["proto-compiled", "proto-interpreted", "proto-tiered", "proto-lazy", "proto-parallel-define"];

    /// <summary>The <c>--loop</c> workloads of the prototypes.</summary>
    public static readonly string[] LoopNames = ["decide-raw", "decide-reused", "decide-coarse", "decide-coarse-reused", "decide-interpreted", "decide-tiered", "whole-open", "whole-open-reused", "whole-open-interpreted", "whole-open-tiered"];

    /// <summary>
    /// The protocol's rule definitions of one stage (or all, when <paramref name="stage"/> is null), as the library
    /// builds them: the rule classes' definitions, highest priority first.
    /// </summary>
    public static IReadOnlyList<IRuleDefinition> Definitions(ProtocolOptions options, RuleStage? stage)
    {
        var definitions = new RuleDefinitionFactory().Create(PressUpProtocol.CreateRules(options));
        return [.. definitions.Where(d => stage is null || (d.TryGetStage(out var s) && s == stage)).OrderByDescending(d => d.Priority)];
    }

    /// <summary>Compiles definitions into an NRules session factory, with NRules's expression compiler or another.</summary>
    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> definitions, IExpressionCompiler? compiler = null, IEqualityComparer<object>? identity = null)
    {
        var ruleCompiler = new RuleCompiler();
        if (identity is not null)
        {
            ruleCompiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = identity;
        }

        if (compiler is not null)
        {
            ruleCompiler.ExpressionCompiler = compiler;
        }

        return ruleCompiler.Compile(definitions);
    }

    public static int Run()
    {
        var report = new List<string>();
        void Row(string text)
        {
            report.Add(text);
            Console.WriteLine(text);
        }

        Row($"experiments, load average {Quick.LoadAverage()}");
        var cases = DecideCase.All().ToArray();
        var nrules = new NRulesDecider();
        var rulesEngine = new RulesEngineDecider();
        var variants = DecideVariants.Create(cases);
        Agreement.Check(cases, nrules, rulesEngine, [.. variants.Deciders()]);
        foreach (var group in cases.GroupBy(c => c.Options))
        {
            var whole = new WholeVariants(group.Key);
            foreach (var c in group)
            {
                whole.Check(c);
            }
        }

        Row($"agreement: every variant below decides all {cases.Length} inputs as NRules does (and whole-protocol variants give the same message codes)");

        // Decide: per input, on the same prepared facts.
        var sets = cases.Select(c => nrules.RuleSetFor(c.Options)).ToArray();
        var parameters = cases.Select(RulesEngineDecider.ParametersOf).ToArray();
        Action AllInputs(Func<DecideCase, int, object> decide) => () =>
        {
            for (var i = 0; i < cases.Length; i++)
            {
                decide(cases[i], i);
            }
        };

        var timed = variants.Timed().ToArray();
        Action[] actions =
        [
            AllInputs((c, _) => PlainDecider.Decide(c)), AllInputs((c, i) => rulesEngine.Decide(c, parameters[i])), AllInputs((c, i) => NRulesDecider.Decide(c, sets[i])),
            .. timed.Select(v => AllInputs(v.Decide)),
        ];
        var decide = Quick.Interleaved(actions).Select(t => t / cases.Length).ToArray();
        var allocated = actions.Select(a => Quick.AllocatedPerOp(a) / cases.Length).ToArray();
        var (limit, theirs, evaluate) = (decide[0], decide[1], decide[2]);
        Row($"decide per input: limit {Quick.Us(limit)} ({Quick.Kb(allocated[0])}), RulesEngine {Quick.Us(theirs)} ({Quick.Kb(allocated[1])}), NRules RuleSet.Evaluate {Quick.Us(evaluate)} ({Quick.Kb(allocated[2])}; 1.00; {evaluate / theirs:0.00}x RulesEngine)");
        for (var v = 0; v < timed.Length; v++)
        {
            var t = decide[3 + v];
            Row($"  {timed[v].Name}: {Quick.Us(t)} ({Quick.Kb(allocated[3 + v])}) = {t / evaluate:0.00} of RuleSet.Evaluate, {t / theirs:0.00}x RulesEngine");
        }

        // The whole protocol (derive, decide, compose) on an open set's and on 30 days' measured facts, and the advisor.
        var advisor = new Advisor();
        foreach (var sessions in new[] { 1, 360 })
        {
            var (history, now) = Histories.Build(sessions);
            var c = cases.Single(x => x.Name == (sessions == 1 ? "open set" : "30 days"));
            var whole = new WholeVariants(c.Options).Timed(c).ToArray();
            Action[] runs =
            [
                () => advisor.Advise(history, now), () => advisor.Explain(history, now), () => EpisodeMeasurement.Of(history, now, c.Options), () => WholeNRules.Evaluate(c),
                .. whole.Select(w => w.Run),
            ];
            var t = Quick.Interleaved(runs);
            var bytes = runs.Select(Quick.AllocatedPerOp).ToArray();
            var (advise, explain, measure, evaluateWhole) = (t[0], t[1], t[2], t[3]);
            Row($"{c.Name}: Advisor.Advise {Quick.Us(advise)} ({Quick.Kb(bytes[0])}); Explain {Quick.Us(explain)} ({Quick.Kb(bytes[1])}); EpisodeMeasurement.Of alone {Quick.Us(measure)} ({Quick.Kb(bytes[2])}); the rules (RuleSet.Evaluate, every stage) {Quick.Us(evaluateWhole)} ({Quick.Kb(bytes[3])}); the rest (validation, advice, texts, telemetry) {Quick.Us(advise - measure - evaluateWhole)}");
            for (var w = 0; w < whole.Length; w++)
            {
                Row($"  rules, {whole[w].Name}: {Quick.Us(t[4 + w])} ({Quick.Kb(bytes[4 + w])}) = {t[4 + w] / evaluateWhole:0.00} of RuleSet.Evaluate");
            }
        }

        // Compile, warm (in this process, after the first): what building an advisor for new options costs.
        var rules = PressUpProtocol.CreateRules();
        var definitions = new RuleDefinitionFactory().Create(rules);
        Row($"compile (warm, whole protocol): rules {Quick.Us(Quick.PerOp(() => PressUpProtocol.CreateRules()))}, definitions {Quick.Us(Quick.PerOp(() => new RuleDefinitionFactory().Create(rules)))}, "
            + $"RuleCompiler.Compile {Quick.Us(Quick.PerOp(() => Compile(definitions)))}, interpreted {Quick.Us(Quick.PerOp(() => Compile(definitions, new InterpretingExpressionCompiler())))}, "
            + $"RuleSet.Compile {Quick.Us(Quick.PerOp(() => RuleSet.Compile(rules)))}");
        var coarseOptionsFact = Quick.PerOp(() => Compile(CoarseRules.Definitions(null)));
        var coarseCompiled = Quick.PerOp(() => Compile(CoarseRules.Definitions(ProtocolOptions.Default)));
        Row($"compile (warm, coarse decide rules): options compiled in {Quick.Us(coarseCompiled)} per options value; options as a fact {Quick.Us(coarseOptionsFact)} once for every options value");

        // Cold start: fresh processes, round-robin.
        string[] starts =
        [
            "advisor", "proto-compiled", "proto-interpreted", "proto-tiered", "proto-lazy", "proto-parallel-define", "none",
            "advisor+DOTNET_TieredPGO=0", "advisor+DOTNET_ReadyToRun=0", "advisor+DOTNET_TC_QuickJitForLoops=0",
        ];
        foreach (var line in ColdStart.RoundRobin(5, starts))
        {
            Row("cold start " + line);
        }

        Row($"load average at the end {Quick.LoadAverage()}");
        return 0;
    }

    /// <summary>The cold-start children of the prototypes: the whole protocol compiled with an expression compiler, then its first evaluation of an open set.</summary>
    public static double? ColdStartChild(string which, History history, DateTimeOffset now)
    {
        IExpressionCompiler? compiler;
        switch (which)
        {
            case "proto-compiled":
                compiler = null;
                break;
            case "proto-interpreted":
                compiler = new InterpretingExpressionCompiler();
                break;
            case "proto-tiered":
                compiler = new TieredExpressionCompiler(TieredExpressionCompiler.DefaultThreshold);
                break;
            case "proto-lazy":
                compiler = TieredExpressionCompiler.Lazy;
                break;
            case "proto-parallel-define":
                compiler = new InterpretingExpressionCompiler();
                break;
            default:
                return null;
        }

        var watch = Stopwatch.StartNew();
        var rules = PressUpProtocol.CreateRules();
        IReadOnlyCollection<IRuleDefinition> definitions;
        if (which == "proto-parallel-define")
        {
            // Each rule's Define on the thread pool (the second core), in the protocol's order.
            var factory1 = new RuleDefinitionFactory();
            var defined = new IRuleDefinition[rules.Count];
            Parallel.For(0, rules.Count, i => defined[i] = factory1.Create(rules[i]));
            definitions = defined;
        }
        else
        {
            definitions = new RuleDefinitionFactory().Create(rules);
        }

        var factory = Compile(definitions, compiler);
        var result = WholeVariants.Raw(factory, EpisodeMeasurement.Of(history, now, ProtocolOptions.Default).ToFacts());
        var ms = watch.Elapsed.TotalMilliseconds;
        GC.KeepAlive(result);
        return ms;
    }

    public static Action? LoopWorkload(string name)
    {
        if (!LoopNames.Contains(name))
        {
            return null;
        }

        var cases = DecideCase.All().ToArray();
        if (name.StartsWith("whole-", StringComparison.Ordinal))
        {
            var c = cases.Single(x => x.Name == "open set");
            var whole = new WholeVariants(c.Options);
            var run = whole.Timed(c).Single(v => v.Name.StartsWith(name switch
            {
                "whole-open" => "raw session (",
                "whole-open-reused" => "reused session",
                "whole-open-interpreted" => "interpreted",
                _ => "tiered",
            }, StringComparison.Ordinal)).Run;
            return run;
        }

        var variants = DecideVariants.Create(cases);
        var decide = variants.Timed().Single(v => v.Name.StartsWith(name switch
        {
            "decide-raw" => "raw session (",
            "decide-reused" => "reused session",
            "decide-coarse" => "coarse, options compiled in",
            "decide-coarse-reused" => "coarse, options compiled in, reused",
            "decide-tiered" => "tiered",
            _ => "interpreted",
        }, StringComparison.Ordinal)).Decide;
        return () =>
        {
            for (var i = 0; i < cases.Length; i++)
            {
                decide(cases[i], i);
            }
        };
    }
}

/// <summary>
/// The decide variants, each a way of deciding the prepared facts with NRules, checked against the library's way
/// (<see cref="NRulesDecider"/>) before anything is timed.
/// </summary>
internal sealed class DecideVariants
{
    private readonly DecideCase[] _cases;
    private readonly ISessionFactory[] _raw;
    private readonly ReusedSession[] _reused;
    private readonly ISessionFactory[] _interpreted;
    private readonly ISessionFactory[] _tiered;
    private readonly ISessionFactory[] _coarse;
    private readonly ReusedSession[] _coarseReused;
    private readonly ISessionFactory _coarseOptionsFact;
    private readonly ISessionFactory[] _oneFactPerType;

    private DecideVariants(DecideCase[] cases)
    {
        _cases = cases;
        var byOptions = new Dictionary<ProtocolOptions, (ISessionFactory Raw, ReusedSession Reused, ISessionFactory Interpreted, ISessionFactory Tiered, ISessionFactory Coarse, ReusedSession CoarseReused)>();
        foreach (var options in cases.Select(c => c.Options).Distinct())
        {
            var decide = Experiments.Definitions(options, RuleStage.Decide);
            var coarse = Experiments.Compile(CoarseRules.Definitions(options));
            byOptions[options] = (
                Experiments.Compile(decide),
                new ReusedSession(Experiments.Compile(decide)),
                Experiments.Compile(decide, new InterpretingExpressionCompiler()),
                Experiments.Compile(decide, new TieredExpressionCompiler(TieredExpressionCompiler.DefaultThreshold)),
                coarse,
                new ReusedSession(coarse));
        }

        _raw = [.. cases.Select(c => byOptions[c.Options].Raw)];
        _reused = [.. cases.Select(c => byOptions[c.Options].Reused)];
        _interpreted = [.. cases.Select(c => byOptions[c.Options].Interpreted)];
        _tiered = [.. cases.Select(c => byOptions[c.Options].Tiered)];
        _coarse = [.. cases.Select(c => byOptions[c.Options].Coarse)];
        _coarseReused = [.. cases.Select(c => byOptions[c.Options].CoarseReused)];
        _coarseOptionsFact = Experiments.Compile(CoarseRules.Definitions(null));
        var byType = cases.Select(c => c.Options).Distinct().ToDictionary(o => o, o => Experiments.Compile(Experiments.Definitions(o, RuleStage.Decide), identity: new TypeIdentity()));
        _oneFactPerType = [.. cases.Select(c => byType[c.Options])];
    }

    public static DecideVariants Create(DecideCase[] cases) => new(cases);

    /// <summary>The variants that decide, for the agreement check.</summary>
    public IEnumerable<Decider> Deciders() => Timed()
        .Where(v => !v.Name.StartsWith("part:", StringComparison.Ordinal))
        .Select(v => new Decider(v.Name, c => (Decision)v.Decide(c, Array.IndexOf(_cases, c))));

    /// <summary>Every variant, by name: a decision per call, or (names starting "part:") a part of one.</summary>
    public IEnumerable<(string Name, Func<DecideCase, int, object> Decide)> Timed()
    {
        yield return ("part: session created (raw factory of the decide rules)", (_, i) => _raw[i].CreateSession());
        yield return ("part: session created + facts inserted", (c, i) =>
        {
            var s = _raw[i].CreateSession();
            s.InsertAll(c.DecideFacts);
            return s;
        });
        yield return ("part: session created + facts inserted + Fire", (c, i) =>
        {
            var s = _raw[i].CreateSession();
            s.InsertAll(c.DecideFacts);
            s.Fire();
            return s;
        });
        yield return ("raw session (create, insert, Fire, read the Decision; no RuleSet)", (c, i) => Raw(_raw[i], c.DecideFacts));
        yield return ("raw session, one-fact-per-type identity (as the library's protocol rule set has)", (c, i) => Raw(_oneFactPerType[i], c.DecideFacts));
        yield return ("reused session (insert, Fire, read, retract every fact)", (c, i) => _reused[i].Decide(c.DecideFacts));
        yield return ("interpreted expressions (raw session; Compile(preferInterpretation: true))", (c, i) => Raw(_interpreted[i], c.DecideFacts));
        yield return ("tiered expressions (raw session; interpreted, compiled after 64 calls)", (c, i) => Raw(_tiered[i], c.DecideFacts));
        yield return ("coarse, options compiled in (one fact, the case; raw session)", (c, i) => Raw(_coarse[i], [c]));
        yield return ("coarse, options compiled in, reused session", (c, i) => _coarseReused[i].Decide([c]));
        yield return ("coarse, options as a fact (two facts; one factory for every options value)", (c, _) => Raw(_coarseOptionsFact, [c, c.Options]));
    }

    private static Decision Raw(ISessionFactory factory, object[] facts)
    {
        var session = factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return ReusedSession.DecisionOf(session);
    }
}

/// <summary>One fact per type: two facts are the same fact when they are of the same type (what the library registers for the protocol's fact types).</summary>
internal sealed class TypeIdentity : IEqualityComparer<object>
{
    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.GetType() == y.GetType());

    public int GetHashCode(object obj) => obj.GetType().GetHashCode();
}

/// <summary>
/// A session kept and reused instead of a new one per evaluation: insert, fire, read, then retract every fact the
/// working memory holds (given and derived), so the next evaluation starts from an empty session. Not thread-safe
/// (a host would keep one per thread, or a pool).
/// </summary>
internal sealed class ReusedSession
{
    private readonly ISession _session;
    private readonly SwitchingResolver _resolver = new();
    private readonly List<object> _facts = [];

    public ReusedSession(ISessionFactory factory)
    {
        _session = factory.CreateSession();
        _session.DependencyResolver = _resolver;
    }

    public Decision Decide(object[] facts)
    {
        _session.InsertAll(facts);
        _session.Fire();
        var decision = DecisionOf(_session);
        Clear();
        return decision;
    }

    /// <summary>The whole protocol: the decision and the message codes.</summary>
    public (Decision Decision, IReadOnlyList<string> Codes) Evaluate(IReadOnlyList<object> facts)
    {
        var messages = new ComposedMessages();
        _resolver.Messages = messages;
        _session.InsertAll(facts);
        _session.Fire();
        var decision = DecisionOf(_session);
        Clear();
        return (decision, messages.Codes);
    }

    private void Clear()
    {
        _facts.Clear();
        foreach (var fact in _session.Query<object>())
        {
            _facts.Add(fact);
        }

        _session.RetractAll(_facts);
    }

    public static Decision DecisionOf(ISession session)
    {
        foreach (var fact in session.Query<object>())
        {
            if (fact is Decision decision)
            {
                return decision;
            }
        }

        throw new InvalidOperationException("no decide rule fired");
    }

    private sealed class SwitchingResolver : IDependencyResolver
    {
        public ComposedMessages Messages { get; set; } = new();

        public object Resolve(IResolutionContext context, Type serviceType) =>
            serviceType == typeof(ComposedMessages) ? Messages : throw new InvalidOperationException($"no {serviceType.Name} here");
    }
}

/// <summary>The whole protocol's variants on measured facts (raw session, reused session, interpreted), beside <see cref="RuleSet.Evaluate"/>.</summary>
internal sealed class WholeVariants
{
    private readonly ISessionFactory _raw;
    private readonly ReusedSession _reused;
    private readonly ISessionFactory _interpreted;
    private readonly ISessionFactory _tiered;

    public WholeVariants(ProtocolOptions options)
    {
        var definitions = Experiments.Definitions(options, null);
        _raw = Experiments.Compile(definitions);
        _reused = new ReusedSession(Experiments.Compile(definitions));
        _interpreted = Experiments.Compile(definitions, new InterpretingExpressionCompiler());
        _tiered = Experiments.Compile(definitions, new TieredExpressionCompiler(TieredExpressionCompiler.DefaultThreshold));
    }

    public static (Decision Decision, IReadOnlyList<string> Codes) Raw(ISessionFactory factory, IReadOnlyList<object> facts)
    {
        var messages = new ComposedMessages();
        var session = factory.CreateSession();
        session.DependencyResolver = PressUpProtocol.Dependencies(messages);
        session.InsertAll(facts);
        session.Fire();
        return (ReusedSession.DecisionOf(session), messages.Codes);
    }

    public IEnumerable<(string Name, Action Run)> Timed(DecideCase c)
    {
        var facts = c.Measurement.ToFacts();
        yield return ("raw session (no RuleSet)", () => Raw(_raw, facts));
        yield return ("reused session (retract every fact)", () => _reused.Evaluate(facts));
        yield return ("interpreted expressions (raw session)", () => Raw(_interpreted, facts));
        yield return ("tiered expressions (raw session)", () => Raw(_tiered, facts));
    }

    /// <summary>Checks that each variant gives the decision and message codes RuleSet.Evaluate gives.</summary>
    public void Check(DecideCase c)
    {
        var (decision, codes) = WholeNRules.Evaluate(c);
        var facts = c.Measurement.ToFacts();
        foreach (var (name, result) in new[] { ("raw", Raw(_raw, facts)), ("reused", _reused.Evaluate(facts)), ("interpreted", Raw(_interpreted, facts)), ("tiered", Raw(_tiered, facts)) })
        {
            if (!result.Decision.Equals(decision) || !result.Codes.SequenceEqual(codes))
            {
                throw new InvalidOperationException($"{c.Name}: the whole protocol, {name}: {result.Decision} [{string.Join(", ", result.Codes)}]; RuleSet.Evaluate: {decision} [{string.Join(", ", codes)}]");
            }
        }
    }
}

/// <summary>
/// The decision table as 14 coarse NRules rules over ONE fact, the prepared <see cref="DecideCase"/> (which carries
/// every input and derived fact), with the protocol's priorities and <c>Not&lt;Decision&gt;</c>: what "fewer and
/// coarser facts" would give. With options, each condition has the options' values compiled in as constants; without,
/// the options are a second fact every rule joins (one factory for every options value).
/// </summary>
internal static class CoarseRules
{
    private static readonly (string Name, int Priority, Row Row, Expression<Func<DecideCase, ProtocolOptions, bool>> Condition)[] Table =
    [
        ("coarse-redFlagEmergency", 130, Row.RedFlagEmergency, (c, o) => c.RedFlags.AnyEmergency),
        ("coarse-redFlagUrgent", 120, Row.RedFlagUrgent, (c, o) => c.RedFlags.AnyUrgent),
        ("coarse-painPersists", 110, Row.PainPersists, (c, o) => c.Episode.SinceFirstSession >= TimeSpan.FromDays(o.PersistDays) && c.Regularity.IsRegular && c.Improvement != null && !c.Improvement.IsImproved),
        ("coarse-noImprovementOnReview", 100, Row.NoImprovementOnReview, (c, o) => c.Episode.SinceFirstSession >= TimeSpan.FromDays(o.ReviewDays) && c.Improvement != null && !c.Improvement.IsImproved),
        ("coarse-keepsWorsening", 90, Row.KeepsWorsening, (c, o) => c.OpenSet != null && c.OpenSet.Measures.KeepsWorsening(o)),
        ("coarse-setDoneMaxReps", 85, Row.SetDone, (c, o) => c.OpenSet != null && c.OpenSet.RepsDone >= o.MaxReps),
        ("coarse-setDone", 80, Row.SetDone, (c, o) => c.OpenSet != null && c.OpenSet.RepsDone >= o.MinReps && c.LastRep != null && c.LastRep.Response != SymptomChange.Better),
        ("coarse-symptomsIntensify", 70, Row.SymptomsIntensify, (c, o) => c.OpenSet != null && c.LastRep != null && c.LastRep.Response == SymptomChange.Worse),
        ("coarse-symptomsUnknown", 60, Row.SymptomsUnknown, (c, o) => c.OpenSet != null && c.OpenSet.RepsDone > 0 && c.LastRepUnknownReason != null),
        ("coarse-severePain", 50, Row.SeverePain, (c, o) => c.OpenSet != null && c.LastRep != null && c.LastRep.Response != SymptomChange.Worse && c.LastRep.Pain >= o.SeverePain),
        ("coarse-progress", 40, Row.Progress, (c, o) => c.OpenSet != null && c.LastRep != null && c.LastRep.Response != SymptomChange.Worse && !(c.LastRep.Range >= 1.0)),
        ("coarse-fullRange", 30, Row.FullRange, (c, o) => c.OpenSet != null && c.LastRep != null && c.LastRep.Response != SymptomChange.Worse && c.LastRep.Range >= 1.0),
        ("coarse-startSet", 20, Row.StartSet, (c, o) => c.OpenSet != null && c.OpenSet.RepsDone == 0),
        ("coarse-betweenSessions", 10, Row.BetweenSessions, (c, o) => c.OpenSet == null),
    ];

    /// <summary>The rule definitions, options compiled in (<paramref name="options"/> given) or read from an options fact (null).</summary>
    public static IReadOnlyList<IRuleDefinition> Definitions(ProtocolOptions? options)
    {
        var definitions = new List<IRuleDefinition>(Table.Length);
        foreach (var (name, priority, row, condition) in Table)
        {
            var builder = new RuleBuilder();
            builder.Name(name);
            builder.Priority(priority);
            var lhs = builder.LeftHandSide();
            var c = condition.Parameters[0];
            if (options is null)
            {
                lhs.Pattern(typeof(ProtocolOptions), "o");
                var pattern = lhs.Pattern(typeof(DecideCase), "c");
                pattern.Condition(condition);
            }
            else
            {
                var body = new Replace(condition.Parameters[1], Expression.Constant(options)).Visit(condition.Body);
                lhs.Pattern(typeof(DecideCase), "c").Condition(Expression.Lambda<Func<DecideCase, bool>>(body, c));
            }

            lhs.Not().Pattern(typeof(Decision));
            var r = row;
            Expression<Action<IContext, DecideCase>> action = (ctx, c) => ctx.Insert(PlainDecider.Build(r, c));
            builder.RightHandSide().Action(action);
            definitions.Add(builder.Build());
        }

        return definitions;
    }

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : base.VisitParameter(node);
    }
}

/// <summary>Every expression interpreted (<c>LambdaExpression.Compile(preferInterpretation: true)</c>): no code generated, no JIT of it.</summary>
internal sealed class InterpretingExpressionCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.Compile(preferInterpretation: true);
}

/// <summary>
/// Tiered: every expression interpreted at first and compiled once it has run <see cref="DefaultThreshold"/> times
/// (on a thread-pool thread; until then it stays interpreted): a first advice pays no code generation, a busy
/// advisor runs compiled code. <see cref="Lazy"/>: compiled when first run, not before. The delegate NRules gets
/// calls through a small holder (one indirect call more).
/// </summary>
internal sealed class TieredExpressionCompiler(int threshold) : IExpressionCompiler
{
    public const int DefaultThreshold = 64;

    /// <summary>No interpretation: each expression compiled when it first runs (never, if it never runs).</summary>
    public static readonly TieredExpressionCompiler Lazy = new(0) { _lazy = true };

    private bool _lazy;

    private static readonly ConcurrentDictionary<Type, Func<LambdaExpression, Delegate?, int, Delegate>> Entries = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        var first = _lazy ? null : expression.Compile(preferInterpretation: true);
        var make = Entries.GetOrAdd(typeof(TDelegate), MakeEntry);
        return (TDelegate)make(expression, first!, threshold);
    }

    /// <summary>Finds the holder for a delegate type: NRules compiles Func and Action delegates of one to four parameters.</summary>
    private static Func<LambdaExpression, Delegate?, int, Delegate> MakeEntry(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => p.ParameterType).ToList();
        var returns = invoke.ReturnType != typeof(void);
        var definition = (returns, parameters.Count) switch
        {
            (true, 1) => typeof(FuncHolder<,>),
            (true, 2) => typeof(FuncHolder<,,>),
            (false, 2) => typeof(ActionHolder<,>),
            (false, 4) => typeof(ActionHolder<,,,>),
            _ => throw new NotSupportedException($"no tiered holder for {delegateType}"),
        };
        if (returns)
        {
            parameters.Add(invoke.ReturnType);
        }

        var holder = definition.MakeGenericType([.. parameters]);
        return (expression, interpreted, threshold) =>
        {
            var instance = (IHolder)Activator.CreateInstance(holder, expression, interpreted, threshold)!;
            return Delegate.CreateDelegate(delegateType, instance, "Invoke");
        };
    }

    private interface IHolder;

    private abstract class Holder<TDelegate>(LambdaExpression expression, TDelegate? interpreted, int threshold) : IHolder
        where TDelegate : Delegate
    {
        private int _calls;

        private TDelegate? _current = interpreted;

        /// <summary>The delegate to call: compiled now if there is none yet (lazy), else the interpreted one until the compiled one is ready (tiered).</summary>
        protected TDelegate Current
        {
            get
            {
                if (_current is not { } current)
                {
                    return _current = (TDelegate)expression.Compile();
                }

                if (_calls < threshold && Interlocked.Increment(ref _calls) == threshold)
                {
                    ThreadPool.UnsafeQueueUserWorkItem(h => h._current = (TDelegate)expression.Compile(), this, preferLocal: false);
                }

                return current;
            }
        }
    }

    private sealed class FuncHolder<T1, TResult>(LambdaExpression e, Delegate? d, int n) : Holder<Func<T1, TResult>>(e, (Func<T1, TResult>?)d, n)
    {
        public TResult Invoke(T1 a)
        {
            return Current(a);
        }
    }

    private sealed class FuncHolder<T1, T2, TResult>(LambdaExpression e, Delegate? d, int n) : Holder<Func<T1, T2, TResult>>(e, (Func<T1, T2, TResult>?)d, n)
    {
        public TResult Invoke(T1 a, T2 b)
        {
            return Current(a, b);
        }
    }

    private sealed class ActionHolder<T1, T2>(LambdaExpression e, Delegate? d, int n) : Holder<Action<T1, T2>>(e, (Action<T1, T2>?)d, n)
    {
        public void Invoke(T1 a, T2 b)
        {
            Current(a, b);
        }
    }

    private sealed class ActionHolder<T1, T2, T3, T4>(LambdaExpression e, Delegate? d, int n) : Holder<Action<T1, T2, T3, T4>>(e, (Action<T1, T2, T3, T4>?)d, n)
    {
        public void Invoke(T1 a, T2 b, T3 c, T4 d)
        {
            Current(a, b, c, d);
        }
    }
}

/// <summary>
/// The prototypes of Experiments.cs under BenchmarkDotNet: one operation = every decide input once, the library's
/// way (<see cref="RuleSet.Evaluate"/> of the decide rules) the baseline; then the whole protocol on an open set's
/// measured facts. Checked to agree before anything is timed.
/// </summary>
[BenchmarkDotNet.Attributes.MemoryDiagnoser]
[BenchmarkDotNet.Attributes.SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ExperimentBenchmarks
{
    private DecideCase[] _cases = [];
    private RuleSet[] _sets = [];
    private (string Name, Func<DecideCase, int, object> Decide)[] _variants = [];
    private DecideCase _open = null!;
    private (string Name, Action Run)[] _whole = [];

    [BenchmarkDotNet.Attributes.GlobalSetup]
    public void Setup()
    {
        _cases = [.. DecideCase.All()];
        var nrules = new NRulesDecider();
        var variants = DecideVariants.Create(_cases);
        Agreement.Check(_cases, nrules, new RulesEngineDecider(), variants.Deciders());
        _sets = [.. _cases.Select(c => nrules.RuleSetFor(c.Options))];
        _variants = [.. variants.Timed()];
        _open = _cases.Single(c => c.Name == "open set");
        var whole = new WholeVariants(_open.Options);
        whole.Check(_open);
        _whole = [.. whole.Timed(_open)];
    }

    /// <summary>Every input decided by the variant of that name (or the only one whose name starts so).</summary>
    private int All(string variant) =>
        All((_variants.Where(v => v.Name == variant).ToArray() is [var exact] ? exact : _variants.Single(v => v.Name.StartsWith(variant, StringComparison.Ordinal))).Decide);

    private int All(Func<DecideCase, int, object> decide)
    {
        var n = 0;
        for (var i = 0; i < _cases.Length; i++)
        {
            n += decide(_cases[i], i) is null ? 0 : 1;
        }

        return n;
    }

    [BenchmarkDotNet.Attributes.Benchmark(Baseline = true, Description = "decide: RuleSet.Evaluate (the library)")]
    public int Evaluate() => All((c, i) => NRulesDecider.Decide(c, _sets[i]));

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: session created only")]
    public int SessionOnly() => All("part: session created (");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: session + facts inserted")]
    public int SessionInserts() => All("part: session created + facts inserted");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: raw session (no RuleSet)")]
    public int Raw() => All("raw session (");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: reused session")]
    public int Reused() => All("reused session");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: interpreted expressions")]
    public int Interpreted() => All("interpreted");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: tiered expressions")]
    public int Tiered() => All("tiered");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: coarse fact, options compiled in")]
    public int Coarse() => All("coarse, options compiled in (");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: coarse fact, reused session")]
    public int CoarseReused() => All("coarse, options compiled in, reused");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "decide: coarse fact + options fact")]
    public int CoarseOptionsFact() => All("coarse, options as a fact");

    [BenchmarkDotNet.Attributes.Benchmark(Description = "open set, every stage: RuleSet.Evaluate")]
    public object WholeEvaluate() => WholeNRules.Evaluate(_open);

    [BenchmarkDotNet.Attributes.Benchmark(Description = "open set, every stage: reused session")]
    public int WholeReused()
    {
        _whole[1].Run();
        return 1;
    }

    [BenchmarkDotNet.Attributes.Benchmark(Description = "open set, every stage: interpreted")]
    public int WholeInterpreted()
    {
        _whole[2].Run();
        return 1;
    }

    [BenchmarkDotNet.Attributes.Benchmark(Description = "open set, every stage: tiered")]
    public int WholeTiered()
    {
        _whole[3].Run();
        return 1;
    }
}
