using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Serialization;

public sealed class AdvisorJsonExtensionsTests
{
    private static readonly Advisor Advisor = new();

    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"history\"")]
    [InlineData("{}")]
    [InlineData("""{ "sessions": [ null ] }""")]
    [InlineData("""{ "sessions": [ {} ] }""")]
    [InlineData("""{ "sessions": [], "unknown": 1 }""")]
    [InlineData("""{ "sessions": [ { "exercise": "PressUp" } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "range": 0.4, "pain": 11 } ], "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-25T09:55:00Z", "reps": [], "completed": false } ] }""")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "pain": 3 } ], "completed": false } ] }""")]
    [InlineData("\uFEFF{ \"sessions\": \"\uD800\" }")]
    public void AdviseJson_BadInput_ReturnsErrorsAndNoAdvice(string json)
    {
        var act = () => Advisor.AdviseJson(json, Now);

        var result = act.Should().NotThrow().Subject;
        result.IsValid.Should().BeFalse();
        result.Advice.Should().BeNull();
        result.Errors.Should().NotBeEmpty();
        result.Errors.Should().OnlyContain(e => e.Path.Length > 0 && e.Message.Length > 0);
    }

    [Fact]
    public void AdviseJson_DeepNesting_ReturnsAnErrorNotAnException()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var act = () => Advisor.AdviseJson(json, Now);

        act.Should().NotThrow().Subject.IsValid.Should().BeFalse();
    }

    [Fact]
    public void AdviseJson_OutOfRangePain_ReportsTheValidationErrorWithItsPath()
    {
        var result = Advisor.AdviseJson(
            """{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "range": 0.4 }, { "range": 0.5 }, { "range": 0.5, "pain": 11 } ], "completed": false } ] }""",
            Now);

        result.Errors.Should().Equal(new InputError("sessions[0].reps[2].pain", "must be between 0 and 10"));
    }

    [Fact]
    public void AdviseJson_JsonError_ReportsTheParseErrorOnly()
    {
        var result = Advisor.AdviseJson("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "reps": [ { "painn": 3 } ], "completed": false } ] }""", Now);

        result.Errors.Should().Equal(new InputError("sessions[0].reps[0].painn", "is not a known property"));
    }

    [Fact]
    public void AdviseJson_ValidHistory_GivesTheSameAdviceAsAdvise()
    {
        const string json = """
            { "baseline": { "pain": 6, "location": "thigh" },
              "sessions": [ { "exercise": "proneLying", "startedAt": "2026-11-24T09:55:00Z", "before": { "pain": 5, "location": "buttock" }, "reps": [ { "pain": 5, "location": "buttock", "at": "2026-11-24T09:56:00Z" } ], "completed": false } ] }
            """;

        var result = Advisor.AdviseJson(json, Now);

        result.IsValid.Should().BeTrue(string.Join("; ", result.Errors));
        result.Advice.Should().Be(Advisor.Advise(ExerciseRulesJson.ParseHistory(json).Value!, Now).Advice);
    }

    [Fact]
    public void AdviseJson_NullAdvisor_ThrowsArgumentNullException()
    {
        var act = () => AdvisorJsonExtensions.AdviseJson(null!, "{}", Now);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("advisor");
    }

    [Fact]
    public void AdviseJson_NullJson_ThrowsArgumentNullException()
    {
        var act = () => Advisor.AdviseJson(null!, Now);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");
    }
}
