using ExerciseRules.Scenarios;
using System.Globalization;
using System.Text.Json;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using NJsonSchema;

namespace ExerciseRules.Samples.Tests.Docs;

/// <summary>
/// The JSON Schemas of docs/schemas against the library's serializer: what the library reads and writes validates,
/// and bad documents are rejected by both. Where only the library can judge (time order, times after now,
/// options that depend on each other), the test says so.
/// </summary>
public sealed class WireFormatSchemaTests
{
    private static readonly Lazy<JsonSchema> HistorySchema = new(() => Load("history"));
    private static readonly Lazy<JsonSchema> AdviceSchema = new(() => Load("advice"));
    private static readonly Lazy<JsonSchema> OptionsSchema = new(() => Load("options"));

    public static TheoryData<string> ExampleHistories() =>
        [.. Directory.GetFiles(Repository.PathOf("docs", "examples"), "*.json")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)];

    /// <summary>The conformance scenarios: each names an example history, a moment and (maybe) options.</summary>
    public static TheoryData<string> ExampleEntries() =>
        [.. Directory.GetFiles(Repository.PathOf(ScenarioFolder), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ExampleHistories))]
    public void HistorySchema_ShippedExample_ValidatesAndTheLibraryReadsIt(string file)
    {
        var json = Repository.ReadText("docs", "examples", file);

        SchemaErrors(HistorySchema.Value, json).Should().BeEmpty();
        ExerciseRulesJson.ParseHistory(json).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ExampleEntries))]
    public void AdviceSchema_AdviceForAnExample_Validates(string scenarioFile)
    {
        var scenario = ScenarioFile.Load(Repository.PathOf([.. ScenarioFolder, scenarioFile]), new ScenarioLoadOptions { AllowOutside = Repository.PathOf("docs", "examples") }).Scenario!;
        using var raw = JsonDocument.Parse(Repository.ReadText([.. ScenarioFolder, scenarioFile]));

        var advice = new Advisor(scenario.Options).Advise(scenario.History!, scenario.Now).GetAdviceOrThrow();
        var json = ExerciseRulesJson.Serialize(advice);

        SchemaErrors(AdviceSchema.Value, json).Should().BeEmpty(json);
        if (raw.RootElement.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object)
        {
            SchemaErrors(OptionsSchema.Value, options.GetRawText()).Should().BeEmpty("the scenario's options are valid");
        }
    }

    [Fact]
    public void OptionsSchema_DefaultsAsTheLibraryWritesThem_Validate()
    {
        var json = ExerciseRulesJson.Serialize(ProtocolOptions.Default);

        SchemaErrors(OptionsSchema.Value, json).Should().BeEmpty(json);
    }

    [Fact]
    public void OptionsSchema_EveryOption_IsDescribed()
    {
        using var defaults = JsonDocument.Parse(ExerciseRulesJson.Serialize(ProtocolOptions.Default));

        OptionsSchema.Value.Properties.Keys.Should().BeEquivalentTo(defaults.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void OptionsSchema_ChangedOptions_ValidateAndTheLibraryReadsThem()
    {
        var options = ProtocolOptions.Default with
        {
            MaxReps = 12,
            SessionInterval = TimeSpan.FromDays(7),
            SessionTimeout = TimeSpan.FromMinutes(45.5),
            MinRange = 0.05,
            RequireProgression = false,
        };
        var json = ExerciseRulesJson.Serialize(options);

        SchemaErrors(OptionsSchema.Value, json).Should().BeEmpty(json);
        ExerciseRulesJson.ParseOptions(json).Value.Should().Be(options);
    }

    [Theory]
    [InlineData("pain-11.json")]
    [InlineData("unknown-property-painn.json")]
    [InlineData("location-capitalised.json")]
    [InlineData("missing-completed.json")]
    [InlineData("press-up-rep-without-range.json")]
    [InlineData("unknown-red-flag.json")]
    [InlineData("two-problems.json")]
    public void HistorySchema_ShippedInvalidExample_IsRejectedByBothTheSchemaAndTheLibrary(string file)
    {
        var json = Repository.ReadText("docs", "examples", "invalid", file);

        SchemaErrors(HistorySchema.Value, json).Should().NotBeEmpty();
        LibraryErrors(json).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00", "reps": [], "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24 09:55:00Z", "reps": [], "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": 2, "startedAt": "2026-11-24T09:55:00Z", "reps": [], "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": "proneLying", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "durationSeconds": 0 } ], "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "range": null } ], "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ null ] }""")]
    [InlineData("""{ "baseline": { "pain": 4.5 }, "sessions": [] }""")]
    [InlineData("""{ "baseline": { "pain": "4" }, "sessions": [] }""")]
    [InlineData("""{ "redFlags": [ null ], "sessions": [] }""")]
    [InlineData("""{ "baseline": { "pain": 4 } }""")]
    [InlineData("""[]""")]
    public void HistorySchema_InvalidDocument_IsRejectedByBothTheSchemaAndTheLibrary(string json)
    {
        SchemaErrors(HistorySchema.Value, json).Should().NotBeEmpty();
        LibraryErrors(json).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{ "sessions": [], "baseline": null, "redFlags": null }""")]
    [InlineData("""{ "sessions": [ { "exercise": "proneLying", "startedAt": "2026-11-24T09:55Z", "before": { "pain": null, "location": null }, "reps": [ { } ], "after": null, "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T10:55:00.5+01:00", "reps": [ { "range": 0, "at": null } ], "completed": true } ] }""")]
    public void HistorySchema_OptionalFieldsLeftOutOrNull_AreAcceptedByBoth(string json)
    {
        SchemaErrors(HistorySchema.Value, json).Should().BeEmpty();
        LibraryErrors(json).Should().BeEmpty();
    }

    [Theory]
    [InlineData("sessions-out-of-order.json")]
    [InlineData("rep-in-future.json")]
    public void HistorySchema_ProblemsOnlyTheLibraryCanSee_AreLeftToTheLibrary(string file)
    {
        // Time order and "not later than now" compare values with each other and with the moment of advice,
        // which a JSON Schema cannot; docs/wire-format.md lists these checks.
        var json = Repository.ReadText("docs", "examples", "invalid", file);

        SchemaErrors(HistorySchema.Value, json).Should().BeEmpty();
        LibraryErrors(json).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{ "maxRepz": 12 }""")]
    [InlineData("""{ "sessionInterval": "two hours" }""")]
    [InlineData("""{ "sessionInterval": 7200 }""")]
    [InlineData("""{ "maxReps": 0 }""")]
    [InlineData("""{ "maxReps": 12.5 }""")]
    [InlineData("""{ "minRange": 0 }""")]
    [InlineData("""{ "rangeStep": 1.5 }""")]
    [InlineData("""{ "requireProgression": "yes" }""")]
    [InlineData("""{ "MaxReps": 12 }""")]
    [InlineData("""{ "restSeconds": null }""")]
    public void OptionsSchema_InvalidOptions_AreRejectedByBothTheSchemaAndTheLibrary(string json)
    {
        SchemaErrors(OptionsSchema.Value, json).Should().NotBeEmpty();
        ExerciseRulesJson.ParseOptions(json).Errors.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{ "maxReps": 8 }""")]
    [InlineData("""{ "minRange": 0.5 }""")]
    public void OptionsSchema_OptionsThatDependOnEachOther_AreLeftToTheLibrary(string json)
    {
        // minReps (default 10) above maxReps, and startRange (default 0.3) below minRange, only show together.
        SchemaErrors(OptionsSchema.Value, json).Should().BeEmpty();
        ExerciseRulesJson.ParseOptions(json).Errors.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("step", "\"jump\"")]
    [InlineData("urgency", "null")]
    [InlineData("stage", "\"finish\"")]
    public void AdviceSchema_InvalidAdvice_IsRejectedByBothTheSchemaAndTheLibrary(string property, string value)
    {
        var advice = new Advisor().AdviseJson(Repository.ReadText("docs", "examples", "quickstart.json"), DateTimeOffset.Parse("2026-11-24T09:58:00Z", CultureInfo.InvariantCulture)).GetAdviceOrThrow();
        var json = ExerciseRulesJson.Serialize(advice);
        var broken = System.Text.RegularExpressions.Regex.Replace(json, $"\"{property}\": [^,\\n]+", $"\"{property}\": {value}");
        broken.Should().NotBe(json);

        SchemaErrors(AdviceSchema.Value, broken).Should().NotBeEmpty();
        ExerciseRulesJson.ParseAdvice(broken).Errors.Should().NotBeEmpty();
    }

    private static JsonSchema Load(string name) =>
        JsonSchema.FromFileAsync(Repository.PathOf("docs", "schemas", $"{name}.schema.json")).GetAwaiter().GetResult();

    private static List<string> SchemaErrors(JsonSchema schema, string json) =>
        [.. schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];

    private static List<string> LibraryErrors(string json) =>
        [.. new Advisor().AdviseJson(json, DateTimeOffset.Parse("2026-11-24T09:58:00Z", CultureInfo.InvariantCulture)).Errors.Select(e => e.ToString())];

    private static readonly string[] ScenarioFolder = ["tests", "ExerciseRules.Protocol.Tests", "Scenarios"];
}
