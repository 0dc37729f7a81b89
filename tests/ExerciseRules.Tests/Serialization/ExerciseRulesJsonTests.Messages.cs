using System.Text;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Serialization;

/// <summary>Input refused instead of guessed, with messages in the user's terms (no parser advice, no .NET type names).</summary>
public sealed partial class ExerciseRulesJsonTests
{
    private const string DurationMessage = "must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days)";

    private static string SessionAt(string startedAt) =>
        $$"""{"sessions":[{"exercise":"pressUp","startedAt":"{{startedAt}}","reps":[],"completed":false}]}""";

    [Theory]
    [InlineData("\"2\"", "; a bare number has no unit")]
    [InlineData("\"1.02:00:00\"", "; days are written as hours: 1.02:00:00 is 26:00:00")]
    [InlineData("\"02:00:00\\n\"", "; it has white space or a line break before or after it")]
    [InlineData("\"02:00\"", "")]
    public void ParseOptions_DurationNotHoursMinutesSeconds_IsRefusedNotGuessed(string value, string why)
    {
        SingleError(ExerciseRulesJson.ParseOptions($$"""{ "sessionInterval": {{value}} }"""))
            .Should().Be(new InputError("sessionInterval", DurationMessage + why));
    }

    [Fact]
    public void ParseOptions_HoursOverTwentyThree_AreADurationOfDays()
    {
        var result = ExerciseRulesJson.ParseOptions("""{ "sessionInterval": "48:00:00", "sessionTimeout": "00:00:30.5" }""");

        result.Value.Should().Be(ProtocolOptions.Default with { SessionInterval = TimeSpan.FromDays(2), SessionTimeout = TimeSpan.FromSeconds(30.5) });
    }

    [Fact]
    public void Serialize_OptionsWithDurationsOfDays_WritesHoursThatReadBack()
    {
        var options = ProtocolOptions.Default with { SessionInterval = TimeSpan.FromDays(7), SessionTimeout = TimeSpan.FromSeconds(1.5) };

        var json = ExerciseRulesJson.Serialize(options);

        json.Should().Contain("\"sessionInterval\": \"168:00:00\"").And.Contain("\"sessionTimeout\": \"00:00:01.5\"");
        ExerciseRulesJson.ParseOptions(json).Value.Should().Be(options);
    }

    [Theory]
    [InlineData("2147483648", "must be a whole number between -2147483648 and 2147483647")]
    [InlineData("-2147483649", "must be a whole number between -2147483648 and 2147483647")]
    [InlineData("99999999999999999999999", "must be a whole number between -2147483648 and 2147483647")]
    [InlineData("2.5", "must be a whole number")]
    [InlineData("2.0", "must be a whole number written without a decimal point or exponent, e.g. 2 rather than 2.0")]
    [InlineData("1e1", "must be a whole number written without a decimal point or exponent, e.g. 2 rather than 2.0")]
    public void ParseHistory_PainThatIsNotAnInt_SaysWhatItMustBe(string pain, string message)
    {
        SingleError(ExerciseRulesJson.ParseHistory($$"""{"baseline":{"pain":{{pain}}},"sessions":[]}"""))
            .Should().Be(new InputError("baseline.pain", message));
    }

    [Fact]
    public void ParseOptions_WholeNumberOutOfRange_SaysTheRange()
    {
        SingleError(ExerciseRulesJson.ParseOptions("""{ "maxReps": 2147483648 }"""))
            .Should().Be(new InputError("maxReps", "must be a whole number between -2147483648 and 2147483647"));
    }

