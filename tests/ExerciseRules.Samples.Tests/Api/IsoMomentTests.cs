using AdviceApi;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>The API's reading of <c>?now=</c>: the library's reading of times (the wire format's form, anchored at both ends, messages that say which part is out of range), plus the query string's + hint.</summary>
public sealed class IsoMomentTests
{
    [Theory]
    [InlineData("2026-11-24T09:58:00Z", "2026-11-24T09:58:00.0000000+00:00")]
    [InlineData("2026-11-24T09:58Z", "2026-11-24T09:58:00.0000000+00:00")]
    [InlineData("2026-11-24T10:58:00+01:00", "2026-11-24T10:58:00.0000000+01:00")]
    [InlineData("2026-11-24T04:28:00-05:30", "2026-11-24T04:28:00.0000000-05:30")]
    [InlineData("2026-11-24T09:58:00.5Z", "2026-11-24T09:58:00.5000000+00:00")]
    [InlineData("2026-11-24T09:58:00.1234567Z", "2026-11-24T09:58:00.1234567+00:00")]
    [InlineData("2028-02-29T00:00:00Z", "2028-02-29T00:00:00.0000000+00:00")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.0000000+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999+00:00")]
    [InlineData("0001-01-01T00:00:00-14:00", "0001-01-01T00:00:00.0000000-14:00")]
    [InlineData("2026-11-24T09:58:00+14:00", "2026-11-24T09:58:00.0000000+14:00")]
    public void TryParse_TheWireFormsForm_ReadsTheMoment(string text, string expected)
    {
        IsoMoment.TryParse(text, out var value, out var error).Should().BeTrue(error);

        value.ToString("O", System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
        error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-11-24T09:58:00Z\n")]
    [InlineData("2026-11-24T09:58:00Z\r")]
    [InlineData("\n2026-11-24T09:58:00Z")]
    [InlineData("2026-11-24T09:58:00z")]
    [InlineData("2026-11-24t09:58:00Z")]
    [InlineData("2026-11-24T09:58:00")]
    [InlineData("2026-11-24")]
    [InlineData("2026-11-24T09:58:00.Z")]
    [InlineData("2026-11-24T09:58:00.12345678Z")]
    [InlineData("2026-11-24T09:58:00+0100")]
    [InlineData("2026-11-24T09:58:00+01")]
    [InlineData("2026-11-24T9:58:00Z")]
    [InlineData("26-11-24T09:58:00Z")]
    [InlineData("+2026-11-24T09:58:00Z")]
    [InlineData("２０２６-11-24T09:58:00Z")] // full-width digits, which a regex's \d would take
    [InlineData("٢٠٢٦-11-24T09:58:00Z")] // Arabic-Indic digits
    [InlineData("24/11/2026")]
    [InlineData("11/24/2026")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void TryParse_AnyOtherForm_IsRefused(string text)
    {
        IsoMoment.TryParse(text, out _, out var error).Should().BeFalse();

        error.Should().StartWith("must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z");
    }

    [Fact]
    public void TryParse_AQueryStringPlusReadAsASpace_SaysToWriteIt()
    {
        IsoMoment.TryParse("2026-11-24T10:58:00 01:00", out _, out var error).Should().BeFalse();

        error.Should().Be("must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z (a + in a query string reads as a space: write it as %2B)");
    }

    [Theory]
    [InlineData("0000-01-01T00:00:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 0000-01-01 is not a date in the calendar")]
    [InlineData("2026-00-10T00:00:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-00-10 is not a date in the calendar")]
    [InlineData("2026-02-29T00:00:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-02-29 is not a date in the calendar")]
    [InlineData("2026-04-31T00:00:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-04-31 is not a date in the calendar")]
    [InlineData("2026-04-00T00:00:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-04-00 is not a date in the calendar")]
    [InlineData("2026-11-24T23:60:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 23:60:00 is not a time of day (hours run from 00 to 23, minutes and seconds from 00 to 59)")]
    [InlineData("2026-11-24T23:59:60Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 23:59:60 is not a time of day (hours run from 00 to 23, minutes and seconds from 00 to 59)")]
    [InlineData("2026-11-24T09:58:00-14:01", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; the offset -14:01 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("2026-11-24T09:58:00+01:60", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; the offset +01:60 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("0001-01-01T00:59:59+01:00", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; in UTC it falls before 0001-01-01T00:00:00Z, the earliest time there is")]
    [InlineData("9999-12-31T20:00:00-04:00", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; in UTC it falls after 9999-12-31T23:59:59.9999999Z, the latest time there is")]
    public void TryParse_AMomentOutOfRange_SaysWhichPart(string text, string message)
    {
        IsoMoment.TryParse(text, out _, out var error).Should().BeFalse();

        error.Should().Be(message);
    }
}
