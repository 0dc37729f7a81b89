using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>The decisions the decide rules insert, built the same way for every rule of a kind.</summary>
internal static class Decisions
{
    /// <summary>Rules 1–2: seek urgent care, for the red flags of that urgency.</summary>
    public static Decision UrgentCare(ReportedRedFlags flags, Urgency urgency) => new(AdviceStep.SeekUrgentCare)
    {
        Urgency = urgency,
        RedFlags = [.. flags.Flags.Where(f => RedFlags.IsEmergency(f) == (urgency == Urgency.Emergency)).Distinct()],
    };

    /// <summary>Rules 3–4: contact the therapist.</summary>
    public static Decision ContactTherapist() => new(AdviceStep.ContactTherapist) { Urgency = Urgency.Routine };

    /// <summary>Rules 7–11: the next rep of the set under way.</summary>
    public static Decision InSet(AdviceStep step, OpenSet set, double? target, ProtocolOptions o) => new(step)
    {
        Exercise = set.Exercise,
        TargetRange = target,
        RepsDone = set.RepsDone,
        RepsRemaining = Math.Max(0, o.MaxReps - set.RepsDone),
    };

    /// <summary>Rule 7: go less far and rest.</summary>
    public static Decision Reduced(OpenSet set, LastRep rep, ProtocolOptions o) =>
        InSet(AdviceStep.ReduceRange, set, TargetRanges.Reduced(rep.Range, o), o) with { RestSeconds = o.RestSeconds };

    /// <summary>Rules 12–13: a new set.</summary>
    public static Decision NewSet(Exercise exercise, double? target, ProtocolOptions o) =>
        new(AdviceStep.StartSet) { Exercise = exercise, TargetRange = target, RepsDone = 0, RepsRemaining = o.MaxReps };

    /// <summary>Rule 12: start the open session's set, as the less advanced of its exercise and what progression allows.</summary>
    public static Decision StartOpenSet(OpenSet set, NextExercise next, FinishedSets finished, ProtocolOptions o)
    {
        var exercise = Progressions.Min(set.Exercise, next.Exercise);
        return NewSet(exercise, TargetRanges.Start(exercise, finished, o), o);
    }

    /// <summary>Rules 5–6: the set ends now; the next session is due <c>SessionInterval</c> later.</summary>
    public static Decision EndOfSet(AdviceStep step, OpenSet set, Episode episode, ProtocolOptions o) => new(step)
    {
        Exercise = set.Exercise,
        RepsDone = set.RepsDone,
        RepsRemaining = 0,
        NextSessionDue = ProtocolTime.Add(episode.Now, o.SessionInterval),
    };

    /// <summary>Rule 13: no session open: rest until the next is due, or start it when it is.</summary>
    public static Decision BetweenSessions(Episode episode, NextExercise next, IEnumerable<LatestSession> latest, ProtocolOptions o)
    {
        var due = latest.FirstOrDefault() is { } session ? ProtocolTime.Add(session.LastActivity, o.SessionInterval) : episode.Now;
        return due > episode.Now
            ? new Decision(AdviceStep.NextSession) { Exercise = next.Exercise, NextSessionDue = due }
            : NewSet(next.Exercise, next.StartRange, o);
    }

    /// <summary>Rule 14: the exercise of the next new set and its start target.</summary>
    public static NextExercise Next(FinishedSets finished, ProtocolOptions o)
    {
        var exercise = Progressions.Next(finished, o);
        return new NextExercise(exercise, TargetRanges.Start(exercise, finished, o));
    }
}
