using System.Collections.Immutable;
using System.Text;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Serialization;

/// <summary>The input limits of <see cref="ExerciseRulesJson.ParseHistory(string, InputLimits)"/>, at their boundaries.</summary>
public sealed partial class ExerciseRulesJsonTests
{
    private const string Empty = """{"sessions":[]}""";

    private static readonly DateTimeOffset LimitsNow = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A valid document of exactly <paramref name="bytes"/> UTF-8 bytes (padded with whitespace).</summary>
    private static string DocumentOf(int bytes) => Empty + new string(' ', bytes - Empty.Length);

    private static string SessionsJson(int sessions, int reps) =>
        $$"""{"sessions":[{{string.Join(",", Enumerable.Repeat($$"""{"exercise":"proneLying","startedAt":"2026-11-01T00:00:00Z","reps":[{{string.Join(",", Enumerable.Repeat("{}", reps))}}],"completed":true}""", sessions))}}]}""";

    [Fact]
    public void ParseHistory_ExactlyMaxDocumentBytes_IsRead()
    {
        var result = ExerciseRulesJson.ParseHistory(DocumentOf(InputLimits.Default.MaxDocumentBytes));

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void ParseHistory_OneByteOverMaxDocumentBytes_IsRefusedAtTheRoot()
    {
        var result = ExerciseRulesJson.ParseHistory(DocumentOf(InputLimits.Default.MaxDocumentBytes + 1));

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Equal("$: is 8 388 609 bytes; at most 8 388 608 are allowed");
    }

    [Fact]
    public void ParseHistory_TooLargeDocument_IsRefusedBeforeParsing()
    {
        var notJson = new string('[', 9_437_184);

        var result = ExerciseRulesJson.ParseHistory(notJson);

        result.Errors.Select(e => e.ToString()).Should().Equal("$: is 9 437 184 bytes; at most 8 388 608 are allowed");
    }

    [Fact]
    public void ParseHistory_CountsUtf8BytesNotCharacters()
    {
        var json = """{"sessions":[],"baseline":{"location":"éé"}}""";
        var bytes = Encoding.UTF8.GetByteCount(json);
        var limits = new InputLimits { MaxDocumentBytes = bytes - 1 };

        json.Length.Should().BeLessThan(bytes - 1);
        ExerciseRulesJson.ParseHistory(json, limits).Errors.Should().ContainSingle().Which.Path.Should().Be("$");
        ExerciseRulesJson.ParseHistory(Encoding.UTF8.GetBytes(json), limits).Errors.Should().ContainSingle().Which.Path.Should().Be("$");
        ExerciseRulesJson.ParseHistory(json, new InputLimits { MaxDocumentBytes = bytes }).Errors.Should().ContainSingle().Which.Path.Should().Be("baseline.location");
    }

    [Fact]
    public void ParseHistory_Utf8BytesAtAndOverAHostLimit_AreCheckedToo()
    {
        var limits = new InputLimits { MaxDocumentBytes = 100 };

        ExerciseRulesJson.ParseHistory(Encoding.UTF8.GetBytes(DocumentOf(100)), limits).Errors.Should().BeEmpty();
        ExerciseRulesJson.ParseHistory(Encoding.UTF8.GetBytes(DocumentOf(101)), limits).Errors.Select(e => e.ToString())
            .Should().Equal("$: is 101 bytes; at most 100 are allowed");
    }

    [Fact]
    public void ParseHistory_ExactlyMaxSessions_IsRead()
    {
        var result = ExerciseRulesJson.ParseHistory(SessionsJson(2_000, 0));

        result.Errors.Should().BeEmpty();
        result.Value!.Sessions.Should().HaveCount(2_000);
    }

    [Fact]
    public void ParseHistory_OneSessionOverTheLimit_NamesSessions()
    {
        var result = ExerciseRulesJson.ParseHistory(SessionsJson(2_001, 0));

        result.Errors.Select(e => e.ToString()).Should().Equal("sessions: has 2 001 sessions; at most 2 000 are allowed");
    }

    [Fact]
    public void ParseHistory_ExactlyMaxRepsInASession_IsRead()
    {
        var result = ExerciseRulesJson.ParseHistory(SessionsJson(1, 100));

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void ParseHistory_OneRepOverTheLimit_NamesThatSessionsReps()
    {
        var json = SessionsJson(4, 100).Replace("[{},", "[{},{},", StringComparison.Ordinal);

        var result = ExerciseRulesJson.ParseHistory(json, new InputLimits { MaxRepsPerSession = 100 });

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "sessions[0].reps: has 101 reps; at most 100 are allowed",
            "sessions[1].reps: has 101 reps; at most 100 are allowed",
            "sessions[2].reps: has 101 reps; at most 100 are allowed",
            "sessions[3].reps: has 101 reps; at most 100 are allowed");
    }

    [Fact]
    public void ParseHistory_RedFlagsAtAndOverTheLimit()
    {
        static string Flags(int n) => $$"""{"sessions":[],"redFlags":[{{string.Join(",", Enumerable.Repeat("\"fever\"", n))}}]}""";

        ExerciseRulesJson.ParseHistory(Flags(64)).Errors.Should().BeEmpty();
        ExerciseRulesJson.ParseHistory(Flags(65)).Errors.Select(e => e.ToString()).Should().Equal("redFlags: has 65 red flags; at most 64 are allowed");
    }

    [Fact]
    public void ParseHistory_TheLargestHistoryWithinTheCountLimitsAsSerializeWritesIt_FitsTheDocumentLimit()
    {
        // Every field set, with the longest values: 2,000 sessions of 15 reps is the documented guarantee.
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(5.5)).AddTicks(1_234_567);
        var rep = new Rep(0.12345678901234568, 10, SymptomLocation.Buttock, 123.45678901234568, at);
        var session = new Session(Exercise.ProneOnElbows, at, [.. Enumerable.Repeat(rep, 15)], false, new SymptomReport(10, SymptomLocation.Buttock), new SymptomReport(10, SymptomLocation.Buttock));
        var history = new History([.. Enumerable.Repeat(session, InputLimits.Default.MaxSessions)], new SymptomReport(10, SymptomLocation.Buttock), [.. Enumerable.Repeat(RedFlag.UnexplainedWeightLoss, 64)]);
        var json = ExerciseRulesJson.Serialize(history);

        Encoding.UTF8.GetByteCount(json).Should().BeLessThanOrEqualTo(InputLimits.Default.MaxDocumentBytes);
        ExerciseRulesJson.ParseHistory(json).Errors.Should().BeEmpty();
    }

