using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Testing.Tests.Assertions;

public sealed class AdviceResultAssertionsTests
{
    /// <summary>PROTOCOL row 7: the second rep made the pain worse.</summary>
    private static AdviceResult WorseRep() =>
        Scenario.At("2026-11-24T10:00:00Z")
            .Baseline(6, Thigh)
            .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock).Rep(0.5, 6, Buttock))
            .Advise();

    private static string FailureOf(Action assertion) => assertion.Should().Throw<Exception>().Which.Message;

    [Fact]
    public void Assertions_MetByTheAdvice_Pass()
    {
        WorseRep().Should()
            .BeValid()
            .And.BeStep(AdviceStep.ReduceRange)
            .And.HaveUrgency(Urgency.None)
            .And.HaveExercise(Exercise.PressUp)
            .And.HaveTargetRange(0.4)
            .And.HaveTargetRangeBelow(0.5)
            .And.HaveTargetRangeAbove(0.3)
            .And.HaveTargetRangeAtMost(0.4)
            .And.HaveTargetRangeAtLeast(0.4)
            .And.HaveMessage(MessageCodes.Centralising)
            .And.NotHaveMessage(MessageCodes.Peripheralising)
            .And.HaveFired(RuleNames.SymptomsIntensify)
            .And.NotHaveFired(RuleNames.Progress)
            .And.BeDecidedBy(RuleNames.SymptomsIntensify)
            .And.Meet(new ScenarioExpectation { Step = AdviceStep.ReduceRange, RestSeconds = 5 });
    }

    [Fact]
    public void BeStep_Failure_SaysWhatItWasAndPrintsTheTrace()
    {
        var result = WorseRep();

        var message = FailureOf(() => result.Should().BeStep(AdviceStep.ProgressRange, "the rep was {0}", "fine"));

        message.Should().StartWith("Expected result to be step progressRange because the rep was fine, but it was reduceRange.\n\nAdvice: Advice { Step = ReduceRange,");
        message.Should().Contain("\nTrace:\n  #1 fired derive/open-set (priority 400) with LatestSession {")
            .And.Contain("\n  #7 fired decide/symptoms-intensify (priority 70) with OpenSet {")
            .And.Contain("\n  skipped decide/progress (priority 40): LastRep.Response != Worse was false: Response = Worse");
    }

    [Fact]
    public void Failures_EachSayWhatWasExpected()
    {
        var result = WorseRep();

        FailureOf(() => result.Should().HaveUrgency(Urgency.Urgent)).Should().StartWith("Expected result to have urgency urgent, but it had none.\n\nAdvice:");
        FailureOf(() => result.Should().HaveExercise(Exercise.ProneLying)).Should().StartWith("Expected result to be about exercise proneLying, but it was about pressUp.");
        FailureOf(() => result.Should().HaveTargetRange(0.5)).Should().StartWith("Expected result to have target range 0.5, but it had 0.4.");
        FailureOf(() => result.Should().HaveNoTargetRange()).Should().StartWith("Expected result to have no target range, but it had 0.4.");
        FailureOf(() => result.Should().HaveTargetRangeBelow(0.4)).Should().StartWith("Expected result to have a target range below 0.4, but it had 0.4.");
        FailureOf(() => result.Should().HaveTargetRangeAbove(0.4)).Should().StartWith("Expected result to have a target range above 0.4, but it had 0.4.");
        FailureOf(() => result.Should().HaveTargetRangeAtMost(0.3)).Should().StartWith("Expected result to have a target range of at most 0.3, but it had 0.4.");
        FailureOf(() => result.Should().HaveTargetRangeAtLeast(0.5)).Should().StartWith("Expected result to have a target range of at least 0.5, but it had 0.4.");
        FailureOf(() => result.Should().HaveMessage(MessageCodes.Peripheralising))
            .Should().StartWith("Expected result to have a peripheralising message, but its messages were [reduceRange, centralising, notMedicalAdvice].");
        FailureOf(() => result.Should().NotHaveMessage(MessageCodes.Centralising))
            .Should().StartWith("Expected result not to have a centralising message, but its messages were [reduceRange, centralising, notMedicalAdvice].");
        FailureOf(() => result.Should().HaveFired(RuleNames.Progress))
            .Should().StartWith("Expected rule progress to have fired for result, but it did not: LastRep.Response != Worse was false: Response = Worse.");
        FailureOf(() => result.Should().NotHaveFired(RuleNames.SymptomsIntensify))
            .Should().StartWith("Expected rule symptoms-intensify not to have fired for result, but it fired.");
        FailureOf(() => result.Should().BeDecidedBy(RuleNames.Progress))
            .Should().StartWith("Expected result to be decided by progress, but it was decided by symptoms-intensify.");
        FailureOf(() => result.Should().Meet(new ScenarioExpectation { Step = AdviceStep.HoldRange, RepsDone = 3 }))
            .Should().StartWith("Expected result to meet the scenario's expectations, but:\n  step: expected holdRange, got reduceRange\n  repsDone: expected 3, got 2\n\nAdvice:");
    }

    [Fact]
    public void EveryFailure_PrintsTheTrace()
    {
        var result = WorseRep();
        Action<AdviceResultAssertions>[] failing =
        [
            a => a.BeStep(AdviceStep.HoldRange), a => a.HaveUrgency(Urgency.Routine), a => a.HaveExercise(Exercise.ProneLying),
            a => a.HaveTargetRange(0.1), a => a.HaveNoTargetRange(), a => a.HaveTargetRangeBelow(0.1), a => a.HaveTargetRangeAbove(0.9),
            a => a.HaveTargetRangeAtMost(0.1), a => a.HaveTargetRangeAtLeast(0.9), a => a.HaveMessage(MessageCodes.MoveSlowly),
            a => a.NotHaveMessage(MessageCodes.NotMedicalAdvice), a => a.HaveFired(RuleNames.FullRange), a => a.NotHaveFired(RuleNames.LastRep),
            a => a.BeDecidedBy(RuleNames.SetDone), a => a.Meet(new ScenarioExpectation { Urgency = Urgency.Emergency }),
        ];

        foreach (var assertion in failing)
        {
            FailureOf(() => assertion(result.Should())).Should().Contain("\nTrace:\n  #1 fired derive/open-set");
        }
    }

    [Fact]
    public void InvalidHistory_FailsEveryAdviceAssertionWithTheErrors()
    {
        var result = Scenario.At("2026-11-24T10:00:00Z").PressUpSet(minutesAgo: 5, before: (11, Buttock), s => s.Rep(1.5, 5)).Advise();

        var message = FailureOf(() => result.Should().BeStep(AdviceStep.ReduceRange));

        message.Should().Be(
            "Expected result to give advice, but there was none.\n\nThe input was not valid:\n" +
            "  sessions[0].before.pain: must be between 0 and 10\n  sessions[0].reps[0].range: must be between 0 and 1 (a fraction of full range)");
        result.Should().HaveErrorAt("sessions[0].before.pain").And.HaveErrorAt("sessions[0].reps[0].range");
    }

    [Fact]
    public void HaveErrorAt_ValidHistory_Fails()
    {
        var result = WorseRep();

        FailureOf(() => result.Should().HaveErrorAt("sessions[0]")).Should().StartWith("Expected result to have an error at sessions[0], but the input was valid.");
    }

    [Fact]
    public void Failures_InAnAssertionScope_AreAllReported()
    {
        var result = Scenario.At("2026-11-24T10:00:00Z").PressUpSet(minutesAgo: 5, before: (11, Buttock)).Advise();

        var message = FailureOf(() =>
        {
            using var scope = new FluentAssertions.Execution.AssertionScope();
            result.Should().BeStep(AdviceStep.StartSet).And.HaveTargetRange(0.3);
        });

        message.Should().Contain("Expected result to give advice, but there was none.");
    }

    [Fact]
    public void ResultWithoutTrace_SaysHowToGetOne()
    {
        var history = Scenario.At("2026-11-24T10:00:00Z").PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock)).History();
        var result = new Advisor().Advise(history, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

        FailureOf(() => result.Should().BeStep(AdviceStep.StopSet)).Should().EndWith(
            "\nNo trace: advise with Advisor.Explain (or the scenario builder's Advise) to see which rules fired with which facts, and why the others did not. " +
            "Fired rules: open-set, last-rep, centralisation, improvement, regularity, progression, progress, step-message, report-baseline-message, not-medical-advice-message.");
    }

    [Fact]
    public void NullResult_Fails()
    {
        AdviceResult? result = null;

        FailureOf(() => result.Should().BeStep(AdviceStep.StartSet)).Should().Be("Expected result to give advice, but found <null>.");
        FailureOf(() => result.Should().HaveErrorAt("sessions")).Should().Be("Expected result to have an error at sessions, but found <null>.");
    }
}
