using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>Rules 5–11: the set under way.</summary>
public sealed class SetRulesTests
{
    private static Advice InSet(SymptomReport? before, params Rep[] reps) => Advise(History(OpenSet(before, reps)));

    [Fact]
    public void Advise_ThreeWorseRepsInARow_StopsTheSet()
    {
        var advice = InSet(Symptoms(4, Back), Rep(0.3, 5, Back), Rep(0.3, 6, Back), Rep(0.3, 7, Back));

        advice.Step.Should().Be(AdviceStep.StopSet);
        advice.DecidedBy().Should().Be(RuleNames.KeepsWorsening);
        advice.Exercise.Should().Be(Exercise.PressUp);
        advice.RepsDone.Should().Be(3);
        advice.RepsRemaining.Should().Be(0);
        advice.TargetRange.Should().BeNull();
        advice.NextSessionDue.Should().Be(Now.AddHours(2));
    }

    [Fact]
    public void Advise_TwoWorseRepsInARow_ReducesRangeInstead()
    {
        var advice = InSet(Symptoms(4, Back), Rep(0.3, 5, Back), Rep(0.3, 6, Back));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
    }

    [Fact]
    public void Advise_WorseRepsNotAtTheEnd_DoNotCount()
    {
        var advice = InSet(Symptoms(4, Back), Rep(0.3, 5, Back), Rep(0.3, 6, Back), Rep(0.3, 5, Back), Rep(0.3, 6, Back));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
    }

    [Fact]
    public void Advise_TwoRepsInARowThatSpreadDownTheLeg_StopsTheSet()
    {
        var advice = InSet(Symptoms(4, Back), Rep(0.3, 4, Buttock), Rep(0.3, 3, Thigh));

        advice.Step.Should().Be(AdviceStep.StopSet);
        advice.Codes().Should().Contain(MessageCodes.Peripheralising);
    }

    [Fact]
    public void Advise_OneRepSpreadThenOneRepMorePain_ReducesRange()
    {
        var advice = InSet(Symptoms(4, Back), Rep(0.3, 4, Buttock), Rep(0.3, 5, Buttock));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
    }

    [Fact]
    public void Advise_ConsecutiveWorseLimitOption_IsHonoured()
    {
        var options = ProtocolOptions.Default with { ConsecutiveWorseLimit = 2 };

        var advice = Advise(History(OpenSet(Symptoms(4, Back), Rep(0.3, 5, Back), Rep(0.3, 6, Back))), options);

        advice.Step.Should().Be(AdviceStep.StopSet);
    }

    [Fact]
    public void Advise_MaxRepsDone_FinishesTheSet()
    {
        var reps = Enumerable.Range(0, 15).Select(i => Rep(0.3 + (i * 0.01), 9 - ((i + 1) % 2), Back)).ToArray();

        var advice = InSet(Symptoms(9, Back), reps);

        advice.Step.Should().Be(AdviceStep.FinishSet);
        advice.DecidedBy().Should().Be(RuleNames.SetDoneMaxReps);
        advice.RepsDone.Should().Be(15);
        advice.Codes().Should().Contain(MessageCodes.RiseSafely);
    }

    [Fact]
    public void Advise_MaxRepsDoneWithUnknownSymptoms_StillFinishesAndNeverAsksForMore()
    {
        var advice = InSet(Symptoms(4, Back), [.. Enumerable.Repeat(Rep(0.5), 15)]);

        advice.Step.Should().Be(AdviceStep.FinishSet);
    }

    [Fact]
    public void Advise_FourteenRepsLastOneBetter_KeepsProgressing()
    {
        var reps = Enumerable.Range(0, 14).Select(i => Rep(0.3, i % 2 == 0 ? 5 : 4, Back)).ToArray();

        var advice = InSet(Symptoms(6, Back), reps);

        advice.Step.Should().Be(AdviceStep.ProgressRange);
        advice.RepsRemaining.Should().Be(1);
    }

    [Fact]
    public void Advise_MinRepsDoneAndLastRepTheSame_FinishesTheSet()
    {
        var advice = InSet(Symptoms(4, Back), Same(10, 0.5, 4, Back));

        advice.Step.Should().Be(AdviceStep.FinishSet);
        advice.DecidedBy().Should().Be(RuleNames.SetDone);
    }

    [Fact]
    public void Advise_OneRepShortOfMinReps_Progresses()
    {
        var advice = InSet(Symptoms(4, Back), Same(9, 0.5, 4, Back));

        advice.Step.Should().Be(AdviceStep.ProgressRange);
    }

    [Fact]
    public void Advise_MinRepsDoneAndLastRepBetter_KeepsGoing()
    {
        var advice = InSet(Symptoms(5, Back), [.. Same(9, 0.5, 5, Back), Rep(0.5, 4, Back)]);

        advice.Step.Should().Be(AdviceStep.ProgressRange);
    }

    [Fact]
    public void Advise_MinRepsDoneAndLastRepWorse_FinishesRatherThanReduces()
    {
        var advice = InSet(Symptoms(4, Back), [.. Same(9, 0.5, 4, Back), Rep(0.5, 5, Back)]);

        advice.Step.Should().Be(AdviceStep.FinishSet);
    }

    [Fact]
    public void Advise_WorseRep_ReducesRange()
    {
        var advice = InSet(Symptoms(5, Buttock), Rep(0.4, 5, Buttock), Rep(0.5, 6, Buttock));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.DecidedBy().Should().Be(RuleNames.SymptomsIntensify);
        advice.TargetRange.Should().Be(0.4);
        advice.RestSeconds.Should().Be(5);
        advice.RepsDone.Should().Be(2);
        advice.RepsRemaining.Should().Be(13);
        advice.Messages[0].Text.Should().Contain("rest for 5 seconds").And.Contain("40%");
    }

