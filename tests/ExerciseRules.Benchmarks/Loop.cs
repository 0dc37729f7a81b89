using System.Diagnostics;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// <c>--loop NAME AMOUNT</c>: runs one workload in a loop, for a profiler to watch (for example
/// <c>DOTNET_PerfMapEnabled=1 perf record -g dotnet ExerciseRules.Benchmarks.dll --loop decide-engine 10</c>, or
/// <c>perf stat -e instructions:u ... --loop decide-engine 100000x</c>)).
/// AMOUNT is seconds, or a number of calls followed by x. NAME is decide-engine, decide-limit, advise-1d, advise-30d or tracker.
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
            case "decide-engine" or "decide-limit":
                var cases = DecideCase.All().ToArray();
                var engine = new EngineDecider();
                var sessions = cases.Select(c => engine.SessionFor(c.Options)).ToArray();
                work = name == "decide-limit"
                    ? () =>
                    {
                        foreach (var c in cases)
                        {
                            PlainDecider.Decide(c);
                        }
                    }
                : () =>
                {
                    for (var i = 0; i < cases.Length; i++)
                    {
                        EngineDecider.Decide(cases[i], sessions[i]);
                    }
                };
                break;
            case "decide-engine-nofire":
                var cases2 = DecideCase.All().ToArray();
                var engine2 = new EngineDecider();
                var sessions2 = cases2.Select(c => engine2.SessionFor(c.Options)).ToArray();
                work = () =>
                {
                    for (var i = 0; i < cases2.Length; i++)
                    {
                        EngineDecider.Insert(cases2[i], sessions2[i]);
                    }
                };
                break;
            case "decide-engine-decided":
                // Reset, insert the facts and a decision already made, then fire: the fixed cost of Fire (no rule can fire).
                var cases3 = DecideCase.All().ToArray();
                var engine3 = new EngineDecider();
                var sessions3 = cases3.Select(c => engine3.SessionFor(c.Options)).ToArray();
                var decided = new ExerciseRules.Protocol.Decision(AdviceStep.HoldRange);
                work = () =>
                {
                    for (var i = 0; i < cases3.Length; i++)
                    {
                        EngineDecider.Insert(cases3[i], sessions3[i]);
                        sessions3[i].Insert(decided);
                        sessions3[i].Fire();
                    }
                };
                break;
            case "advise-1d" or "advise-30d":
                var advisor = new Advisor();
                var (history, now) = Histories.Build(name == "advise-1d" ? 12 : 360);
                work = () => advisor.Advise(history, now);
                break;
            case "tracker":
                var driver = new TrackerDriver(1_000);
                work = () => driver.RecordSession();
                break;
            default:
                Console.Error.WriteLine($"unknown workload '{name}'");
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
