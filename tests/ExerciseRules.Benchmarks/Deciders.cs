using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Protocol.Tests.Oracle;
using RulesEngine.Models;

namespace ExerciseRules.Benchmarks;

/// <summary>Our engine: a reused rule session on a rule set of the protocol's decide rules.</summary>
public sealed class EngineDecider
{
    private readonly Dictionary<ProtocolOptions, RuleSession> _sessions = [];

    public RuleSession SessionFor(ProtocolOptions options)
    {
        if (!_sessions.TryGetValue(options, out var session))
        {
            var rules = PressUpProtocol.CreateRules(options).Where(r => r.Metadata.Stage == RuleStage.Decide);
            session = RuleSet.Compile(rules).CreateSession();
            _sessions[options] = session;
        }

        return session;
    }

    public static Decision Decide(DecideCase c, RuleSession s)
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
        return s.TryGet<Decision>(out var decision) ? decision : throw new InvalidOperationException($"{c.Name}: no decide rule fired");
    }
}

/// <summary>
/// The limit: PROTOCOL.md's decision table (rows 1–12, as docs/protocol-decisions.md reads them) in plain C#, over
/// the same fact objects, building the same <see cref="Decision"/> with the same helpers (target ranges,
/// progression). It sits beside the oracle (Oracle/ProtocolOracle.cs, linked), which decides the same table from
/// the history itself.
/// </summary>
public static class PlainDecider
{
    public static Decision Decide(DecideCase c)
    {
        var o = c.Options;
        var flags = c.RedFlags;
        if (flags.AnyEmergency)
        {
            return Build(RuleNames.RedFlagEmergency, c);
        }

        if (flags.AnyUrgent)
        {
            return Build(RuleNames.RedFlagUrgent, c);
        }

        var since = c.Episode.SinceFirstSession;
        var notImproved = c.Improvement is { IsImproved: false };
        if (notImproved && since >= TimeSpan.FromDays(o.PersistDays) && c.Regularity.IsRegular)
        {
            return Build(RuleNames.PainPersists, c);
        }

        if (notImproved && since >= TimeSpan.FromDays(o.ReviewDays))
        {
            return Build(RuleNames.NoImprovementOnReview, c);
        }

        if (c.OpenSet is not { } set)
        {
            return Build(RuleNames.BetweenSessions, c);
        }

        if (set.Measures.KeepsWorsening(o))
        {
            return Build(RuleNames.KeepsWorsening, c);
        }

        var reps = set.RepsDone;
        if (reps >= o.MaxReps || (reps >= o.MinReps && c.LastRep is { } done && done.Response != SymptomChange.Better))
        {
            return Build(RuleNames.SetDone, c);
        }

        if (c.LastRep is { } last)
        {
            return last.Response == SymptomChange.Worse ? Build(RuleNames.SymptomsIntensify, c)
                : last.Range >= 1.0 ? Build(RuleNames.FullRange, c)
                : Build(RuleNames.Progress, c);
        }

        if (reps > 0 && c.LastRepUnknown)
        {
            return Build(RuleNames.SymptomsUnknown, c);
        }

        return reps == 0 ? Build(RuleNames.StartSet, c) : throw new InvalidOperationException($"{c.Name}: no row of the table applies");
    }