    [Theory]
    [InlineData("2026-11-24T09:55:00Z\\n", "; it has white space or a line break before or after it")]
    [InlineData("2026-11-24T09:55:00+14:01", "; the offset +14:01 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("2026-02-30T09:55:00Z", "; 2026-02-30 is not a date in the calendar")]
    [InlineData("0001-01-01T00:00:00+01:00", "; in UTC it falls before 0001-01-01T00:00:00Z, the earliest time there is")]
    public void ParseHistory_TimeOutOfRangeOrWithALineBreak_SaysWhy(string time, string why)
    {
        SingleError(ExerciseRulesJson.ParseHistory(SessionAt(time)))
            .Should().Be(new InputError("sessions[0].startedAt", OffsetTimeConverter.Expectation + why));
    }

    [Fact]
    public void ParseHistory_TrailingComma_SaysACommaAfterTheLastItemIsNotAllowed()
    {
        SingleError(ExerciseRulesJson.ParseHistory("""{"sessions":[],}"""))
            .Should().Be(new InputError("$", "is not valid JSON at line 1, column 16: a comma after the last item is not allowed; remove it"));
    }

    [Fact]
    public void ParseHistory_TrailingCommaInAnArray_SaysSoToo()
    {
        SingleError(ExerciseRulesJson.ParseHistory("""{"redFlags":["saddleNumbness",],"sessions":[]}""")).Message
            .Should().EndWith(": a comma after the last item is not allowed; remove it");
    }

    [Fact]
    public void ParseHistory_Comment_SaysCommentsAreNotAllowed()
    {
        SingleError(ExerciseRulesJson.ParseHistory("""{"sessions":[] /* none yet */}"""))
            .Should().Be(new InputError("$", "is not valid JSON at line 1, column 16: comments are not allowed in JSON"));
    }

    [Theory]
    [InlineData("baseline.location", """{"baseline":{"pain":6,"location":"\ud800"},"sessions":[]}""")]
    [InlineData("redFlags[0]", """{"redFlags":["\udc00"],"sessions":[]}""")]
    public void ParseHistory_LoneSurrogateInAnEnum_SaysTheValueIsNotText(string path, string json)
    {
        var error = SingleError(ExerciseRulesJson.ParseHistory(json));

        error.Path.Should().Be(path);
        error.Message.Should().StartWith("must be one of ").And.EndWith(
            "; the value given is not valid text (it holds a lone surrogate, an escaped \\uD800 to \\uDFFF without its pair, or bytes that are not UTF-8)");
    }

    [Fact]
    public void ParseHistory_LoneSurrogateInAPropertyName_SaysTheTextIsNotValid()
    {
        SingleError(ExerciseRulesJson.ParseHistory("""{"baseline":{"\ud800":1},"sessions":[]}"""))
            .Should().Be(new InputError("baseline", "holds text that is not valid Unicode: a lone surrogate (an escaped \\uD800 to \\uDFFF without its pair)"));
    }

    [Fact]
    public void ParseOptions_LoneSurrogateInADuration_IsADurationError()
    {
        SingleError(ExerciseRulesJson.ParseOptions("""{ "sessionInterval": "\ud800" }""")).Should().Be(new InputError("sessionInterval", DurationMessage));
    }

    [Fact]
    public void ParseHistory_Utf16WithoutByteOrderMark_SaysTheDocumentMustBeUtf8()
    {
        SingleError(ExerciseRulesJson.ParseHistory(Encoding.Unicode.GetBytes(Empty)))
            .Should().Be(new InputError("$", "must be UTF-8; this document looks like UTF-16: save it as UTF-8"));
        SingleError(ExerciseRulesJson.ParseHistory(Encoding.BigEndianUnicode.GetBytes(Empty)))
            .Should().Be(new InputError("$", "must be UTF-8; this document looks like UTF-16: save it as UTF-8"));
    }

    [Fact]
    public void ParseHistory_Utf16WithByteOrderMark_SaysTheDocumentMustBeUtf8()
    {
        SingleError(ExerciseRulesJson.ParseHistory([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Empty)]))
            .Should().Be(new InputError("$", "must be UTF-8; this document looks like UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8"));
    }

    [Fact]
    public void ParseHistory_Utf32_SaysTheDocumentMustBeUtf8()
    {
        SingleError(ExerciseRulesJson.ParseHistory(Encoding.UTF32.GetBytes(Empty)))
            .Should().Be(new InputError("$", "must be UTF-8; this document looks like UTF-32: save it as UTF-8"));
    }

    [Fact]
    public void ParseHistory_Utf8ByteOrderMark_IsIgnored()
    {
        ExerciseRulesJson.ParseHistory([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Empty)]).IsValid.Should().BeTrue();
        ExerciseRulesJson.ParseOptions([.. Encoding.UTF8.GetPreamble(), .. "{}"u8]).IsValid.Should().BeTrue();
    }

    [Fact]
    public void ParseHistory_BytesThatAreNotUtf8InAString_SaysSo()
    {
        byte[] json = [.. """{"baseline":{"pain":6,"location":"""u8, (byte)'"', 0xFF, (byte)'"', .. "},\"sessions\":[]}"u8];

        var error = SingleError(ExerciseRulesJson.ParseHistory(json));

        error.Path.Should().Be("baseline.location");
        error.Message.Should().StartWith("must be one of ").And.Contain("is not valid text");
    }
}
