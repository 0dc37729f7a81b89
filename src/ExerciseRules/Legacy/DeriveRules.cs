using ExerciseRules.Protocol;
using ExerciseRules.Model;

namespace ExerciseRules.Legacy;

/// <summary>The derive stage: the derived facts of PROTOCOL.md, computed before any decision.</summary>
internal static class DeriveRules
{
    public static IEnumerable<Rule> All(ProtocolOptions o)
    {
        yield return OpenSet(o);
        yield return LastRep(o);
        yield return Centralisation();
        yield return Improvement(o);
        yield return Regularity(o);
        yield return Progression(o);
    }

    private static Rule OpenSet(ProtocolOptions o) =>
        Rule.Define(RuleNames.OpenSet)
            .Describe("The latest session is the set under way while it is not completed and was active less than SessionTimeout ago.")
            .From(Sources.PracticeOpenSession)
            .InStage(RuleStage.Derive)
            .WithPriority(100)
            .When<LatestSession>(s => EpisodeMeasurement.IsOpen(s.Session, s.IdleFor, o))
            .Then((ctx, latest) => ctx.Insert(new OpenSet(latest.Session, latest.Measures)));

    private static Rule LastRep(ProtocolOptions o) =>
        Rule.Define(RuleNames.LastRep)
            .Describe("The last rep's response: against the last symptoms reported before it, location decides first, then pain; unknown when nothing comparable was reported.")
            .From(Sources.PracticePeripheralising)
            .InStage(RuleStage.Derive)
            .WithPriority(90)
            .When<OpenSet>(s => s.RepsDone > 0)
            .Then((ctx, set) =>
            {
                var number = set.RepsDone;
                var rep = set.LastRep!;
                var response = set.Measures.LastResponse;
                if (response == SymptomChange.Unknown)
                {
                    ctx.InsertUnknown<LastRep>(rep.Symptoms.IsReported
                        ? $"nothing reported before rep {number} (the session's before and earlier reps) can be compared with it"
                        : $"rep {number} reported neither pain nor location");
                    return;
                }

                ctx.Insert(new LastRep(number, rep, response, set.Measures.LastPeripheralised));
            });

    private static Rule Centralisation() =>
        Rule.Define(RuleNames.Centralisation)
            .Describe("Centralising: the latest reported location is more central than the current session's before, or than the baseline.")
            .From(Sources.Centralisation)
            .InStage(RuleStage.Derive)
            .WithPriority(80)
            .When<Episode>()
            .Then((ctx, episode) =>
            {
                if (episode.LatestLocation is not { } latest)
                {
                    ctx.InsertUnknown<Centralisation>("no session reported where the symptoms reach");
                    return;
                }

                ctx.TryGet<LatestSession>(out var session);
                var before = session?.Session.Before?.Location;
                var baseline = episode.Baseline?.Location;
                if (before is null && baseline is null)
                {
                    ctx.InsertUnknown<Centralisation>("neither the current session's before nor the baseline reports where the symptoms reach");
                    return;
                }

                ctx.Insert(new Centralisation(latest < before || latest < baseline));
            });

    private static Rule Improvement(ProtocolOptions o) =>
        Rule.Define(RuleNames.Improvement)
            .Describe("Improved: the latest pain is ImprovementPoints or ImprovementPercent below the baseline, or the location centralised against the baseline; spreading further down the leg is never improved.")
            .From(Sources.PainPersists)
            .InStage(RuleStage.Derive)
            .WithPriority(70)
            .When<Episode>()
            .Then((ctx, episode) =>
            {
                var baseline = episode.Baseline;
                if (baseline is null || !baseline.IsReported)
                {
                    ctx.InsertUnknown<Improvement>("no baseline symptoms were reported");
                    return;
                }

                if (baseline.Location is { } startLocation && episode.LatestLocation is { } latestLocation && latestLocation != startLocation)
                {
                    // Location outranks intensity: centralised is improved, spread is not, whatever the pain number does.
                    ctx.Insert(new Improvement(latestLocation < startLocation));
                    return;
                }

                if (baseline.Pain is { } startPain && episode.LatestPain is { } latestPain)
                {
                    var improved = latestPain <= startPain - o.ImprovementPoints
                        || latestPain <= startPain * (1 - (o.ImprovementPercent / 100.0));
                    ctx.Insert(new Improvement(improved));
                    return;
                }

                ctx.InsertUnknown<Improvement>("no pain reported in a session can be compared with the baseline pain, and the location has not moved");
            });

    private static Rule Regularity(ProtocolOptions o) =>
        Rule.Define(RuleNames.Regularity)
            .Describe("Regular: at least MinSessionsPerDay sessions in each of the last PersistDays 24-hour windows counted back from now.")
            .From(Sources.Regularly)
            .InStage(RuleStage.Derive)
            .WithPriority(60)
            .When<Episode>()
            .Then((ctx, episode) =>
            {
                var regular = true;
                foreach (var count in episode.SessionsPerDay.AsSpan())
                {
                    regular &= count >= o.MinSessionsPerDay;
                }

                ctx.Insert(new Regularity(regular));
            });

    private static Rule Progression(ProtocolOptions o) =>
        Rule.Define(RuleNames.Progression)
            .Describe("Rule 14: the exercise of a new set advances after a tolerated set, steps back after one stopped for worsening, else stays; never the press-up before lying and on the elbows were tolerated, nor on the elbows before lying.")
            .From(Sources.Progression)
            .InStage(RuleStage.Derive)
            .WithPriority(10)
            .When<FinishedSets>()
            .Then((ctx, finished) =>
            {
                var exercise = Progressions.Next(finished, o);
                ctx.Insert(new NextExercise(exercise, TargetRanges.Start(exercise, finished, o)));
            });
}