    /// <summary>The decision of a row (named by its rule), as the protocol's rule builds it.</summary>
    public static Decision Build(string rule, DecideCase c)
    {
        var o = c.Options;
        switch (rule)
        {
            case RuleNames.RedFlagEmergency:
                return new Decision(AdviceStep.SeekUrgentCare) { Urgency = Urgency.Emergency, RedFlags = [.. c.RedFlags.Flags.Where(RedFlags.IsEmergency).Distinct()] };
            case RuleNames.RedFlagUrgent:
                return new Decision(AdviceStep.SeekUrgentCare) { Urgency = Urgency.Urgent, RedFlags = [.. c.RedFlags.Flags.Where(f => !RedFlags.IsEmergency(f)).Distinct()] };
            case RuleNames.PainPersists:
            case RuleNames.NoImprovementOnReview:
                return new Decision(AdviceStep.ContactTherapist) { Urgency = Urgency.Routine };
            case RuleNames.KeepsWorsening:
                return EndOfSet(AdviceStep.StopSet, c.OpenSet!, c);
            case RuleNames.SetDone:
            case RuleNames.SetDoneMaxReps:
                return EndOfSet(AdviceStep.FinishSet, c.OpenSet!, c);
            case RuleNames.SymptomsIntensify:
                return InSet(AdviceStep.ReduceRange, c.OpenSet!, TargetRanges.Reduced(c.LastRep!.Range, o), o) with { RestSeconds = o.RestSeconds };
            case RuleNames.SymptomsUnknown:
                return InSet(AdviceStep.HoldRange, c.OpenSet!, c.OpenSet!.LastRep!.Range, o);
            case RuleNames.Progress:
                return InSet(AdviceStep.ProgressRange, c.OpenSet!, TargetRanges.Progressed(c.LastRep!.Range, o), o);
            case RuleNames.FullRange:
                return InSet(AdviceStep.HoldRange, c.OpenSet!, 1.0, o);
            case RuleNames.StartSet:
                var exercise = Progressions.Min(c.OpenSet!.Exercise, c.NextExercise.Exercise);
                return new Decision(AdviceStep.StartSet) { Exercise = exercise, TargetRange = TargetRanges.Start(exercise, c.FinishedSets, o), RepsDone = 0, RepsRemaining = o.MaxReps };
            case RuleNames.BetweenSessions:
                var due = c.LatestSession is { } latest ? latest.LastActivity + o.SessionInterval : c.Episode.Now;
                return due > c.Episode.Now
                    ? new Decision(AdviceStep.NextSession) { Exercise = c.NextExercise.Exercise, NextSessionDue = due }
                    : new Decision(AdviceStep.StartSet) { Exercise = c.NextExercise.Exercise, TargetRange = c.NextExercise.StartRange, RepsDone = 0, RepsRemaining = o.MaxReps };
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "not a decide rule");
        }
    }

    private static Decision InSet(AdviceStep step, OpenSet set, double? target, ProtocolOptions o) =>
        new(step) { Exercise = set.Exercise, TargetRange = target, RepsDone = set.RepsDone, RepsRemaining = Math.Max(0, o.MaxReps - set.RepsDone) };

    private static Decision EndOfSet(AdviceStep step, OpenSet set, DecideCase c) =>
        new(step) { Exercise = set.Exercise, RepsDone = set.RepsDone, RepsRemaining = 0, NextSessionDue = c.Episode.Now + c.Options.SessionInterval };
}

/// <summary>
/// Microsoft RulesEngine 6.0.1 running a workflow of the same decision rules, each a lambda expression over the
/// same facts (parameter <c>f</c>, a <see cref="DecideCase"/>). RulesEngine has no priorities: it evaluates every
/// rule, and the first that succeeds in the table's order decides (its decision built as the protocol's rule builds it).
/// </summary>
public sealed class RulesEngineDecider
{
    public const string Workflow = "decide";

