using System.Diagnostics;
using System.Globalization;
using ExerciseRules.Model;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// A quick run without BenchmarkDotNet (well under a minute): the agreement check, then one ratio per line on
/// standard output, labelled as docs/benchmarks.md describes; absolute times go to standard error. Timings on a
/// shared machine vary: the numbers are for reading, and nothing here fails on a slow machine.
/// </summary>
internal static class Quick
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(600);

    public static int Run()
    {
        // decide: agreement first (throws on any disagreement), then the three side by side.
        var cases = DecideCase.All().ToArray();
        var engine = new EngineDecider();
        var rulesEngine = new RulesEngineDecider();
        Agreement.Check(cases, engine, rulesEngine);
        var sessions = cases.Select(c => engine.SessionFor(c.Options)).ToArray();
        var parameters = cases.Select(RulesEngineDecider.ParametersOf).ToArray();
        var limit = PerOp(() =>
        {
            foreach (var c in cases)
            {
                PlainDecider.Decide(c);
            }
        });
        var ours = PerOp(() =>
        {
            for (var i = 0; i < cases.Length; i++)
            {
                EngineDecider.Decide(cases[i], sessions[i]);
            }
        });
        var theirs = PerOp(() =>
        {
            for (var i = 0; i < cases.Length; i++)
            {
                rulesEngine.Decide(cases[i], parameters[i]);
            }
        });
        Note($"decide ({cases.Length} inputs): limit {Us(limit / cases.Length)}, engine {Us(ours / cases.Length)}, RulesEngine {Us(theirs / cases.Length)} per input");

        // advise: 1 day and 30 days.
        var advisor = new Advisor();
        var (day, dayNow) = Histories.Build(12);
        var (month, monthNow) = Histories.Build(360);
        var adviseDay = PerOp(() => advisor.Advise(day, dayNow));
        var adviseMonth = PerOp(() => advisor.Advise(month, monthNow));
        Note($"advise: 1 day {Us(adviseDay)}, 30 days {Us(adviseMonth)}");

        // tracker: the cost of one event after 10 and after 10,000 sessions.
        var small = new TrackerDriver(10);
        var large = new TrackerDriver(10_000);
        var eventSmall = PerEvent(small);
        var eventLarge = PerEvent(large);
        Note($"tracker: per event after 10 sessions {Us(eventSmall)}, after 10,000 sessions {Us(eventLarge)}");

        // cold start: fresh processes.
        var engineCold = ColdStart.Median("engine", 5);
        var rulesEngineCold = ColdStart.Median("rulesengine", 5);
        Note($"cold start (median of 5 fresh processes): engine {engineCold:0.0} ms, RulesEngine {rulesEngineCold:0.0} ms");

        Line("decide engine/limit", ours / limit);
        Line("decide rulesengine/engine", theirs / ours);
        Line("advise 30d/1d", adviseMonth / adviseDay);
        Line("tracker 10000/10", eventLarge / eventSmall);
        Line("coldstart engine ms", engineCold);
        Line("coldstart rulesengine/engine", rulesEngineCold / engineCold);
        return 0;
    }

    /// <summary>Seconds per call: warm up (long enough for tiered compilation to settle), then the best of five rounds of about a fifth of the budget each.</summary>
    private static double PerOp(Action action)
    {
        var n = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Budget / 2 || n < 100)
        {
            action();
            n++;
        }

        var calls = Math.Max(1, (int)(n * (Budget / 5) / watch.Elapsed));
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            watch.Restart();
            for (var i = 0; i < calls; i++)
            {
                action();
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds / calls);
        }

        return best;
    }

    private static double PerEvent(TrackerDriver driver)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < Budget / 2)
        {
            driver.RecordSession();
        }

        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            driver.Restore();
            var watch = Stopwatch.StartNew();
            const int Sessions = 40;
            for (var i = 0; i < Sessions; i++)
            {
                driver.RecordSession();
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds / (Sessions * TrackerBenchmarks.EventsPerSession));
        }

        return best;
    }

    private static string Us(double seconds) => (seconds * 1e6).ToString("0.###", CultureInfo.InvariantCulture) + " µs";

    private static void Note(string text) => Console.Error.WriteLine("# " + text);

    private static void Line(string label, double value) =>
        Console.WriteLine($"{label}: {value.ToString("0.00", CultureInfo.InvariantCulture)}");
}

/// <summary>Cold start in fresh processes: this program started again with <c>--coldstart-child engine|rulesengine</c>.</summary>
internal static class ColdStart
{
    public static double Median(string which, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
            }

            start.ArgumentList.Add("--coldstart-child");
            start.ArgumentList.Add(which);
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0 || !double.TryParse(output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                throw new InvalidOperationException($"The cold-start child ({which}) failed with exit code {child.ExitCode}: {output}");
            }

            times.Add(ms);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>In the child: time the first advice (or first RulesEngine execution) of this process, in milliseconds.</summary>
    public static int Child(string which)
    {
        var (history, now) = Histories.Build(1);
        double ms;
        if (which == "engine")
        {
            var watch = Stopwatch.StartNew();
            var advice = new Advisor().Advise(history, now).GetAdviceOrThrow();
            ms = watch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(advice);
        }
        else if (which == "engine-split")
        {
            // Where a first advice's time goes, step by step (standard error, milliseconds): the protocol's rules
            // built, then compiled; the first number formatted (globalization starts); the English texts; the first
            // ActivitySource and Meter (System.Diagnostics.DiagnosticSource starts); a new Advisor (its rules again,
            // now warm); its first advice. The total, on standard output, is comparable with "engine" only roughly.
            var watch = Stopwatch.StartNew();
            var marks = new List<(string Step, double At)> { ("start", 0) };
            void Mark(string step) => marks.Add((step, watch.Elapsed.TotalMilliseconds));
            var rules = ExerciseRules.Protocol.PressUpProtocol.CreateRules();
            Mark("rules");
            var set = ExerciseRules.Engine.RuleSet.Compile(rules);
            Mark("compile");
            var number = 1.5.ToString(CultureInfo.InvariantCulture);
            Mark("culture");
            var texts = MessageTexts.English;
            Mark("texts");
            using var source = new System.Diagnostics.ActivitySource("probe");
            using var meter = new System.Diagnostics.Metrics.Meter("probe");
            meter.CreateCounter<long>("probe.count").Add(1, new KeyValuePair<string, object?>("a", "b"));
            Mark("diagnostics");
            var advisor = new Advisor();
            Mark("advisor");
            var advice = advisor.Advise(history, now).GetAdviceOrThrow();
            Mark("advise");
            ms = watch.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine(string.Join(" ", marks.Skip(1).Select((m, i) => string.Create(CultureInfo.InvariantCulture, $"{m.Step} {m.At - marks[i].At:0.0}"))));
            GC.KeepAlive((advice, set, texts, number));
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
        else
        {
            Console.Error.WriteLine($"unknown cold start '{which}': use engine or rulesengine");
            return 2;
        }

        Console.WriteLine(ms.ToString("0.000", CultureInfo.InvariantCulture));
        return 0;
    }
}
