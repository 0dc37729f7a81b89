using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol;

/// <summary>Date arithmetic at the ends of the calendar: due times saturate at its last moment instead of failing.</summary>
public sealed class ProtocolTimeTests
{
    private static readonly TimeSpan Five = TimeSpan.FromHours(5);

    [Fact]
    public void Add_WellInsideTheCalendar_KeepsTheOffset()
    {
        var time = new DateTimeOffset(2026, 11, 24, 10, 0, 0, Five);

        ProtocolTime.Add(time, TimeSpan.FromHours(1)).Should().Be(time.AddHours(1)).And.HaveOffset(Five);
    }

    [Fact]
    public void Add_LocalTimeReachingExactlyTheLastTick_KeepsTheOffset()
    {
        var time = new DateTimeOffset(9999, 12, 31, 0, 0, 0, Five);
        var duration = TimeSpan.FromTicks(DateTimeOffset.MaxValue.Ticks - time.Ticks);

        var due = ProtocolTime.Add(time, duration);

        due.Offset.Should().Be(Five);
        due.UtcTicks.Should().Be(time.UtcTicks + duration.Ticks);
    }

    [Fact]
    public void Add_LocalTimePastTheCalendarButNotTheInstant_IsTheInstantInUtc()
    {
        var time = new DateTimeOffset(9999, 12, 31, 0, 0, 0, Five);
        var duration = TimeSpan.FromTicks(DateTimeOffset.MaxValue.Ticks - time.Ticks + 1);

        var due = ProtocolTime.Add(time, duration);

        due.Offset.Should().Be(TimeSpan.Zero);
        due.UtcTicks.Should().Be(time.UtcTicks + duration.Ticks);
    }

    [Fact]
    public void Add_InstantPastTheCalendar_IsTheCalendarsLastMoment()
    {
        var time = new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero);

        ProtocolTime.Add(time, TimeSpan.FromHours(2)).Should().Be(DateTimeOffset.MaxValue);
        ProtocolTime.Add(time, TimeSpan.FromTicks(DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks)).Should().Be(DateTimeOffset.MaxValue);
    }
}
