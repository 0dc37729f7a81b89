using System.Diagnostics;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// <c>--loop NAME AMOUNT</c>: runs one workload in a loop, for a profiler to watch (for example
/// <c>DOTNET_PerfMapEnabled=1 perf record -g dotnet ExerciseRules.Benchmarks.dll --loop decide-nrules 10</c>, or
/// <c>perf stat -e instructions:u ... --loop decide-nrules 100000x</c>).
/// AMOUNT is seconds, or a number of calls followed by x; the names are listed when NAME is unknown.
/// </summary>
internal static class Loop
{
    public static int Run(string name, string amount)
    {
        // "3" runs for 3 seconds; "100000x" makes exactly 100,000 calls (for instruction counts: perf stat -e instructions).
        var fixedCalls = amount.EndsWith('x') ? long.Parse(amount[..^1], System.Globalization.CultureInfo.InvariantCulture) : -1;
        var seconds = fixedCalls < 0 ? double.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) : double.MaxValue;
        Action work;
        switch (name)
        {
            case "decide-nrules" or "decide-limit" or "decide-rulesengine":
                var cases = DecideCase.All().ToArray();
                var nrules = new NRulesDecider();
                var sets = cases.Select(c => nrules.RuleSetFor(c.Options)).ToArray();
                var rulesEngine = new RulesEngineDecider();
                var parameters = cases.Select(RulesEngineDecider.ParametersOf).ToArray();
                work = name switch
                {
                    "decide-limit" => () =>
                    {
                        foreach (var c in cases)
                        {
                            PlainDecider.Decide(c);
                        }
                    },
                    "decide-rulesengine" => () =>
                    {
                        for (var i = 0; i < cases.Length; i++)
                        {
                            rulesEngine.Decide(cases[i], parameters[i]);
                        }
                    },
                    _ => () =>
                    {
                        for (var i = 0; i < cases.Length; i++)
                        {
                            NRulesDecider.Decide(cases[i], sets[i]);
                        }
                    },
                };
                break;
            case "advise-open" or "advise-1d" or "advise-30d" or "explain-open":
                var advisor = new Advisor();
                var (history, now) = Histories.Build(name switch { "advise-1d" => 12, "advise-30d" => 360, _ => 1 });
                work = name == "explain-open" ? () => advisor.Explain(history, now) : () => advisor.Advise(history, now);
                break;
            case "tracker":
                var driver = new TrackerDriver(1_000);
                work = () => driver.RecordSession();
                break;
            default:
                if (Experiments.LoopWorkload(name) is { } other)
                {
                    work = other;
                    break;
                }

                Console.Error.WriteLine($"unknown workload '{name}': use decide-nrules, decide-limit, decide-rulesengine, advise-open, advise-1d, advise-30d, explain-open, tracker, {string.Join(", ", Experiments.LoopNames)}");
                return 2;
        }

        var watch = Stopwatch.StartNew();
        long calls = 0;
        while (fixedCalls < 0 ? watch.Elapsed.TotalSeconds < seconds : calls < fixedCalls)
        {
            work();
            calls++;
        }

        Console.WriteLine($"{name}: {calls} calls, {watch.Elapsed.TotalMilliseconds * 1000 / calls:0.###} µs each");
        return 0;
    }
}
