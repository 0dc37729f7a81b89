using System.Diagnostics;
using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// A quick run without BenchmarkDotNet (well under two minutes): the agreement check (a disagreement fails the run),
/// then exactly six lines on standard output, the number last on each, as docs/benchmarks.md describes; absolute
/// times go to standard error, prefixed <c>#</c>. Timings on a shared machine vary:
/// the numbers are for reading, and nothing here fails on a slow machine.
/// </summary>
internal static class Quick
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(600);

    public static int Run()
    {
        Note($"load average at the start: {LoadAverage()}");

        // decide: agreement first (throws on any disagreement), then side by side on the same prepared facts.
        var cases = DecideCase.All().ToArray();
        var nrules = new NRulesDecider();
        var rulesEngine = new RulesEngineDecider();
        Agreement.Check(cases, nrules, rulesEngine);
        Note($"agreement: NRules, the plain C# limit, RulesEngine and the oracle agree on all {cases.Length} decide inputs");
        var sets = cases.Select(c => nrules.RuleSetFor(c.Options)).ToArray();
        var parameters = cases.Select(RulesEngineDecider.ParametersOf).ToArray();
        var decide = Interleaved(
            () =>
            {
                foreach (var c in cases)
                {
                    PlainDecider.Decide(c);
                }
            },
            () =>
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    NRulesDecider.Decide(cases[i], sets[i]);
                }
            },
            () =>
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    rulesEngine.Decide(cases[i], parameters[i]);
                }
            });
        var (limit, ours, theirs) = (decide[0] / cases.Length, decide[1] / cases.Length, decide[2] / cases.Length);
        Note($"decide ({cases.Length} inputs): limit {Us(limit)}, NRules {Us(ours)}, RulesEngine {Us(theirs)} per input");

        // advise: Advisor.Advise on an open set (one session under way) and on 30 days of sessions.
        var advisor = new Advisor();
        var (open, openNow) = Histories.Build(1);
        var (day, dayNow) = Histories.Build(12);
        var (month, monthNow) = Histories.Build(360);
        var advise = Interleaved(() => advisor.Advise(open, openNow), () => advisor.Advise(day, dayNow), () => advisor.Advise(month, monthNow), () => advisor.Explain(open, openNow));
        var (adviseOpen, adviseDay, adviseMonth, explainOpen) = (advise[0], advise[1], advise[2], advise[3]);
        Note($"advise: open set {Us(adviseOpen)}, 1 day {Us(adviseDay)}, 30 days {Us(adviseMonth)}; explain, open set {Us(explainOpen)}");

        // tracker: the cost of one event after 10 and after 10,000 sessions.
        var small = new TrackerDriver(10);
        var large = new TrackerDriver(10_000);
        var events = PerEvent(small, large);
        var (eventSmall, eventLarge) = (events[0], events[1]);
        Note($"tracker: per event after 10 sessions {Us(eventSmall)}, after 10,000 sessions {Us(eventLarge)}");

        // cold start: fresh processes, each from its start to its first advice; and what a process that does nothing costs.
        var cold = ColdStart.Median("advisor", 5);
        var bare = ColdStart.Median("none", 3);
        var rulesEngineCold = ColdStart.Median("rulesengine", 3);
        Note($"cold start (median of 5 fresh processes): new Advisor + first advice {cold.FirstAdvice:0.0} ms; the whole process, start to exit, {cold.Process:0} ms (a process that does nothing: {bare.Process:0} ms)");
        Note($"cold start, RulesEngine's first workflow execution (median of 3): {rulesEngineCold.FirstAdvice:0.0} ms; the process {rulesEngineCold.Process:0} ms");
        Note($"load average at the end: {LoadAverage()}");

        Line("advise nrules/rulesengine", ours / theirs, "0.00");
        Line("advise nrules/limit", ours / limit, "0.00");
        Line("advise open-set us", adviseOpen * 1e6, "0.0");
        Line("advise 30d us", adviseMonth * 1e6, "0.0");
        Line("tracker 10000/10", eventLarge / eventSmall, "0.00");
        Line("coldstart ms", cold.FirstAdvice, "0.0");
        return 0;
    }

    /// <summary>Seconds per call (see <see cref="Interleaved"/>).</summary>
    public static double PerOp(Action action) => Interleaved(action)[0];

    /// <summary>
    /// Seconds per call of each action, measured side by side: each warmed up for 0.6 s (long enough for tiered
    /// compilation to settle), then nine rounds in which every action runs for about 40 ms in turn; the best round
    /// of each counts. Interleaving keeps a change in the machine's load from favouring one action over another.
    /// </summary>
    public static double[] Interleaved(params Action[] actions)
    {
        var calls = new int[actions.Length];
        var watch = new Stopwatch();
        for (var a = 0; a < actions.Length; a++)
        {
            var n = 0;
            watch.Restart();
            while (watch.Elapsed < Budget || n < 100)
            {
                actions[a]();
                n++;
            }

            calls[a] = Math.Max(1, (int)(n * Slice / watch.Elapsed));
        }

        var best = Enumerable.Repeat(double.MaxValue, actions.Length).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var a = 0; a < actions.Length; a++)
            {
                var action = actions[a];
                watch.Restart();
                for (var i = 0; i < calls[a]; i++)
                {
                    action();
                }

                best[a] = Math.Min(best[a], watch.Elapsed.TotalSeconds / calls[a]);
            }
        }

        return best;
    }

    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(40);

    private const int Rounds = 9;

    /// <summary>Bytes allocated per call (on this thread), over 200 calls after one.</summary>
    public static double AllocatedPerOp(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 200.0;
    }

    public static string Kb(double bytes) => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    /// <summary>Seconds per tracker event of each driver: warmed up, then nine rounds of 40 sessions each in turn (the tracker restored before each round); the best round counts.</summary>
    private static double[] PerEvent(params TrackerDriver[] drivers)
    {
        var collections = new int[drivers.Length, 3];
        foreach (var driver in drivers)
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < Budget)
            {
                driver.RecordSession();
            }
        }

        var best = Enumerable.Repeat(double.MaxValue, drivers.Length).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var d = 0; d < drivers.Length; d++)
            {
                drivers[d].Restore();

                // The restore's garbage (a tracker rebuilt from the whole history) is not an event's cost.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                var watch = Stopwatch.StartNew();
                const int Sessions = 40;
                for (var i = 0; i < Sessions; i++)
                {
                    drivers[d].RecordSession();
                }

                best[d] = Math.Min(best[d], watch.Elapsed.TotalSeconds / (Sessions * TrackerBenchmarks.EventsPerSession));
                for (var g = 0; g < 3; g++)
                {
                    collections[d, g] += GC.CollectionCount(g) - before[g];
                }
            }
        }

        for (var d = 0; d < drivers.Length; d++)
        {
            Note($"tracker after {drivers[d].SessionsBefore} sessions: {Rounds * 40 * TrackerBenchmarks.EventsPerSession} events timed, garbage collections gen0 {collections[d, 0]}, gen1 {collections[d, 1]}, gen2 {collections[d, 2]} (a gen2 collection marks the whole history)");
        }

        return best;
    }

    public static string Us(double seconds) => (seconds * 1e6).ToString("0.###", CultureInfo.InvariantCulture) + " µs";

    public static void Note(string text) => Console.Error.WriteLine("# " + text);

    /// <summary>The load averages of the machine (<c>/proc/loadavg</c>: 1, 5 and 15 minutes), or "unknown".</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static void Line(string label, double value, string format) =>
        Console.WriteLine($"{label} {value.ToString(format, CultureInfo.InvariantCulture)}");
}

