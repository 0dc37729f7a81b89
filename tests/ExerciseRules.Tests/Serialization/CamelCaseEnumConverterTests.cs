using System.Text.Json.Nodes;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Serialization;

/// <summary>The strict enum converter, seen through the wire format that uses it.</summary>
public sealed class CamelCaseEnumConverterTests
{
    private const string Locations = "must be one of none, back, buttock, thigh, knee, calf, foot";

    private static ParseResult<History> ParseRepLocation(string locationJson) =>
        ExerciseRulesJson.ParseHistory(
            $$"""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "range": 0.4, "location": {{locationJson}} } ], "completed": false } ] }""");

    [Theory]
    [InlineData("none", SymptomLocation.None)]
    [InlineData("back", SymptomLocation.Back)]
    [InlineData("buttock", SymptomLocation.Buttock)]
    [InlineData("thigh", SymptomLocation.Thigh)]
    [InlineData("knee", SymptomLocation.Knee)]
    [InlineData("calf", SymptomLocation.Calf)]
    [InlineData("foot", SymptomLocation.Foot)]
    public void Read_ExactCamelCaseName_ReadsTheValue(string name, SymptomLocation expected)
    {
        ParseRepLocation($"\"{name}\"").Value!.Sessions[0].Reps[0].Location.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"Buttock\"")]
    [InlineData("\"BUTTOCK\"")]
    [InlineData("\"2\"")]
    [InlineData("2")]
    [InlineData("2.0")]
    [InlineData("\"back, buttock\"")]
    [InlineData("\"back,buttock\"")]
    [InlineData("\" buttock\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[\"back\"]")]
    public void Read_AnythingButAnExactName_IsRejectedListingTheNames(string locationJson)
    {
        var result = ParseRepLocation(locationJson);

        result.Errors.Should().Equal(new InputError("sessions[0].reps[0].location", Locations));
    }

    [Theory]
    [InlineData("\"PressUp\"")]
    [InlineData("\"press_up\"")]
    [InlineData("2")]
    public void Read_BadExercise_IsRejectedListingTheExercises(string exerciseJson)
    {
        var result = ExerciseRulesJson.ParseHistory(
            $$"""{ "sessions": [ { "exercise": {{exerciseJson}}, "startedAt": "2026-11-24T09:55:00Z", "reps": [], "completed": false } ] }""");

        result.Errors.Should().Equal(new InputError("sessions[0].exercise", "must be one of proneLying, proneOnElbows, pressUp"));
    }

    [Theory]
    [InlineData("\"Fever\"")]
    [InlineData("3")]
    [InlineData("null")]
    [InlineData("\"fever, trauma\"")]
    public void Read_BadRedFlag_IsRejectedWithItsIndex(string flagJson)
    {
        var result = ExerciseRulesJson.ParseHistory($$"""{ "redFlags": [ "fever", {{flagJson}} ], "sessions": [] }""");

        result.Errors.Should().Equal(new InputError(
            "redFlags[1]",
            "must be one of saddleNumbness, bladderOrBowelChange, progressiveLegWeakness, fever, unexplainedWeightLoss, significantTrauma, constantNightPain, historyOfCancer"));
    }

    [Fact]
    public void Read_EveryRedFlagName_Reads()
    {
        var result = ExerciseRulesJson.ParseHistory(
            """{ "redFlags": [ "saddleNumbness", "bladderOrBowelChange", "progressiveLegWeakness", "fever", "unexplainedWeightLoss", "significantTrauma", "constantNightPain", "historyOfCancer" ], "sessions": [] }""");

        result.Value!.RedFlags.Should().Equal(Enum.GetValues<RedFlag>());
    }

    [Fact]
    public void Write_UndefinedValue_ThrowsNamingTheTypeAndValue()
    {
        var history = new History(
            [new Session(Exercise.PressUp, new DateTimeOffset(2026, 11, 24, 9, 55, 0, TimeSpan.Zero), [new Rep(0.4, Location: (SymptomLocation)9)])]);

        var act = () => ExerciseRulesJson.Serialize(history);

        act.Should().Throw<System.Text.Json.JsonException>().WithMessage("SymptomLocation has no value 9; it cannot be written.");
    }

    [Fact]
    public void Write_EveryExercise_CamelCaseName()
    {
        var names = Enum.GetValues<Exercise>().Select(e =>
            JsonNode.Parse(ExerciseRulesJson.Serialize(new History([new Session(e, DateTimeOffset.UnixEpoch)])))!["sessions"]![0]!["exercise"]!.GetValue<string>());

        names.Should().Equal("proneLying", "proneOnElbows", "pressUp");
    }
}
