using System.Collections.Immutable;
using ExerciseRules.Protocol;
using ExerciseRules.Model;

namespace ExerciseRules.Legacy;

/// <summary>
/// The decide stage: rows 1–13 of PROTOCOL.md's decision table, highest priority first. Each rule requires that
/// no <see cref="Decision"/> exists yet, so the first to match decides. Every rule has a priority of its own
/// (<c>(14 − row) × 10</c>; row 6's <c>maxReps</c> half just above its <c>minReps</c> half), so the order never
/// depends on anything but the table.
/// </summary>
internal static class DecideRules
{
    public static IEnumerable<Rule> All(ProtocolOptions o)
    {
        yield return RedFlagEmergency();
        yield return RedFlagUrgent();
        yield return PainPersists(o);
        yield return NoImprovementOnReview(o);
        yield return KeepsWorsening(o);
        yield return SetDoneMaxReps(o);
        yield return SetDone(o);
        yield return SymptomsIntensify(o);
        yield return SymptomsUnknown(o);
        yield return SeverePain(o);
        yield return Progress(o);
        yield return FullRange(o);
        yield return StartSet(o);
        yield return BetweenSessions(o);
    }

    private static RuleBuilder Decide(string name, int row, string description, string source, int bonus = 0) =>
        Rule.Define(name)
            .Describe($"Rule {row}: {description}")
            .From(source)
            .InStage(RuleStage.Decide)
            .WithPriority(((14 - row) * 10) + bonus);

    private static Rule RedFlagEmergency() =>
        Decide(RuleNames.RedFlagEmergency, 1, "saddle numbness, a bladder or bowel change or progressive leg weakness means seeking emergency care now.", Sources.PracticeCaudaEquina)
            .Not<Decision>()
            .When<ReportedRedFlags>(f => f.AnyEmergency)
            .Then((ctx, flags) => ctx.Insert(new Decision(AdviceStep.SeekUrgentCare)
            {
                Urgency = Urgency.Emergency,
                RedFlags = [.. flags.Flags.Where(RedFlags.IsEmergency).Distinct()],
            }));

    private static Rule RedFlagUrgent() =>
        Decide(RuleNames.RedFlagUrgent, 2, "fever, unexplained weight loss, significant trauma, constant night pain or a history of cancer means seeing a doctor urgently.", Sources.PracticeRedFlags)
            .Not<Decision>()
            .When<ReportedRedFlags>(f => f.AnyUrgent)
            .Then((ctx, flags) => ctx.Insert(new Decision(AdviceStep.SeekUrgentCare)
            {
                Urgency = Urgency.Urgent,
                RedFlags = [.. flags.Flags.Where(f => !RedFlags.IsEmergency(f)).Distinct()],
            }));

    private static Rule PainPersists(ProtocolOptions o) =>
        Decide(RuleNames.PainPersists, 3, "PersistDays or more since the first session, exercising regularly, and not improved: contact the therapist.", Sources.PainPersists)
            .Not<Decision>()
            .When<Episode>(e => e.SinceFirstSession >= TimeSpan.FromDays(o.PersistDays))
            .And<Regularity>(r => r.IsRegular)
            .And<Improvement>(i => !i.IsImproved)
            .Then((ctx, _, _, _) => ctx.Insert(new Decision(AdviceStep.ContactTherapist) { Urgency = Urgency.Routine }));

    private static Rule NoImprovementOnReview(ProtocolOptions o) =>
        Decide(RuleNames.NoImprovementOnReview, 4, "ReviewDays or more since the first session and not improved, regular or not: contact the therapist.", Sources.PracticeReview)
            .Not<Decision>()
            .When<Episode>(e => e.SinceFirstSession >= TimeSpan.FromDays(o.ReviewDays))
            .And<Improvement>(i => !i.IsImproved)
            .Then((ctx, _, _) => ctx.Insert(new Decision(AdviceStep.ContactTherapist) { Urgency = Urgency.Routine }));

    private static Rule KeepsWorsening(ProtocolOptions o) =>
        Decide(RuleNames.KeepsWorsening, 5, "ConsecutiveWorseLimit worse reps in a row, or two in a row that spread down the leg: stop the set; the next session steps back one exercise.", Sources.PracticeStop)
            .Not<Decision>()
            .When<OpenSet>(s => s.Measures.KeepsWorsening(o))
            .Then((ctx, set) => ctx.Insert(EndOfSet(AdviceStep.StopSet, set, ctx, o)));

    private static Rule SetDoneMaxReps(ProtocolOptions o) =>
        Decide(RuleNames.SetDoneMaxReps, 6, "MaxReps reps done: finish the set, relax on the stomach, then rise.", Sources.SetDone, bonus: 5)
            .Not<Decision>()
            .When<OpenSet>(s => s.RepsDone >= o.MaxReps)
            .Then((ctx, set) => ctx.Insert(EndOfSet(AdviceStep.FinishSet, set, ctx, o)));

    private static Rule SetDone(ProtocolOptions o) =>
        Decide(RuleNames.SetDone, 6, "MinReps reps done and the last rep was not better: finish the set, relax on the stomach, then rise.", Sources.SetDone)
            .Not<Decision>()
            .When<OpenSet>(s => s.RepsDone >= o.MinReps)
            .And<LastRep>(r => r.Response != SymptomChange.Better)
            .Then((ctx, set, _) => ctx.Insert(EndOfSet(AdviceStep.FinishSet, set, ctx, o)));

