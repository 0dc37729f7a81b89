using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Testing.Tests.Assertions;

public sealed class AdviceAssertionsTests
{
    private static Advice Progressing() =>
        Scenario.At("2026-11-24T10:00:00Z")
            .PressUpSet(minutesAgo: 5, before: (5, Thigh), s => s.Rep(0.4, 5, Buttock))
            .Advise()
            .GetAdviceOrThrow();

    [Fact]
    public void Assertions_MetByTheAdvice_Pass()
    {
        Progressing().Should()
            .BeStep(AdviceStep.ProgressRange)
            .And.HaveTargetRange(0.5)
            .And.HaveTargetRangeAbove(0.4)
            .And.HaveMessage(MessageCodes.Centralising)
            .And.HaveFired(RuleNames.Progress)
            .And.BeDecidedBy(RuleNames.Progress)
            .And.NotHaveFired(RuleNames.SymptomsIntensify);
    }

    [Fact]
    public void Failure_PrintsTheAdviceAndTheRulesThatFired()
    {
        var advice = Progressing();

        var message = ((Action)(() => advice.Should().BeStep(AdviceStep.ReduceRange))).Should().Throw<Exception>().Which.Message;

        message.Should().StartWith("Expected advice to be step reduceRange, but it was progressRange.\n\nAdvice: Advice { Step = ProgressRange,")
            .And.Contain("\nNo trace: advise with Advisor.Explain")
            .And.EndWith("Fired rules: open-set, last-rep, centralisation, improvement, regularity, progression, progress, step-message, centralising-message, report-baseline-message, not-medical-advice-message.");
    }

    [Fact]
    public void HaveFired_WithoutTrace_SaysItDidNotFire()
    {
        var advice = Progressing();

        var message = ((Action)(() => advice.Should().HaveFired(RuleNames.FullRange))).Should().Throw<Exception>().Which.Message;

        message.Should().StartWith("Expected rule full-range to have fired for advice, but it did not.\n\nAdvice:");
    }
}
