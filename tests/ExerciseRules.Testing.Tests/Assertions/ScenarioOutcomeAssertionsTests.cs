using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Testing.Tests.Assertions;

public sealed class ScenarioOutcomeAssertionsTests
{
    private static ScenarioOutcome WorseRep(ScenarioExpectation expect) =>
        Scenario.At("2026-11-24T10:00:00Z")
            .Named("row 7")
            .Checking("PROTOCOL row 7")
            .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock).Rep(0.5, 6, Buttock))
            .Expect(expect)
            .Run();

    [Fact]
    public void Pass_MetExpectations_Passes()
    {
        WorseRep(new() { Step = AdviceStep.ReduceRange }).Should().Pass().And.HaveTargetRange(0.4).And.BeDecidedBy(RuleNames.SymptomsIntensify);
    }

    [Fact]
    public void Pass_Mismatch_FailsWithTheOutcomeAndTrace()
    {
        var outcome = WorseRep(new() { Step = AdviceStep.ProgressRange });

        var message = ((Action)(() => outcome.Should().Pass())).Should().Throw<Exception>().Which.Message;

        message.Should().StartWith(
            "Expected scenario row 7 to pass, but it failed:\nFAIL row 7\n  source: PROTOCOL row 7\n  step: expected progressRange, got reduceRange\n  advice: Advice {");
        message.Should().Contain("\n  trace:\n    #1 fired derive/open-set (priority 400)");
    }

    [Fact]
    public void Fail_FailedScenario_Passes()
    {
        WorseRep(new() { Step = AdviceStep.HoldRange }).Should().Fail();
    }

    [Fact]
    public void Fail_PassedScenario_FailsWithTheTrace()
    {
        var outcome = WorseRep(ScenarioExpectation.None);

        var message = ((Action)(() => outcome.Should().Fail("the expectation is {0}", "wrong"))).Should().Throw<Exception>().Which.Message;

        message.Should().StartWith("Expected scenario row 7 to fail because the expectation is wrong, but it passed.\n\nAdvice:").And.Contain("\nTrace:\n  #1 fired");
    }
}
