using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Protocol.Tests.Oracle;
using NRules.Fluent;
using RulesEngine.Models;
using FluentRule = NRules.Fluent.Dsl.Rule;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// NRules, as the library runs it: the protocol's decide rules alone (the 14 rule classes of
/// <c>Protocol/Rules/Decide</c>, built with the case's options) compiled into a <see cref="RuleSet"/>, and every
/// decision a new session of its own (<see cref="RuleSet.Evaluate"/>: the prepared facts inserted in one batch,
/// <c>Fire</c>, the <see cref="Decision"/> read from working memory).
/// </summary>
public sealed class NRulesDecider
{
    private readonly Dictionary<ProtocolOptions, RuleSet> _sets = [];

    /// <summary>The protocol's rules of one stage, built with these options, in the protocol's order.</summary>
    public static IEnumerable<FluentRule> RulesOf(RuleStage stage, ProtocolOptions options)
    {
        var factory = new RuleDefinitionFactory();
        return PressUpProtocol.CreateRules(options).Where(r => factory.Create(r).TryGetStage(out var s) && s == stage);
    }

    /// <summary>The compiled decide rules for a set of options (compiled once per options value).</summary>
    public RuleSet RuleSetFor(ProtocolOptions options)
    {
        if (!_sets.TryGetValue(options, out var set))
        {
            set = RuleSet.Compile(RulesOf(RuleStage.Decide, options));
            _sets[options] = set;
        }

        return set;
    }

    public static Decision Decide(DecideCase c, RuleSet rules) =>
        rules.Evaluate(c.DecideFacts).Find<Decision>() ?? throw new InvalidOperationException($"{c.Name}: no NRules decide rule fired");
}

/// <summary>The rows of the decision table (row 6 is one row with two rules).</summary>
public enum Row
{
    RedFlagEmergency,
    RedFlagUrgent,
    PainPersists,
    NoImprovementOnReview,
    KeepsWorsening,
    SetDone,
    SymptomsIntensify,
    SymptomsUnknown,
    SeverePain,
    Progress,
    FullRange,
    StartSet,
    BetweenSessions,
}

/// <summary>
/// The limit: PROTOCOL.md's decision table (rows 1–13, as docs/protocol-decisions.md reads them) in plain C#, over
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
            return Build(Row.RedFlagEmergency, c);
        }

        if (flags.AnyUrgent)
        {
            return Build(Row.RedFlagUrgent, c);
        }

        var since = c.Episode.SinceFirstSession;
        var notImproved = c.Improvement is { IsImproved: false };
        if (notImproved && since >= TimeSpan.FromDays(o.PersistDays) && c.Regularity.IsRegular)
        {
            return Build(Row.PainPersists, c);
        }

        if (notImproved && since >= TimeSpan.FromDays(o.ReviewDays))
        {
            return Build(Row.NoImprovementOnReview, c);
        }

        if (c.OpenSet is not { } set)
        {
            return Build(Row.BetweenSessions, c);
        }

        if (set.Measures.KeepsWorsening(o))
        {
            return Build(Row.KeepsWorsening, c);
        }

        var reps = set.RepsDone;
        if (reps >= o.MaxReps || (reps >= o.MinReps && c.LastRep is { } done && done.Response != SymptomChange.Better))
        {
            return Build(Row.SetDone, c);
        }

        if (c.LastRep is { } last)
        {
            return last.Response == SymptomChange.Worse ? Build(Row.SymptomsIntensify, c)
                : last.Pain >= o.SeverePain ? Build(Row.SeverePain, c)
                : last.Range >= 1.0 ? Build(Row.FullRange, c)
                : Build(Row.Progress, c);
        }

        if (reps > 0 && c.LastRepUnknown)
        {
            return Build(Row.SymptomsUnknown, c);
        }

        return reps == 0 ? Build(Row.StartSet, c) : throw new InvalidOperationException($"{c.Name}: no row of the table applies");
    }

    /// <summary>The decision of a row, as the protocol's rule builds it.</summary>
    public static Decision Build(Row row, DecideCase c)
    {
        var o = c.Options;
        switch (row)
        {
            case Row.RedFlagEmergency:
                return new Decision(AdviceStep.SeekUrgentCare) { Urgency = Urgency.Emergency, RedFlags = [.. c.RedFlags.Flags.Where(RedFlags.IsEmergency).Distinct()] };
            case Row.RedFlagUrgent:
                return new Decision(AdviceStep.SeekUrgentCare) { Urgency = Urgency.Urgent, RedFlags = [.. c.RedFlags.Flags.Where(f => !RedFlags.IsEmergency(f)).Distinct()] };
            case Row.PainPersists:
            case Row.NoImprovementOnReview:
                return new Decision(AdviceStep.ContactTherapist) { Urgency = Urgency.Routine };
            case Row.KeepsWorsening:
                return EndOfSet(AdviceStep.StopSet, c.OpenSet!, c);
            case Row.SetDone:
                return EndOfSet(AdviceStep.FinishSet, c.OpenSet!, c);
            case Row.SymptomsIntensify:
                return InSet(AdviceStep.ReduceRange, c.OpenSet!, TargetRanges.Reduced(c.LastRep!.Range, o), o) with { RestSeconds = o.RestSeconds };
            case Row.SymptomsUnknown:
                return InSet(AdviceStep.HoldRange, c.OpenSet!, TargetRanges.Held(c.OpenSet!.LastRep!.Range), o);
            case Row.SeverePain:
                return InSet(AdviceStep.HoldRange, c.OpenSet!, TargetRanges.Held(c.LastRep!.Range), o);
            case Row.Progress:
                return InSet(AdviceStep.ProgressRange, c.OpenSet!, TargetRanges.Progressed(c.LastRep!.Range, o), o);
            case Row.FullRange:
                return InSet(AdviceStep.HoldRange, c.OpenSet!, 1.0, o);
            case Row.StartSet:
                var exercise = Progressions.Min(c.OpenSet!.Exercise, c.NextExercise.Exercise);
                return new Decision(AdviceStep.StartSet) { Exercise = exercise, TargetRange = TargetRanges.Start(exercise, c.FinishedSets, o), RepsDone = 0, RepsRemaining = o.MaxReps };
            case Row.BetweenSessions:
                var due = c.LatestSession is { } latest ? latest.LastActivity + o.SessionInterval : c.Episode.Now;
                return due > c.Episode.Now
                    ? new Decision(AdviceStep.NextSession) { Exercise = c.NextExercise.Exercise, NextSessionDue = due }
                    : new Decision(AdviceStep.StartSet) { Exercise = c.NextExercise.Exercise, TargetRange = c.NextExercise.StartRange, RepsDone = 0, RepsRemaining = o.MaxReps };
            default:
                throw new ArgumentOutOfRangeException(nameof(row), row, "not a row of the table");
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

    private static readonly Dictionary<string, Row> Rows = new()
    {
        [RuleNames.RedFlagEmergency] = Row.RedFlagEmergency,
        [RuleNames.RedFlagUrgent] = Row.RedFlagUrgent,
        [RuleNames.PainPersists] = Row.PainPersists,
        [RuleNames.NoImprovementOnReview] = Row.NoImprovementOnReview,
        [RuleNames.KeepsWorsening] = Row.KeepsWorsening,
        [RuleNames.SetDone] = Row.SetDone,
        [RuleNames.SetDoneMaxReps] = Row.SetDone,
        [RuleNames.SymptomsIntensify] = Row.SymptomsIntensify,
        [RuleNames.SymptomsUnknown] = Row.SymptomsUnknown,
        [RuleNames.SeverePain] = Row.SeverePain,
        [RuleNames.Progress] = Row.Progress,
        [RuleNames.FullRange] = Row.FullRange,
        [RuleNames.StartSet] = Row.StartSet,
        [RuleNames.BetweenSessions] = Row.BetweenSessions,
    };

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
        (RuleNames.SeverePain, "f.OpenSet != null && f.LastRep != null && f.LastRep.Response != SymptomChange.Worse && f.LastRep.Pain != null && f.LastRep.Pain.Value >= f.Options.SeverePain"),
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
                return PlainDecider.Build(Rows[result.Rule.RuleName], c);
            }
        }

        throw new InvalidOperationException($"{c.Name}: no RulesEngine rule succeeded");
    }
}

