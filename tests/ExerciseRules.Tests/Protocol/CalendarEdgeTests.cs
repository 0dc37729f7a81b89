using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol;

/// <summary>
/// Histories at the ends of the calendar: every date the protocol computes stays within
/// <see cref="DateTimeOffset"/>'s range; a due time past the end is the end (docs/protocol-decisions.md).
/// </summary>
public sealed class CalendarEdgeTests
{
    private static readonly DateTimeOffset End = DateTimeOffset.MaxValue;

    [Fact]
    public void Advise_SessionFinishedAtTheEndOfTheCalendar_IsDueAtTheEndOfTheCalendar()
    {
        var startedAt = End.AddMinutes(-10);
        var session = new Session(Exercise.ProneLying, startedAt, [.. Same(3, 0.5, 4, Back)], completed: true, before: Symptoms(4, Back), after: Symptoms(4, Back));

        var advice = Advise(History(session), now: End.AddMinutes(-5));

        advice.Step.Should().Be(AdviceStep.NextSession);
        advice.DecidedBy().Should().Be(RuleNames.BetweenSessions);
        advice.NextSessionDue.Should().Be(DateTimeOffset.MaxValue);
    }

    [Fact]
    public void Advise_SetDoneAtTheEndOfTheCalendar_IsDueAtTheEndOfTheCalendar()
    {
        var now = End.AddSeconds(-1);
        var session = new Session(Exercise.PressUp, now.AddMinutes(-5), [.. Same(10, 0.5, 4, Back)], completed: false, before: Symptoms(4, Back));

        var advice = Advise(History(session), now: now);

        advice.Step.Should().Be(AdviceStep.FinishSet);
        advice.NextSessionDue.Should().Be(DateTimeOffset.MaxValue);
        advice.Messages[0].Text.Should().Contain("23:59 on 9999-12-31");
    }

    [Fact]
    public void Advise_KeepsWorseningAtTheEndOfTheCalendarInAnotherOffset_IsDueAtTheEndOfTheCalendar()
    {
        // 9999-12-31T20:00-03:00 is 23:00 UTC: the clock time has room for two hours, the UTC time does not.
        var now = new DateTimeOffset(9999, 12, 31, 20, 0, 0, TimeSpan.FromHours(-3));
        var session = new Session(Exercise.PressUp, now.AddMinutes(-5), [Rep(0.3, 5, Back), Rep(0.3, 6, Back), Rep(0.3, 7, Back)], completed: false, before: Symptoms(4, Back));

        var advice = Advise(History(session), now: now);

        advice.Step.Should().Be(AdviceStep.StopSet);
        advice.NextSessionDue.Should().Be(DateTimeOffset.MaxValue);
    }

    [Fact]
    public void Advise_DueTimeOnlyTheLocalClockCannotShow_IsGivenInUtc()
    {
        // 9999-12-31T23:00+05:00 is 18:00 UTC: two hours later is 20:00 UTC, which the +05:00 clock cannot show.
        var startedAt = new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.FromHours(5));
        var session = new Session(Exercise.ProneLying, startedAt, [.. Same(3, 0.5, 4, Back)], completed: true, before: Symptoms(4, Back), after: Symptoms(4, Back));

        var advice = Advise(History(session), now: startedAt.AddMinutes(5));

        advice.NextSessionDue.Should().Be(new DateTimeOffset(9999, 12, 31, 20, 0, 0, TimeSpan.Zero));
        advice.NextSessionDue!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Advise_SessionJustBeforeTheEndWithRoom_IsDueTwoHoursLater()
    {
        var startedAt = End.AddHours(-3);
        var session = new Session(Exercise.ProneLying, startedAt, [.. Same(3, 0.5, 4, Back)], completed: true, before: Symptoms(4, Back), after: Symptoms(4, Back));

        var advice = Advise(History(session), now: startedAt.AddMinutes(5));

        advice.NextSessionDue.Should().Be(startedAt.AddHours(2));
    }

    [Fact]
    public void Advise_HistoryAtTheStartOfTheCalendar_CountsItsWindowsWithoutFailing()
    {
        var start = DateTimeOffset.MinValue;
        var sessions = Enumerable.Range(0, 12)
            .Select(i => new Session(Exercise.ProneLying, start.AddHours(i * 7), [.. Same(10, 0.5, 6, Thigh)], completed: true, before: Symptoms(6, Thigh), after: Symptoms(6, Thigh)))
            .ToArray();
        var options = ProtocolOptions.Default with { PersistDays = 3, ReviewDays = 365 };

        var result = new Advisor(options).Advise(History(sessions), start.AddDays(3.5));

        result.IsValid.Should().BeTrue(string.Join("; ", result.Errors));
    }

    [Fact]
    public void Advise_EmptyHistoryAtEitherEndOfTheCalendar_StartsASet()
    {
        foreach (var now in new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue })
        {
            var advice = Advise(History(), now: now);

            advice.Step.Should().Be(AdviceStep.StartSet);
        }
    }
}
