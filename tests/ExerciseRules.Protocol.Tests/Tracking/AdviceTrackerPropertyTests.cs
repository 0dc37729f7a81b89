using CsCheck;
using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Properties;
using ExerciseRules.Protocol.Tests.Support;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Protocol.Tests.Tracking;

/// <summary>
/// The tracker, fed a history event by event, gives after every event exactly what the stateless advisor gives for
/// the history so far; refuses a bad event with exactly the advisor's errors for the history with that event, and
/// stays as it was; and saves and restores with nothing lost.
/// </summary>
public sealed class AdviceTrackerPropertyTests
{
    private static readonly Gen<(ProtocolCase Case, double Spread, bool EventTimes)> Streams =
        Gen.Select(ProtocolGen.Case, Gen.Double[0, 1], Gen.Bool);

    [Fact]
    public void Tracker_GeneratedEventStreams_AdvisesAfterEveryEventAsTheAdvisorDoesOnTheHistorySoFar() =>
        Streams.Check(
            s =>
            {
                var (c, spread, eventTimes) = s;
                var advisor = Advisors.For(c.Options);
                var tracker = new AdviceTracker(advisor);
                var history = new History();
                var latest = DateTimeOffset.MinValue;
                foreach (var e in TrackerEvents.Of(c.History, spread)!)
                {
                    history = e.ApplyTo(history);
                    latest = e.Time is { } t && t > latest ? t : latest;

                    // The moment: the time of the event (the app asks right away), or the case's moment.
                    var now = eventTimes && latest != DateTimeOffset.MinValue ? latest : c.Now;
                    Same(e.FeedTo(tracker, now), advisor.Advise(history, now), e);
                }

                tracker.ToHistory().Should().Be(c.History);
                Same(tracker.Advise(c.Now), advisor.Advise(c.History, c.Now), "the end");
                Same(tracker.Explain(c.Now), advisor.Explain(c.History, c.Now), "explain");
                tracker.Explain(c.Now).Trace!.Firings.Select(f => f.Rule.Name)
                    .Should().Equal(advisor.Explain(c.History, c.Now).Trace!.Firings.Select(f => f.Rule.Name));

                // Saved and restored: the same history and the same advice.
                var restored = AdviceTracker.FromJson(advisor, tracker.ToJson()).GetValueOrThrow();
                restored.ToHistory().Should().Be(tracker.ToHistory());
                Same(restored.Advise(c.Now), tracker.Advise(c.Now), "restored");

                // A clock that went back: the history so far is not valid then, and both say why.
                if (c.History.Sessions.Length > 0)
                {
                    var earlier = Protocol.EpisodeMeasurement.LastActivityOf(c.History.Sessions[^1]).AddTicks(-1);
                    Same(tracker.Advise(earlier), advisor.Advise(c.History, earlier), "a moment before the last activity");
                    var before = tracker.ToHistory();
                    Same(tracker.SetBaseline(new SymptomReport(3), earlier), advisor.Advise(c.History with { Baseline = new SymptomReport(3) }, earlier), "an event before the last activity");
                    tracker.ToHistory().Should().Be(before);
                }
            },
            PropertyRuns.Tracker);

    [Fact]
    public void Tracker_BrokenEvent_GivesTheAdvisorsErrorsForTheHistoryWithItAndStaysAsItWas() =>
        Gen.Select(BrokenHistoryGen.Case, Gen.Double[0, 1]).Check(
            s =>
            {
                var (b, spread) = s;
                var events = TrackerEvents.Of(b.Broken, spread);
                if (events is null)
                {
                    return; // a null session or rep is not an event (the tracker's methods reject null arguments)
                }

                var refused = Feed(Advisors.For(b.Case.Options), events, b.Case.Now);
                refused.Should().BeTrue($"the broken field ({b.What} at {b.Path}) must be refused");
            },
            PropertyRuns.Tracker);

    [Fact]
    public void Tracker_OverTheInputLimits_GivesTheAdvisorsErrorsAndStaysAsItWas()
    {
        var advisor = new Advisor(limits: InputLimits.Default with { MaxSessions = 3, MaxRepsPerSession = 5, MaxRedFlags = 1 });
        Gen.Select(ProtocolGen.Case.Where(c => c.Options == ProtocolOptions.Default), Gen.Double[0, 1]).Check(
            s => Feed(advisor, TrackerEvents.Of(s.Item1.History, s.Item2)!, s.Item1.Now),
            PropertyRuns.Tracker);
    }

    /// <summary>Feeds events at one moment until one is refused; checks each against the advisor. Returns whether one was refused.</summary>
    private static bool Feed(Advisor advisor, List<TrackerEvent> events, DateTimeOffset now)
    {
        var tracker = new AdviceTracker(advisor);
        var history = new History();
        foreach (var e in events)
        {
            var next = e.ApplyTo(history);
            var expected = advisor.Advise(next, now);
            var before = tracker.Advise(now);
            var actual = e.FeedTo(tracker, now);
            Same(actual, expected, e);
            if (!expected.IsValid)
            {
                tracker.ToHistory().Should().Be(history, "a refused event leaves the tracker as it was");
                Same(tracker.Advise(now), before, "after the refused event");
                return true;
            }

            history = next;
        }

        return false;
    }

    private static void Same(AdviceResult actual, AdviceResult expected, object what)
    {
        if (actual.IsValid != expected.IsValid
            || !Equals(actual.Advice, expected.Advice)
            || !actual.Errors.SequenceEqual(expected.Errors))
        {
            throw new InvalidOperationException(
                $"After {what}:{Environment.NewLine}tracker:  {actual}{Environment.NewLine}advisor:  {expected}");
        }
    }
}
