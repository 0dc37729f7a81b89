using ExerciseRules.Model;

namespace ExerciseRules.Protocol.Tests.Tracking;

/// <summary>One event an app feeds an <see cref="AdviceTracker"/>, and what it does to a history.</summary>
internal abstract record TrackerEvent
{
    /// <summary>Gets the latest time the event carries, if any.</summary>
    public abstract DateTimeOffset? Time { get; }

    /// <summary>Feeds the event to a tracker.</summary>
    public abstract AdviceResult FeedTo(AdviceTracker tracker, DateTimeOffset now);

    /// <summary>The history with the event applied (what the stateless advisor sees).</summary>
    public abstract History ApplyTo(History history);
}

internal sealed record BaselineEvent(SymptomReport Baseline) : TrackerEvent
{
    public override DateTimeOffset? Time => null;

    public override AdviceResult FeedTo(AdviceTracker tracker, DateTimeOffset now) => tracker.SetBaseline(Baseline, now);

    public override History ApplyTo(History history) => history with { Baseline = Baseline };
}

internal sealed record RedFlagEvent(RedFlag Flag) : TrackerEvent
{
    public override DateTimeOffset? Time => null;

    public override AdviceResult FeedTo(AdviceTracker tracker, DateTimeOffset now) => tracker.ReportRedFlag(Flag, now);

    public override History ApplyTo(History history) => history with { RedFlags = history.RedFlags.Add(Flag) };
}

internal sealed record StartEvent(Exercise Exercise, DateTimeOffset StartedAt, SymptomReport? Before) : TrackerEvent
{
    public override DateTimeOffset? Time => StartedAt;

    public override AdviceResult FeedTo(AdviceTracker tracker, DateTimeOffset now) => tracker.StartSession(Exercise, StartedAt, Before, now);

    public override History ApplyTo(History history) =>
        history with { Sessions = history.Sessions.Add(new Session(Exercise, StartedAt, before: Before)) };
}

internal sealed record RepEvent(Rep Rep) : TrackerEvent
{
    public override DateTimeOffset? Time => Rep.At;

    public override AdviceResult FeedTo(AdviceTracker tracker, DateTimeOffset now) => tracker.AddRep(Rep, now);

    public override History ApplyTo(History history) =>
        history with { Sessions = history.Sessions.SetItem(history.Sessions.Length - 1, history.Sessions[^1] with { Reps = history.Sessions[^1].Reps.Add(Rep) }) };
}

internal sealed record FinishEvent(SymptomReport? After, bool Completed) : TrackerEvent
{
    public override DateTimeOffset? Time => null;

    public override AdviceResult FeedTo(AdviceTracker tracker, DateTimeOffset now) => tracker.FinishSession(After, Completed, now);

    public override History ApplyTo(History history) =>
        history with { Sessions = history.Sessions.SetItem(history.Sessions.Length - 1, history.Sessions[^1] with { After = After, Completed = Completed }) };
}

/// <summary>Turns a history into the events an app would have fed, in time order; the baseline and red flags go where <c>spread</c> puts them.</summary>
internal static class TrackerEvents
{
    /// <summary>The events of a history, or null when one cannot be told as an event (a null session or rep).</summary>
    public static List<TrackerEvent>? Of(History history, double spread)
    {
        var events = new List<TrackerEvent>();
        foreach (var session in history.Sessions)
        {
            if (session is null)
            {
                return null;
            }

            events.Add(new StartEvent(session.Exercise, session.StartedAt, session.Before));
            foreach (var rep in session.Reps)
            {
                if (rep is null)
                {
                    return null;
                }

                events.Add(new RepEvent(rep));
            }

            if (session.After is not null || session.Completed)
            {
                events.Add(new FinishEvent(session.After, session.Completed));
            }
        }

        // The baseline and the red flags at places spread over the stream, in their order.
        var extras = new List<TrackerEvent>();
        if (history.Baseline is not null)
        {
            extras.Add(new BaselineEvent(history.Baseline));
        }

        extras.AddRange(history.RedFlags.Select(f => new RedFlagEvent(f)));
        var position = 0;
        foreach (var extra in extras)
        {
            position = Math.Min(events.Count, position + (int)(spread * (events.Count - position + 1)));
            events.Insert(position, extra);
            position++;
        }

        return events;
    }
}