    private static Rule SymptomsIntensify(ProtocolOptions o) =>
        Decide(RuleNames.SymptomsIntensify, 7, "the last rep was worse: lower down slowly, rest RestSeconds, and press up again not so far (the last range less RangeStep, at least MinRange).", Sources.Intensifying)
            .Not<Decision>()
            .When<OpenSet>()
            .And<LastRep>(r => r.Response == SymptomChange.Worse)
            .Then((ctx, set, rep) => ctx.Insert(InSet(AdviceStep.ReduceRange, set, TargetRanges.Reduced(rep.Range, o), o) with { RestSeconds = o.RestSeconds }));

    private static Rule SymptomsUnknown(ProtocolOptions o) =>
        Decide(RuleNames.SymptomsUnknown, 8, "the last rep's symptoms are unknown: hold the last range and report symptoms.", Sources.PracticeNeverBlind)
            .Not<Decision>()
            .When<OpenSet>(s => s.RepsDone > 0)
            .Unknown<LastRep>()
            .Then((ctx, set) => ctx.Insert(InSet(AdviceStep.HoldRange, set, TargetRanges.Held(set.LastRep!.Range), o)));

    private static Rule SeverePain(ProtocolOptions o) =>
        Decide(RuleNames.SeverePain, 9, "the last rep was the same or better, but its pain is SeverePain or more: hold the last range, never further.", Sources.PracticeSeverePain)
            .Not<Decision>()
            .When<OpenSet>()
            .And<LastRep>(r => r.Response != SymptomChange.Worse && r.IsSeverePain(o.SeverePain))
            .Then((ctx, set, rep) => ctx.Insert(InSet(AdviceStep.HoldRange, set, TargetRanges.Held(rep.Range), o)));

    private static Rule Progress(ProtocolOptions o) =>
        Decide(RuleNames.Progress, 10, "the last rep was the same or better and short of full range: go a little further (the last range plus RangeStep, at most 1).", Sources.GoFurther)
            .Not<Decision>()
            .When<OpenSet>()
            .And<LastRep>(r => r.Response != SymptomChange.Worse && !(r.Range >= 1.0))
            .Then((ctx, set, rep) => ctx.Insert(InSet(AdviceStep.ProgressRange, set, TargetRanges.Progressed(rep.Range, o), o)));

    private static Rule FullRange(ProtocolOptions o) =>
        Decide(RuleNames.FullRange, 11, "the last rep was the same or better at full range: hold full range.", Sources.PracticeFullRange)
            .Not<Decision>()
            .When<OpenSet>()
            .And<LastRep>(r => r.Response != SymptomChange.Worse && r.Range >= 1.0)
            .Then((ctx, set, _) => ctx.Insert(InSet(AdviceStep.HoldRange, set, 1.0, o)));

    private static Rule StartSet(ProtocolOptions o) =>
        Decide(RuleNames.StartSet, 12, "a session is open with no reps: start the set slowly, at StartRange or just short of the range tolerated last time; never a more advanced exercise than progression allows.", Sources.SlowlyPressUp)
            .Not<Decision>()
            .When<OpenSet>(s => s.RepsDone == 0)
            .And<NextExercise>()
            .And<FinishedSets>()
            .Then((ctx, set, next, finished) =>
            {
                var exercise = Progressions.Min(set.Exercise, next.Exercise);
                ctx.Insert(NewSet(exercise, TargetRanges.Start(exercise, finished, o), o));
            });

    private static Rule BetweenSessions(ProtocolOptions o) =>
        Decide(RuleNames.BetweenSessions, 13, "no session is open: rest until SessionInterval after the last session's end, then start a set of the exercise progression chooses.", Sources.EveryHourOrTwo)
            .Not<Decision>()
            .Not<OpenSet>()
            .When<Episode>()
            .And<NextExercise>()
            .Then((ctx, episode, next) =>
            {
                var due = ctx.TryGet<LatestSession>(out var latest) ? ProtocolTime.Add(latest.LastActivity, o.SessionInterval) : episode.Now;
                ctx.Insert(due > episode.Now
                    ? new Decision(AdviceStep.NextSession) { Exercise = next.Exercise, NextSessionDue = due }
                    : NewSet(next.Exercise, next.StartRange, o));
            });

    private static Decision InSet(AdviceStep step, OpenSet set, double? target, ProtocolOptions o) =>
        new(step)
        {
            Exercise = set.Exercise,
            TargetRange = target,
            RepsDone = set.RepsDone,
            RepsRemaining = Math.Max(0, o.MaxReps - set.RepsDone),
        };

    private static Decision NewSet(Exercise exercise, double? target, ProtocolOptions o) =>
        new(AdviceStep.StartSet) { Exercise = exercise, TargetRange = target, RepsDone = 0, RepsRemaining = o.MaxReps };

    private static Decision EndOfSet(AdviceStep step, OpenSet set, IRuleContext ctx, ProtocolOptions o) =>
        new(step)
        {
            Exercise = set.Exercise,
            RepsDone = set.RepsDone,
            RepsRemaining = 0,
            NextSessionDue = ProtocolTime.Add(ctx.Get<Episode>().Now, o.SessionInterval),
        };
}
