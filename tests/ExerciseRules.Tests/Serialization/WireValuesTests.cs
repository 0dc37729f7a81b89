using ExerciseRules.Serialization;

namespace ExerciseRules.Tests.Serialization;

/// <summary>The wire format's one reader of times and of durations (<see cref="WireNames.TryParseTime"/>, <see cref="WireNames.TryParseDuration"/>).</summary>
public sealed class WireValuesTests
{
    private const string TimeForm = "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z";
    private const string DurationForm = "must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days)";

    public static TheoryData<string, DateTimeOffset> Times() => new()
    {
        { "2026-11-24T09:55:00Z", new DateTimeOffset(2026, 11, 24, 9, 55, 0, TimeSpan.Zero) },
        { "2026-11-24T10:55:00+01:00", new DateTimeOffset(2026, 11, 24, 10, 55, 0, TimeSpan.FromHours(1)) },
        { "2026-11-24T04:25:00-05:30", new DateTimeOffset(2026, 11, 24, 4, 25, 0, TimeSpan.FromMinutes(-330)) },
        { "2026-11-24T09:55Z", new DateTimeOffset(2026, 11, 24, 9, 55, 0, TimeSpan.Zero) },
        { "2026-11-24T09:55:00.1234567Z", new DateTimeOffset(2026, 11, 24, 9, 55, 0, TimeSpan.Zero).AddTicks(1_234_567) },
        { "2026-11-24T09:55:00.5Z", new DateTimeOffset(2026, 11, 24, 9, 55, 0, 500, TimeSpan.Zero) },
        { "2028-02-29T00:00:00+14:00", new DateTimeOffset(2028, 2, 29, 0, 0, 0, TimeSpan.FromHours(14)) },
        { "0001-01-01T00:00:00Z", DateTimeOffset.MinValue },
        { "9999-12-31T23:59:59.9999999Z", DateTimeOffset.MaxValue },
        { "0001-01-01T00:00:00-01:00", new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(-1)) },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void TryParseTime_IsoWithOffset_IsRead(string text, DateTimeOffset expected)
    {
        WireNames.TryParseTime(text, out var value, out var problem).Should().BeTrue(problem);

        value.Should().Be(expected);
        value.Offset.Should().Be(expected.Offset);
    }

    [Theory]
    [InlineData("2026-11-24T09:55:00Z\n", "; it has white space or a line break before or after it")]
    [InlineData(" 2026-11-24T09:55:00Z", "; it has white space or a line break before or after it")]
    [InlineData("2026-11-24T09:55:00", "; it has no offset: add Z for UTC, or an offset such as +01:00")]
    [InlineData("2026-11-24T09:55:00+14:01", "; the offset +14:01 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("2026-11-24T09:55:00-15:00", "; the offset -15:00 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("2026-11-24T09:55:00+01:60", "; the offset +01:60 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("2026-02-30T09:55:00Z", "; 2026-02-30 is not a date in the calendar")]
    [InlineData("2027-02-29T09:55:00Z", "; 2027-02-29 is not a date in the calendar")]
    [InlineData("2026-13-01T09:55:00Z", "; 2026-13-01 is not a date in the calendar")]
    [InlineData("0000-01-01T00:00:00Z", "; 0000-01-01 is not a date in the calendar")]
    [InlineData("2026-11-24T24:00:00Z", "; 24:00:00 is not a time of day (hours run from 00 to 23, minutes and seconds from 00 to 59)")]
    [InlineData("2026-11-24T09:55:60Z", "; 09:55:60 is not a time of day (hours run from 00 to 23, minutes and seconds from 00 to 59)")]
    [InlineData("0001-01-01T00:00:00+01:00", "; in UTC it falls before 0001-01-01T00:00:00Z, the earliest time there is")]
    [InlineData("9999-12-31T23:59:59-00:01", "; in UTC it falls after 9999-12-31T23:59:59.9999999Z, the latest time there is")]
    [InlineData("2026-11-24 09:55:00Z", "; write a T between the date and the time, not a space")]
    [InlineData("03/04/2026", "")]
    [InlineData("10:00", "")]
    [InlineData("2026-11-24", "")]
    [InlineData("2026-11-24t09:55:00z", "")]
    [InlineData("2026-11-24T09:55:00.12345678Z", "")]
    [InlineData("\u0662\u0660\u0662\u0666-11-24T09:55:00Z", "")]
    [InlineData("", "")]
    public void TryParseTime_AnythingElse_IsRefusedSayingWhy(string text, string why)
    {
        WireNames.TryParseTime(text, out _, out var problem).Should().BeFalse();

        problem.Should().Be(TimeForm + why);
    }

    [Fact]
    public void TryParseTime_Null_IsRefused()
    {
        WireNames.TryParseTime(null, out _, out var problem).Should().BeFalse();

        problem.Should().Be(TimeForm);
    }

    public static TheoryData<string, TimeSpan> Durations() => new()
    {
        { "02:00:00", TimeSpan.FromHours(2) },
        { "00:30:00", TimeSpan.FromMinutes(30) },
        { "48:00:00", TimeSpan.FromDays(2) },
        { "168:00:00", TimeSpan.FromDays(7) },
        { "-00:30:00", TimeSpan.FromMinutes(-30) },
        { "00:00:01.5", TimeSpan.FromMilliseconds(1500) },
        { "00:00:00.0000001", TimeSpan.FromTicks(1) },
        { "256204778:48:05.4775807", TimeSpan.MaxValue },
        { "-256204778:48:05.4775808", TimeSpan.MinValue },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void TryParseDuration_HoursMinutesSeconds_IsRead(string text, TimeSpan expected)
    {
        WireNames.TryParseDuration(text, out var value, out var problem).Should().BeTrue(problem);

        value.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Durations))]
    public void Duration_WritesWhatTryParseDurationReadsBack(string text, TimeSpan value)
    {
        WireNames.Duration(value).Should().Be(text);
    }

    [Theory]
    [InlineData("2", "; a bare number has no unit")]
    [InlineData("120", "; a bare number has no unit")]
    [InlineData("1.5", "; a bare number has no unit")]
    [InlineData("1.02:00:00", "; days are written as hours: 1.02:00:00 is 26:00:00")]
    [InlineData("7.00:00:00", "; days are written as hours: 7.00:00:00 is 168:00:00")]
    [InlineData("1:30:00", "; write the hours with two digits, e.g. 01:30:00")]
    [InlineData("01:60:00", "; minutes and seconds run from 00 to 59")]
    [InlineData("01:00:60", "; minutes and seconds run from 00 to 59")]
    [InlineData("02:00:00\n", "; it has white space or a line break before or after it")]
    [InlineData(" 02:00:00", "; it has white space or a line break before or after it")]
    [InlineData("256204778:48:05.4775808", "; it is longer than any duration can be (about 29,000 years)")]
    [InlineData("99999999999999999999:00:00", "; it is longer than any duration can be (about 29,000 years)")]
    [InlineData("01:30", "")]
    [InlineData("+01:30:00", "")]
    [InlineData("PT2H", "")]
    [InlineData("two hours", "")]
    [InlineData("\u0660\u0662:00:00", "")]
    [InlineData("", "")]
    public void TryParseDuration_AnythingElse_IsRefusedSayingWhy(string text, string why)
    {
        WireNames.TryParseDuration(text, out _, out var problem).Should().BeFalse();

        problem.Should().Be(DurationForm + why);
    }
}
