using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;

namespace ExerciseRules.Tests.Scenarios;

public sealed class ScenarioExpectationTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static readonly Advice Advice = new(AdviceStep.ReduceRange, Urgency.None)
    {
        Exercise = Exercise.PressUp,
        TargetRange = 0.30000000000000004,
        RestSeconds = 5,
        RepsDone = 2,
        Messages = [new AdviceMessage("reduceRange", "..."), new AdviceMessage("notMedicalAdvice", "...")],
        FiredRules = [new FiredRule("last-rep", RuleStage.Derive, 90, ""), new FiredRule("symptoms-intensify", RuleStage.Decide, 70, "")],
    };

    private static IEnumerable<string> Check(ScenarioExpectation expectation) => expectation.Check(Advice).Select(m => m.ToString());

    [Fact]
    public void Check_None_HasNoMismatches()
    {
        ScenarioExpectation.None.Check(Advice).Should().BeEmpty();
    }

    [Fact]
    public void Check_MetExpectations_HaveNoMismatches()
    {
        var expectation = new ScenarioExpectation
        {
            Step = AdviceStep.ReduceRange,
            Urgency = Urgency.None,
            Exercise = Exercise.PressUp,
            TargetRange = 0.3,
            TargetRangeAtMost = 0.3,
            TargetRangeAtLeast = 0.3,
            RestSeconds = 5,
            RepsDone = 2,
            NextSessionDue = ExpectedValue<DateTimeOffset>.Null,
            MessagesInclude = [MessageCodes.NotMedicalAdvice, "reduceRange"],
            MessagesExclude = [MessageCodes.Centralising],
            DecidedBy = RuleNames.SymptomsIntensify,
            FiredInclude = [RuleNames.LastRep],
            FiredExclude = [RuleNames.Progress],
        };

        expectation.Check(Advice).Should().BeEmpty("ranges are compared within RangeTolerance");
    }

    [Fact]
    public void Check_EveryFieldMissed_SaysWhatWasExpectedAndWhatCame()
    {
        var expectation = new ScenarioExpectation
        {
            Step = AdviceStep.ProgressRange,
            Urgency = Urgency.Routine,
            Exercise = ExpectedValue<Exercise>.Null,
            TargetRange = 0.5,
            TargetRangeAtMost = 0.2,
            TargetRangeAtLeast = 0.4,
            RestSeconds = ExpectedValue<int>.Null,
            RepsDone = 3,
            NextSessionDue = Due,
            MessagesInclude = [MessageCodes.Centralising],
            MessagesExclude = [MessageCodes.NotMedicalAdvice],
            DecidedBy = RuleNames.Progress,
            FiredInclude = [RuleNames.Progress],
            FiredExclude = [RuleNames.LastRep],
        };

        Check(expectation).Should().Equal(
            "step: expected progressRange, got reduceRange",
            "urgency: expected routine, got none",
            "exercise: expected null, got pressUp",
            "targetRange: expected 0.5, got 0.30000000000000004",
            "targetRangeAtMost: expected at most 0.2, got 0.30000000000000004",
            "targetRangeAtLeast: expected at least 0.4, got 0.30000000000000004",
            "restSeconds: expected null, got 5",
            "repsDone: expected 3, got 2",
            "nextSessionDue: expected 2026-11-24T12:00:00Z, got null",
            "messagesInclude: expected a centralising message, got [reduceRange, notMedicalAdvice]",
            "messagesExclude: expected no notMedicalAdvice message, got [reduceRange, notMedicalAdvice]",
            "decidedBy: expected progress, got symptoms-intensify",
            "firedInclude: expected progress to fire, but it did not",
            "firedExclude: expected last-rep not to fire, but it fired");
    }

    [Fact]
    public void Check_TargetRangeBoundsWithoutATarget_AreMismatches()
    {
        var advice = Advice with { TargetRange = null };

        new ScenarioExpectation { TargetRangeAtMost = 1 }.Check(advice).Single().ToString()
            .Should().Be("targetRangeAtMost: expected at most 1, got null");
    }

    [Fact]
    public void Check_NextSessionDue_ComparesInstantsAcrossOffsets()
    {
        var advice = Advice with { NextSessionDue = Due };

        new ScenarioExpectation { NextSessionDue = Due.ToOffset(TimeSpan.FromHours(1)) }.Check(advice).Should().BeEmpty();
    }

    [Fact]
    public void Check_WithTrace_SaysWhyAnExpectedRuleDidNotFire()
    {
        var result = new Advisor().Explain(Support.Given.History(Support.Given.OpenSet(Support.Given.Symptoms(5, SymptomLocation.Back))), Support.Given.Now);

        var mismatch = new ScenarioExpectation { FiredInclude = [RuleNames.Progress] }.Check(result.Advice!, result.Trace).Single();

        mismatch.ToString().Should().Be($"firedInclude: expected progress to fire, but it did not: {result.Trace!.MissOf(RuleNames.Progress)!.Explanation}");
    }

    [Fact]
    public void Check_UnknownNames_AreMismatchesNotSilentPasses()
    {
        var expectation = new ScenarioExpectation { MessagesExclude = ["centralizing"], FiredExclude = ["progres"] };

        Check(expectation).Should().Equal(
            "messagesExclude[0]: 'centralizing' is not a message code: use a step (seekUrgentCare, contactTherapist, stopSet, finishSet, reduceRange, holdRange, progressRange, startSet, nextSession) or one of centralising, exerciseRegularly, keepRelaxed, moveSlowly, notMedicalAdvice, peripheralising, reportSymptoms, riseSafely, severePain",
            "firedExclude[0]: 'progres' is not a rule of the press-up protocol (rule names look like symptoms-intensify; see RuleNames)");
    }

    [Fact]
    public void ExpectedValue_ToString_WritesTheWireForm()
    {
        ExpectedValue<Exercise>.Of(Exercise.ProneOnElbows).ToString().Should().Be("proneOnElbows");
        ExpectedValue<double>.Of(0.25).ToString().Should().Be("0.25");
        ExpectedValue<DateTimeOffset>.Of(Due).ToString().Should().Be("2026-11-24T12:00:00Z");
        ExpectedValue<int>.Null.ToString().Should().Be("null");
    }

    [Fact]
    public void ToString_ListsWhatIsChecked()
    {
        var expectation = new ScenarioExpectation { Step = AdviceStep.ReduceRange, TargetRange = ExpectedValue<double>.Null, TargetRangeAtMost = 0.4, MessagesInclude = ["notMedicalAdvice"] };

        expectation.ToString().Should().Be("ScenarioExpectation { step = reduceRange, targetRange = null, targetRangeAtMost = 0.4, messagesInclude = [notMedicalAdvice] }");
        ScenarioExpectation.None.ToString().Should().Be("ScenarioExpectation { }");
    }
}