    [Fact]
    public void Advise_PainRiseBelowIntensifyingDelta_IsNotWorse()
    {
        var options = ProtocolOptions.Default with { IntensifyingPainDelta = 2 };

        var advice = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 6, Buttock))), options);

        advice.Step.Should().Be(AdviceStep.ProgressRange);
    }

    [Fact]
    public void Advise_PainRiseAtIntensifyingDelta_IsWorse()
    {
        var options = ProtocolOptions.Default with { IntensifyingPainDelta = 2 };

        var advice = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 7, Buttock))), options);

        advice.Step.Should().Be(AdviceStep.ReduceRange);
    }

    [Fact]
    public void Advise_SpreadWithLessPain_IsWorse()
    {
        var advice = InSet(Symptoms(6, Buttock), Rep(0.4, 4, Thigh));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.Codes().Should().Contain(MessageCodes.Peripheralising);
    }

    [Fact]
    public void Advise_CentralisedWithMorePain_IsBetter()
    {
        var advice = InSet(Symptoms(4, Thigh), Rep(0.4, 6, Buttock));

        advice.Step.Should().Be(AdviceStep.ProgressRange);
        advice.Codes().Should().Contain(MessageCodes.Centralising);
    }

    [Theory]
    [InlineData(0.15, 0.1)]
    [InlineData(0.2, 0.1)]
    [InlineData(0.7, 0.6)]
    public void Advise_WorseRep_TargetIsLastLessStepButAtLeastMinRange(double last, double target)
    {
        var advice = InSet(Symptoms(4, Back), Rep(last, 5, Back));

        advice.TargetRange.Should().Be(target);
    }

    [Fact]
    public void Advise_WorseRepBelowMinRange_NeverAsksToGoFurther()
    {
        var advice = InSet(Symptoms(4, Back), Rep(0.05, 5, Back));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.TargetRange.Should().Be(0.05);
    }

    [Fact]
    public void Advise_RepWithNoSymptoms_HoldsRangeAndAsksForSymptoms()
    {
        var advice = InSet(Symptoms(4, Back), Rep(0.4, 4, Back), Rep(0.5));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.DecidedBy().Should().Be(RuleNames.SymptomsUnknown);
        advice.TargetRange.Should().Be(0.5);
        advice.Codes().Should().Contain(MessageCodes.ReportSymptoms);
    }

    [Fact]
    public void Advise_NothingComparableBeforeTheRep_IsUnknown()
    {
        // The rep reports only pain; nothing before it reported pain.
        var advice = InSet(Symptoms(null, Back), Rep(0.4, 4));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.Codes().Should().Contain(MessageCodes.ReportSymptoms);
    }

    [Fact]
    public void Advise_UnknownRepAfterReportedOnes_ComparesWithTheLastReport()
    {
        // Rep 2 reported nothing; rep 3 is compared with rep 1, the last report before it.
        var advice = InSet(Symptoms(4, Back), Rep(0.3, 4, Back), Rep(0.3), Rep(0.3, 5, Back));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
    }

    [Theory]
    [InlineData(0.3, 0.4)]
    [InlineData(0.95, 1.0)]
    [InlineData(0.0, 0.1)]
    public void Advise_SameOrBetterRep_GoesALittleFurther(double last, double target)
    {
        var advice = InSet(Symptoms(4, Back), Rep(last, 4, Back));

        advice.Step.Should().Be(AdviceStep.ProgressRange);
        advice.DecidedBy().Should().Be(RuleNames.Progress);
        advice.TargetRange.Should().Be(target);
    }

    [Fact]
    public void Advise_SameRepAtFullRange_HoldsFullRange()
    {
        var advice = InSet(Symptoms(4, Back), Rep(1.0, 4, Back));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.DecidedBy().Should().Be(RuleNames.FullRange);
        advice.TargetRange.Should().Be(1.0);
    }

    [Fact]
    public void Advise_LyingPositionWithoutRange_ChoosesTheStepWithNoTarget()
    {
        var advice = Advise(History(OpenSet(Exercise.ProneOnElbows, Symptoms(4, Back), Rep(null, 4, Back))));

        advice.Step.Should().Be(AdviceStep.ProgressRange);
        advice.TargetRange.Should().BeNull();
    }

    [Fact]
    public void Advise_QuickRep_RemindsToMoveSlowly()
    {
        var quick = InSet(Symptoms(4, Back), Rep(0.3, 4, Back, seconds: 1.9));
        var slow = InSet(Symptoms(4, Back), Rep(0.3, 4, Back, seconds: 2));

        quick.Codes().Should().Contain(MessageCodes.MoveSlowly);
        slow.Codes().Should().NotContain(MessageCodes.MoveSlowly);
    }

    [Fact]
    public void Advise_SessionIdleForSessionTimeout_IsNoLongerOpen()
    {
        var set = new Session(Exercise.PressUp, Now.AddMinutes(-30), [Rep(0.3, 4, Back)], before: Symptoms(4, Back));

        var advice = Advise(History(set));

        advice.Step.Should().NotBe(AdviceStep.ProgressRange);
        advice.DecidedBy().Should().Be(RuleNames.BetweenSessions);
    }

    [Fact]
    public void Advise_RepTimeKeepsSessionOpen()
    {
        var set = new Session(Exercise.PressUp, Now.AddMinutes(-50), [new Rep(0.3, 4, Back, At: Now.AddMinutes(-29))], before: Symptoms(4, Back));

        var advice = Advise(History(set));

        advice.Step.Should().Be(AdviceStep.ProgressRange);
    }
}