/// <summary>A further decide implementation the agreement check holds to the others (the prototypes of <c>--experiments</c> join this way).</summary>
public sealed record Decider(string Name, Func<DecideCase, Decision> Decide);

/// <summary>
/// Checks, before anything is timed, that every decide implementation (NRules, the plain C# limit, RulesEngine, and
/// any others given) decides every input alike, and that NRules agrees with the oracle (from the history itself).
/// </summary>
public static class Agreement
{
    public static void Check(IReadOnlyList<DecideCase> cases, NRulesDecider nrules, RulesEngineDecider rulesEngine, IEnumerable<Decider>? others = null)
    {
        var problems = new List<string>();
        var more = others?.ToArray() ?? [];
        foreach (var c in cases)
        {
            var ours = NRulesDecider.Decide(c, nrules.RuleSetFor(c.Options));
            var plain = PlainDecider.Decide(c);
            var theirs = rulesEngine.Decide(c, RulesEngineDecider.ParametersOf(c));
            if (!ours.Equals(plain) || !ours.Equals(theirs))
            {
                problems.Add($"{c.Name}: NRules {ours}; plain {plain}; RulesEngine {theirs}");
            }

            foreach (var other in more)
            {
                var decision = other.Decide(c);
                if (!ours.Equals(decision))
                {
                    problems.Add($"{c.Name}: NRules {ours}; {other.Name} {decision}");
                }
            }

            var oracle = ProtocolOracle.Advise(c.History, c.Now, c.Options);
            var target = (oracle.TargetRange, ours.TargetRange) switch
            {
                (null, null) => true,
                ({ } a, { } b) => Math.Abs(a - b) <= 5e-7 + 1e-12,
                _ => false,
            };
            if (oracle.Step != ours.Step || oracle.Urgency != ours.Urgency || oracle.Exercise != ours.Exercise || !target)
            {
                problems.Add($"{c.Name}: NRules {ours}; oracle (row {oracle.Row}) {oracle}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The decide implementations disagree on {problems.Count} input(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }
}

/// <summary>The whole protocol on NRules (derive, decide, compose) on a case's measured facts, as the advisor evaluates it.</summary>
public static class WholeNRules
{
    public static (Decision Decision, IReadOnlyList<string> Codes) Evaluate(DecideCase c)
    {
        var messages = new ComposedMessages();
        var evaluation = PressUpProtocol.Compile(c.Options).Evaluate(c.Measurement.ToFacts(), false, PressUpProtocol.Dependencies(messages));
        return (evaluation.Find<Decision>() ?? throw new InvalidOperationException($"{c.Name}: no decide rule fired"), messages.Codes);
    }
}
