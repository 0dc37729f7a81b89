// The retired home-made engine (src/ExerciseRules/Legacy), side by side with NRules while it exists.
// EVERYTHING in this project that touches ExerciseRules.Legacy is in this one file: when the Legacy folder goes,
// delete this file (and the InternalsVisibleTo of ExerciseRules.Benchmarks in src/ExerciseRules/ExerciseRules.csproj,
// if nothing else needs it). The rest of the project calls in only through partial methods, which the compiler
// drops when their implementation is gone, so nothing else changes: the agreement check, the quick mode, the decide
// suite, the loops and the cold-start children simply lose their retired-engine section.
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using Legacy = ExerciseRules.Legacy;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// The retired engine deciding the prepared facts: a reused <c>Legacy.RuleSession</c> on a rule set of its 14 decide
/// rules (its own copies of the protocol's rules), <c>Reset</c>, the facts inserted, <c>Fire</c>, the
/// <see cref="Decision"/> read, exactly as the decide benchmark measured it before the port.
/// </summary>
internal sealed class RetiredEngineDecider
{
    private readonly Dictionary<ProtocolOptions, Legacy.RuleSession> _sessions = [];
    private readonly Dictionary<ProtocolOptions, Legacy.RuleSet> _whole = [];

    public Legacy.RuleSession SessionFor(ProtocolOptions options)
    {
        if (!_sessions.TryGetValue(options, out var session))
        {
            session = Legacy.RuleSet.Compile(Legacy.DecideRules.All(options)).CreateSession();
            _sessions[options] = session;
        }

        return session;
    }

    /// <summary>The retired engine's whole protocol (derive, decide, compose) for a set of options.</summary>
    public Legacy.RuleSet WholeFor(ProtocolOptions options)
    {
        if (!_whole.TryGetValue(options, out var rules))
        {
            rules = Legacy.LegacyEngine.Compile(options);
            _whole[options] = rules;
        }

        return rules;
    }

    public static Decision Decide(DecideCase c, Legacy.RuleSession s)
    {
        s.Reset();
        s.Insert(c.Episode);
        s.Insert(c.RedFlags);
        s.Insert(c.FinishedSets);
        s.Insert(c.Regularity);
        s.Insert(c.NextExercise);
        if (c.LatestSession is not null)
        {
            s.Insert(c.LatestSession);
        }

        if (c.OpenSet is not null)
        {
            s.Insert(c.OpenSet);
        }

        if (c.LastRep is not null)
        {
            s.Insert(c.LastRep);
        }
        else if (c.LastRepUnknownReason is not null)
        {
            s.InsertUnknown<LastRep>(c.LastRepUnknownReason);
        }

        if (c.Improvement is not null)
        {
            s.Insert(c.Improvement);
        }
        else if (c.ImprovementUnknownReason is not null)
        {
            s.InsertUnknown<Improvement>(c.ImprovementUnknownReason);
        }

        s.Fire();
        return s.TryGet<Decision>(out var decision) ? decision : throw new InvalidOperationException($"{c.Name}: no retired-engine decide rule fired");
    }

    /// <summary>The retired engine's whole evaluation of measured facts (a new session, every stage, the message codes), as the old advisor ran it.</summary>
    public static (Decision Decision, IReadOnlyList<string> Codes) Evaluate(Legacy.RuleSet rules, EpisodeMeasurement measurement)
    {
        var (decision, codes, _, _) = Legacy.LegacyEngine.Decide(rules, measurement);
        return (decision, codes);
    }
}

/// <summary>The retired engine's sections of the agreement check, the quick mode, the loops and the cold-start children.</summary>
internal static partial class RetiredEngine
{
    private static readonly RetiredEngineDecider Shared = new();