    private static readonly (string Name, string Expression)[] Rules =
    [
        (RuleNames.RedFlagEmergency, "f.RedFlags.AnyEmergency"),
        (RuleNames.RedFlagUrgent, "f.RedFlags.AnyUrgent"),
        (RuleNames.PainPersists, "f.Episode.SinceFirstSession != null && f.Episode.SinceFirstSession.Value.Ticks >= f.PersistTicks && f.Regularity.IsRegular && f.Improvement != null && !f.Improvement.IsImproved"),
        (RuleNames.NoImprovementOnReview, "f.Episode.SinceFirstSession != null && f.Episode.SinceFirstSession.Value.Ticks >= f.ReviewTicks && f.Improvement != null && !f.Improvement.IsImproved"),
        (RuleNames.KeepsWorsening, "f.OpenSet != null && (f.OpenSet.Measures.ConsecutiveWorse >= f.Options.ConsecutiveWorseLimit || f.OpenSet.Measures.TrailingPeripheralised >= 2)"),
        (RuleNames.SetDone, "f.OpenSet != null && f.OpenSet.RepsDone >= f.Options.MinReps && f.LastRep != null && f.LastRep.Response != SymptomChange.Better"),
        (RuleNames.SetDoneMaxReps, "f.OpenSet != null && f.OpenSet.RepsDone >= f.Options.MaxReps"),
        (RuleNames.SymptomsIntensify, "f.OpenSet != null && f.LastRep != null && f.LastRep.Response == SymptomChange.Worse"),
        (RuleNames.SymptomsUnknown, "f.OpenSet != null && f.OpenSet.RepsDone > 0 && f.LastRepUnknown"),
        (RuleNames.Progress, "f.OpenSet != null && f.LastRep != null && f.LastRep.Response != SymptomChange.Worse && !(f.LastRep.Range != null && f.LastRep.Range.Value >= 1.0)"),
        (RuleNames.FullRange, "f.OpenSet != null && f.LastRep != null && f.LastRep.Response != SymptomChange.Worse && f.LastRep.Range != null && f.LastRep.Range.Value >= 1.0"),
        (RuleNames.StartSet, "f.OpenSet != null && f.OpenSet.RepsDone == 0"),
        (RuleNames.BetweenSessions, "f.OpenSet == null"),
    ];

    public RulesEngineDecider()
    {
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules = [.. Rules.Select(r => new RulesEngine.Models.Rule { RuleName = r.Name, Expression = r.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression })],
        };
        Engine = new RulesEngine.RulesEngine([workflow], new ReSettings { CustomTypes = [typeof(SymptomChange)] });
    }

    public RulesEngine.RulesEngine Engine { get; }

    public static RuleParameter[] ParametersOf(DecideCase c) => [new RuleParameter("f", c)];

    public Decision Decide(DecideCase c, RuleParameter[] parameters)
    {
        var results = Engine.ExecuteAllRulesAsync(Workflow, parameters).AsTask().GetAwaiter().GetResult();
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"{c.Name}: RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
            }

            if (result.IsSuccess)
            {
                return PlainDecider.Build(result.Rule.RuleName, c);
            }
        }

        throw new InvalidOperationException($"{c.Name}: no RulesEngine rule succeeded");
    }
}

/// <summary>Checks, before anything is timed, that the three implementations (and the oracle, from the history) agree on every input.</summary>
public static class Agreement
{
    public static void Check(IReadOnlyList<DecideCase> cases, EngineDecider engine, RulesEngineDecider rulesEngine)
    {
        var problems = new List<string>();
        foreach (var c in cases)
        {
            var ours = EngineDecider.Decide(c, engine.SessionFor(c.Options));
            var plain = PlainDecider.Decide(c);
            var theirs = rulesEngine.Decide(c, RulesEngineDecider.ParametersOf(c));
            var oracle = ProtocolOracle.Advise(c.History, c.Now, c.Options);
            if (!ours.Equals(plain) || !ours.Equals(theirs))
            {
                problems.Add($"{c.Name}: engine {ours}; plain {plain}; RulesEngine {theirs}");
            }

            var target = (oracle.TargetRange, ours.TargetRange) switch
            {
                (null, null) => true,
                ({ } a, { } b) => Math.Abs(a - b) <= 5e-7 + 1e-12,
                _ => false,
            };
            if (oracle.Step != ours.Step || oracle.Urgency != ours.Urgency || oracle.Exercise != ours.Exercise || !target)
            {
                problems.Add($"{c.Name}: engine {ours}; oracle (row {oracle.Row}) {oracle}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The decide implementations disagree on {problems.Count} input(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }
}
