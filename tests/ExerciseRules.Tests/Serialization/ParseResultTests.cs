using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Serialization;

public sealed class ParseResultTests
{
    [Fact]
    public void GetValueOrThrow_Valid_ReturnsTheValue()
    {
        var result = ExerciseRulesJson.ParseHistory("""{ "sessions": [] }""");

        result.GetValueOrThrow().Should().Be(new History());
    }

    [Fact]
    public void GetValueOrThrow_Invalid_ThrowsListingEveryProblemOnePerLine()
    {
        var result = ExerciseRulesJson.ParseHistory("""{ "sessions": [ {} ] }""");

        var act = () => result.GetValueOrThrow();

        var ex = act.Should().ThrowExactly<InvalidInputException>().Which;
        ex.Errors.Should().Equal(result.Errors);
        ex.Message.Should().Be(string.Join(
            Environment.NewLine,
            "The History JSON is not valid:",
            "sessions[0].exercise: is required: one of proneLying, proneOnElbows, pressUp",
            "sessions[0].startedAt: is required: a date and time in ISO 8601 form, e.g. 2026-11-24T09:55:00Z",
            "sessions[0].completed: is required: true or false",
            "sessions[0].reps: is required: an array of reps in time order (it may be empty)"));
    }

    [Fact]
    public void Errors_Valid_IsEmptyNotDefault()
    {
        var result = ExerciseRulesJson.ParseHistory("""{ "sessions": [] }""");

        result.Errors.IsDefault.Should().BeFalse();
        result.Errors.Should().BeEmpty();
    }
}