    static partial void AddDeciders(List<Decider> deciders)
    {
        deciders.Add(new Decider("retired engine (decide rules)", c => RetiredEngineDecider.Decide(c, Shared.SessionFor(c.Options))));

        // The whole protocol on the measured facts: the decision and the message codes must both be NRules's.
        deciders.Add(new Decider("retired engine (every stage)", c =>
        {
            var (decision, codes) = RetiredEngineDecider.Evaluate(Shared.WholeFor(c.Options), c.Measurement);
            var (ours, ourCodes) = WholeNRules.Evaluate(c);
            return codes.SequenceEqual(ourCodes)
                ? decision
                : throw new InvalidOperationException($"{c.Name}: message codes differ: retired engine [{string.Join(", ", codes)}], NRules [{string.Join(", ", ourCodes)}] (decisions {decision} / {ours})");
        }));
    }

    static partial void QuickSection(QuickContext q)
    {
        var cases = q.Cases;
        var sessions = cases.Select(c => Shared.SessionFor(c.Options)).ToArray();
        var decide = q.PerOp(() =>
        {
            for (var i = 0; i < cases.Count; i++)
            {
                RetiredEngineDecider.Decide(cases[i], sessions[i]);
            }
        }) / cases.Count;
        q.Note($"retired engine, decide: {Quick.Us(decide)} per input; NRules/retired {q.NRulesDecide / decide:0.0}, retired/limit {decide / q.LimitDecide:0.00}, RulesEngine/retired {q.RulesEngineDecide / decide:0.0}");

        // The whole rule evaluation (derive, decide, compose) on measured facts of an open set and of 30 days.
        foreach (var c in cases.Where(c => c.Name is "open set" or "30 days"))
        {
            var rules = Shared.WholeFor(c.Options);
            var retired = q.PerOp(() => RetiredEngineDecider.Evaluate(rules, c.Measurement));
            var nrules = q.PerOp(() => WholeNRules.Evaluate(c));
            q.Note($"retired engine, every stage on the measured facts ({c.Name}): {Quick.Us(retired)}; NRules {Quick.Us(nrules)} ({nrules / retired:0} x)");
        }

        var cold = ColdStart.Median("retired", 5);
        q.Note($"retired engine, cold start (rules compiled + first evaluation of an open set, median of 5 fresh processes): {cold.FirstAdvice:0.0} ms; the process {cold.Process:0} ms");
    }

    static partial void Loop(string name, ref Action? work)
    {
        if (name == "decide-retired")
        {
            var cases = DecideCase.All().ToArray();
            var sessions = cases.Select(c => Shared.SessionFor(c.Options)).ToArray();
            work = () =>
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    RetiredEngineDecider.Decide(cases[i], sessions[i]);
                }
            };
        }
    }

    static partial void ColdStartChild(string which, ref double? ms)
    {
        if (which == "retired")
        {
            // Compile the retired engine's protocol and evaluate an open set once (what a first advice asked of it).
            var (history, now) = Histories.Build(1);
            var watch = Stopwatch.StartNew();
            var rules = Legacy.LegacyEngine.Compile(ProtocolOptions.Default);
            var result = RetiredEngineDecider.Evaluate(rules, EpisodeMeasurement.Of(history, now, ProtocolOptions.Default));
            ms = watch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(result);
        }
    }
}

/// <summary>The retired engine in the decide suite, beside the limit, NRules and RulesEngine.</summary>
public partial class DecideBenchmarks
{
    private Legacy.RuleSession[] _retired = [];

    partial void SetupRetired(List<Decider> deciders)
    {
        var retired = new RetiredEngineDecider();
        _retired = [.. _cases.Select(c => retired.SessionFor(c.Options))];
        deciders.Add(new Decider("retired engine", c => RetiredEngineDecider.Decide(c, retired.SessionFor(c.Options))));
    }

    [Benchmark(Description = "decide: retired engine (before NRules)")]
    public int RetiredEngine()
    {
        var sum = 0;
        var cases = _cases;
        for (var i = 0; i < cases.Length; i++)
        {
            sum += (int)RetiredEngineDecider.Decide(cases[i], _retired[i]).Step;
        }

        return sum;
    }
}