/// <summary>
/// Cold start in fresh processes: this program started again with <c>--coldstart-child NAME</c>. The child times its
/// first advice from just before <c>new Advisor()</c> to the advice (the history is built before the clock starts)
/// and prints the milliseconds; the parent also times the whole process, from <c>Process.Start</c> to its exit.
/// </summary>
internal static class ColdStart
{
    /// <summary>The medians, in milliseconds, of the child's own time to its first advice and of the whole process.</summary>
    public static (double FirstAdvice, double Process) Median(string which, int runs, string? executable = null)
    {
        var times = new List<double>();
        var processes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (ms, process) = RunChild(which, executable);
            times.Add(ms);
            processes.Add(process);
        }

        return (MedianOf(times), MedianOf(processes));
    }

    public static double MedianOf(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    /// <summary>Starts one child (this program, or <paramref name="executable"/>: another build of it, e.g. a ReadyToRun publish).</summary>
    public static (double FirstAdvice, double Process) RunChild(string which, string? executable = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var path = executable ?? Environment.ProcessPath!;
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (executable is null && Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }
        else if (executable is not null && executable.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.FileName = "dotnet";
            start.ArgumentList.Add(executable);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("--coldstart-child");
        start.ArgumentList.Add(which);
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var errors = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var process = watch.Elapsed.TotalMilliseconds;
        if (child.ExitCode != 0 || !double.TryParse(output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
        {
            throw new InvalidOperationException($"The cold-start child ({which}) failed with exit code {child.ExitCode}: {output} {errors.Result}");
        }

        if (errors.Result.Length > 0)
        {
            Console.Error.Write(errors.Result);
        }

        return (ms, process);
    }

    /// <summary>
    /// <c>--coldstart RUNS VARIANT...</c>: fresh processes of each variant, round-robin (one of each in turn, RUNS
    /// rounds, so a change in the machine's load hits every variant alike); prints each variant's median and fastest
    /// run. A variant is a child name (<c>advisor</c>, <c>proto-interpreted</c>, ...), optionally followed by
    /// <c>@EXECUTABLE</c> (another build of this program, e.g. a ReadyToRun publish) and by <c>+NAME=VALUE</c>
    /// environment variables (e.g. <c>advisor+DOTNET_TieredPGO=0</c>).
    /// </summary>
    public static int Report(string[] args)
    {
        var runs = int.Parse(args[1], CultureInfo.InvariantCulture);
        Console.WriteLine($"coldstart, {runs} rounds, load {Quick.LoadAverage()}");
        foreach (var line in RoundRobin(runs, args[2..]))
        {
            Console.WriteLine("  " + line);
        }

        Console.WriteLine($"load at the end {Quick.LoadAverage()}");
        return 0;
    }

    /// <summary>Fresh processes of each variant (see <see cref="Report"/>), round-robin; a line per variant: its medians and fastest runs.</summary>
    public static IEnumerable<string> RoundRobin(int runs, IReadOnlyList<string> specs)
    {
        var variants = specs.Select(Parse).ToArray();
        var times = variants.Select(_ => new List<double>()).ToArray();
        var processes = variants.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                var (ms, process) = RunChild(variants[v].Which, variants[v].Executable, variants[v].Environment);
                times[v].Add(ms);
                processes[v].Add(process);
            }
        }

        return [.. variants.Select((_, v) => string.Create(CultureInfo.InvariantCulture,
            $"{specs[v]}: first advice median {MedianOf([.. times[v]]):0.0} ms (fastest {times[v].Min():0.0}); process median {MedianOf([.. processes[v]]):0} ms (fastest {processes[v].Min():0})"))];

        static (string Which, string? Executable, Dictionary<string, string> Environment) Parse(string spec)
        {
            var parts = spec.Split('+');
            var environment = parts.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            var at = parts[0].Split('@', 2);
            return (at[0], at.Length > 1 ? Path.GetFullPath(at[1]) : null, environment);
        }
    }

    /// <summary>In the child: time the first advice (or the named variant) of this process, in milliseconds.</summary>
    public static int Child(string which)
    {
        var (history, now) = Histories.Build(1);
        double ms;
        if (which == "advisor")
        {
            var watch = Stopwatch.StartNew();
            var advice = new Advisor().Advise(history, now).GetAdviceOrThrow();
            ms = watch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(advice);
        }
        else if (which == "none")
        {
            // A process that builds the history and exits: what starting the runtime and this program costs.
            ms = 0;
        }
        else if (which is "advisor-split" or "advisor-split-interpreted")
        {
            ms = Split(history, now, which == "advisor-split-interpreted" ? new InterpretingExpressionCompiler() : null);
        }
        else if (which == "rulesengine")
        {
            var c = DecideCase.Prepare("open set", history, now, ProtocolOptions.Default);
            var parameters = RulesEngineDecider.ParametersOf(c);
            var watch = Stopwatch.StartNew();
            var decision = new RulesEngineDecider().Decide(c, parameters);
            ms = watch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(decision);
        }
        else if (Experiments.ColdStartChild(which, history, now) is { } other)
        {
            ms = other;
        }
        else
        {
            Console.Error.WriteLine($"unknown cold start '{which}': use advisor, advisor-split, advisor-split-interpreted, none, rulesengine, {string.Join(", ", Experiments.ColdStartNames)}");
            return 2;
        }

        Console.WriteLine(ms.ToString("0.000", CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>
    /// Where a first advice's time goes, step by step (standard error, milliseconds), in the order the advisor needs
    /// each: the protocol's rule instances; their NRules definitions (each rule's Define, its expression trees); the
    /// NRules compile (the Rete network, every condition and action compiled to a delegate); a first session (facts
    /// inserted, fired); every condition in words, as RuleSet.Compile writes them for its metadata (the library's
    /// internal ConditionText, reached by reflection: a measurement only); ExerciseRules's RuleSet.Compile of the same rules (defined and compiled again, now warm, plus
    /// its checks and each condition in words); the first number formatted (globalization); the English texts; the
    /// first ActivitySource and Meter; a new Advisor (its rule set compiled once more: the protocol's cache is not
    /// the split's); its first advice. The total, on standard output, is comparable with "advisor" only roughly.
    /// </summary>
    private static double Split(History history, DateTimeOffset now, NRules.Extensibility.IExpressionCompiler? compiler)
    {
        var watch = Stopwatch.StartNew();
        var marks = new List<(string Step, double At)> { ("start", 0) };
        void Mark(string step) => marks.Add((step, watch.Elapsed.TotalMilliseconds));
        var rules = PressUpProtocol.CreateRules();
        Mark("rules");
        var definitions = new NRules.Fluent.RuleDefinitionFactory().Create(rules);
        Mark("define");
        var factory = Experiments.Compile(definitions, compiler);
        Mark("compile");
        var session = factory.CreateSession();
        session.DependencyResolver = PressUpProtocol.Dependencies(new ComposedMessages());
        session.InsertAll(EpisodeMeasurement.Of(history, now, ProtocolOptions.Default).ToFacts());
        session.Fire();
        Mark("first-fire");
        var described = Describe(definitions);
        Mark("describe");
        var set = ExerciseRules.Engine.RuleSet.Compile(rules);
        Mark("ruleset");
        var number = 1.5.ToString(CultureInfo.InvariantCulture);
        Mark("culture");
        var texts = MessageTexts.English;
        Mark("texts");
        using var source = new ActivitySource("probe");
        using var meter = new System.Diagnostics.Metrics.Meter("probe");
        meter.CreateCounter<long>("probe.count").Add(1, new KeyValuePair<string, object?>("a", "b"));
        Mark("diagnostics");
        var advisor = new Advisor();
        Mark("advisor");
        var advice = advisor.Advise(history, now).GetAdviceOrThrow();
        Mark("advise");
        var ms = watch.Elapsed.TotalMilliseconds;
        Console.Error.WriteLine(string.Join(" ", marks.Skip(1).Select((m, i) => string.Create(CultureInfo.InvariantCulture, $"{m.Step} {m.At - marks[i].At:0.0}"))));
        GC.KeepAlive((advice, session, set, texts, number, described));
        return ms;
    }

    /// <summary>Every pattern condition of the definitions in words, through the library's internal ConditionText.Of (reflection: for the split only).</summary>
    private static int Describe(IEnumerable<NRules.RuleModel.IRuleDefinition> definitions)
    {
        var of = typeof(Advisor).Assembly.GetType("ExerciseRules.Engine.ConditionText")?.GetMethod("Of", [typeof(System.Linq.Expressions.LambdaExpression)]);
        if (of is null)
        {
            return -1;
        }

        var length = 0;
        foreach (var definition in definitions)
        {
            foreach (var pattern in definition.LeftHandSide.ChildElements.OfType<NRules.RuleModel.PatternElement>())
            {
                foreach (var condition in pattern.Expressions)
                {
                    length += ((string)of.Invoke(null, [condition.Expression])!).Length;
                }
            }
        }

        return length;
    }
}