    [Fact]
    public void AdviseJson_UsesTheAdvisorsLimits()
    {
        var advisor = new Advisor(limits: new InputLimits { MaxDocumentBytes = Empty.Length });

        advisor.AdviseJson(Empty, LimitsNow).IsValid.Should().BeTrue();
        advisor.AdviseJson(Empty + " ", LimitsNow).Errors.Select(e => e.ToString()).Should().Equal($"$: is {Empty.Length + 1} bytes; at most {Empty.Length} are allowed");
    }

    [Theory]
    [InlineData("""{"sessions":[],"":1}""", "['']")]
    [InlineData("""{"sessions":[],"baseline":{"":1}}""", "baseline['']")]
    [InlineData("""{"sessions":[{"exercise":"pressUp","startedAt":"2026-11-24T09:55:00Z","completed":false,"reps":[{"":1}]}]}""", "sessions[0].reps[0]['']")]
    [InlineData("""{"sessions":[],"pain ":1}""", "['pain ']")]
    public void ParseHistory_UnknownPropertyWithAnOddName_NamesItInTheError(string json, string path)
    {
        // Found by JsonFuzzTests: an empty property name came back with an empty path.
        var result = ExerciseRulesJson.ParseHistory(json);

        result.Errors.Select(e => e.ToString()).Should().Equal($"{path}: is not a known property");
    }

    [Theory]
    [InlineData("""{"sessions":[],"baseline":{"pain":2,"pain":9}}""", "baseline.pain")]
    [InlineData("""{"sessions":[],"sessions":[]}""", "sessions")]
    [InlineData("""{"sessions":[{"exercise":"pressUp","startedAt":"2026-11-24T09:55:00Z","completed":false,"completed":true,"reps":[]}]}""", "sessions[0].completed")]
    public void ParseHistory_DuplicateProperty_IsAnErrorAtItsPath(string json, string path)
    {
        // Found by JsonFuzzTests: the last value silently won, where other parsers keep the first.
        var result = ExerciseRulesJson.ParseHistory(json);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Equal($"{path}: appears more than once; give each property once");
    }

    [Fact]
    public void ParseOptions_DuplicateOption_IsAnError()
    {
        var result = ExerciseRulesJson.ParseOptions("""{"maxReps":12,"maxReps":40}""");

        result.Errors.Select(e => e.ToString()).Should().Equal("maxReps: appears more than once; give each property once");
    }
}
