using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Validation;
using RulesEngine.Models;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// The decision stage on prepared facts, one operation = every decide input once (the conformance scenarios and
/// the advise histories): the plain C# limit, NRules (the protocol's decide rules, a session per decision, as the
/// library runs them), Microsoft RulesEngine. All three
/// are checked to agree on every input before anything is timed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DecideBenchmarks
{
    private DecideCase[] _cases = [];
    private RuleSet[] _sets = [];
    private RuleParameter[][] _parameters = [];
    private RulesEngineDecider _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cases = [.. DecideCase.All()];
        var nrules = new NRulesDecider();
        _rulesEngine = new RulesEngineDecider();
        Agreement.Check(_cases, nrules, _rulesEngine);
        _sets = [.. _cases.Select(c => nrules.RuleSetFor(c.Options))];
        _parameters = [.. _cases.Select(RulesEngineDecider.ParametersOf)];
        Console.WriteLine($"// decide inputs: {_cases.Length}; the 3 implementations agree on all of them");
    }

    [Benchmark(Baseline = true, Description = "decide: plain C# (limit)")]
    public int Limit()
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            sum += (int)PlainDecider.Decide(c).Step;
        }

        return sum;
    }

    [Benchmark(Description = "decide: NRules (RuleSet.Evaluate)")]
    public int NRules()
    {
        var sum = 0;
        var cases = _cases;
        for (var i = 0; i < cases.Length; i++)
        {
            sum += (int)NRulesDecider.Decide(cases[i], _sets[i]).Step;
        }

        return sum;
    }

    [Benchmark(Description = "decide: Microsoft RulesEngine")]
    public int RulesEngine()
    {
        var sum = 0;
        var cases = _cases;
        for (var i = 0; i < cases.Length; i++)
        {
            sum += (int)_rulesEngine.Decide(cases[i], _parameters[i]).Step;
        }

        return sum;
    }
}

/// <summary>The whole call, Advisor.Advise: validation, measurement, rules, advice; and, for comparison, the FluentValidation validator alone on the same history (what validation cost before the fast path).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class AdviseBenchmarks
{
    private readonly Advisor _advisor = new();
    private History _history = null!;
    private DateTimeOffset _now;

    [Params(1, 12, 48, 360)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_history, _now) = Histories.Build(Sessions);
        var result = _advisor.Advise(_history, _now);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"The benchmark history is not valid: {result}");
        }
    }

    [Benchmark(Baseline = true, Description = "advise")]
    public Advice Advise() => _advisor.Advise(_history, _now).Advice!;

    [Benchmark(Description = "FluentValidation alone")]
    public bool FluentValidation() => HistoryValidator.Instance.Validate(_history, _now).IsValid;
}

/// <summary>
/// The live tracker: the cost of one event (a session start, a rep, a session end, each followed by its advice)
/// with 10 or 10,000 sessions already in the history. One operation = one event; each invocation records a whole
/// session of 12 reps (14 events) after the history.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 10)]
public class TrackerBenchmarks
{
    public const int EventsPerSession = Histories.RepsPerSet + 2;

    private TrackerDriver _driver = null!;

    [Params(10, 10_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup() => _driver = new TrackerDriver(Sessions);

    [IterationSetup]
    public void Restore() => _driver.Restore();

    [Benchmark(OperationsPerInvoke = EventsPerSession)]
    [InvocationCount(256, 1)]
    public Advice Event() => _driver.RecordSession();
}

/// <summary>Feeds a tracker whole sessions of events after a prepared history.</summary>
public sealed class TrackerDriver
{
    private readonly Advisor _advisor = new(limits: InputLimits.Default with { MaxSessions = 100_000 });
    private readonly History _history;
    private readonly DateTimeOffset _end;
    private AdviceTracker _tracker = null!;
    private DateTimeOffset _next;

    public TrackerDriver(int sessions)
    {
        SessionsBefore = sessions;
        var (history, now) = Histories.Build(sessions);
        _history = history with { Sessions = history.Sessions.SetItem(sessions - 1, history.Sessions[^1] with { Completed = true }) };
        _end = now;
        Restore();
    }

    public AdviceTracker Tracker => _tracker;

    /// <summary>How many sessions the history holds before the recorded ones.</summary>
    public int SessionsBefore { get; }

    public void Restore()
    {
        _tracker = AdviceTracker.FromHistory(_advisor, _history).GetValueOrThrow();
        _next = _end.AddHours(2);
    }

    /// <summary>Records one session: start, 12 reps, finish; each event gets its advice.</summary>
    public Advice RecordSession()
    {
        var start = _next;
        _next = _next.AddHours(2);
        var result = _tracker.StartSession(Exercise.PressUp, start, new SymptomReport(4, SymptomLocation.Buttock), start);
        var range = 0.3;
        for (var r = 1; r <= Histories.RepsPerSet; r++)
        {
            var at = start.AddSeconds(20 * r);
            range = Math.Min(1.0, Math.Round(range + 0.1, 6));
            result = _tracker.AddRep(new Rep(range, r % 5 == 0 ? 5 : 4, SymptomLocation.Buttock, 3.0, at), at);
        }

        var end = start.AddSeconds(20 * (Histories.RepsPerSet + 1));
        result = _tracker.FinishSession(new SymptomReport(3, SymptomLocation.Back), completed: true, end);
        return result.Advice ?? throw new InvalidOperationException($"The tracker refused an event: {result}");
    }
}

/// <summary>
/// Cold start, each measurement in a fresh process: a new advisor and its first advice (open set), and
/// RulesEngine's first workflow execution (its engine built, the decide workflow run once on prepared facts).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ColdStartBenchmarks
{
    private History _history = null!;
    private DateTimeOffset _now;
    private DecideCase _case = null!;
    private RuleParameter[] _parameters = [];

    [GlobalSetup(Target = nameof(AdvisorFirstAdvice))]
    public void SetupEngine() => (_history, _now) = Histories.Build(1);

    [GlobalSetup(Target = nameof(RulesEngineFirstExecution))]
    public void SetupRulesEngine()
    {
        var (history, now) = Histories.Build(1);
        _case = DecideCase.Prepare("open set", history, now, null);
        _parameters = RulesEngineDecider.ParametersOf(_case);
    }

    [Benchmark(Baseline = true, Description = "new Advisor + first advice")]
    public Advice AdvisorFirstAdvice() => new Advisor().Advise(_history, _now).Advice!;

    [Benchmark(Description = "new RulesEngine + first execution")]
    public Decision RulesEngineFirstExecution() => new RulesEngineDecider().Decide(_case, _parameters);
}
