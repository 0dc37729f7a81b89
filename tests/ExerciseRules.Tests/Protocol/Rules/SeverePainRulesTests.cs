using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>Rule 9: a rep that was the same or better but whose pain is severe holds the range, never further.</summary>
public sealed class SeverePainRulesTests
{
    private static Advice InSet(SymptomReport? before, params Rep[] reps) => Advise(History(OpenSet(before, reps)));

    [Fact]
    public void Advise_PainClimbingToTenAtTheSameLocation_HoldsRangeInsteadOfProgressing()
    {
        // The case of issue 10: 8 -> 9 -> 10 -> 10 at an unchanged location used to get progressRange.
        var advice = Advise(History(baseline: Symptoms(8, Back), OpenSet(Symptoms(8, Back), Rep(0.3, 9, Back), Rep(0.4, 10, Back), Rep(0.4, 10, Back))));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.DecidedBy().Should().Be(RuleNames.SeverePain);
        advice.TargetRange.Should().Be(0.4);
        advice.RepsDone.Should().Be(3);
        advice.RepsRemaining.Should().Be(12);
        advice.Codes().Should().Equal("holdRange", MessageCodes.SeverePain, MessageCodes.NotMedicalAdvice);
    }

    [Fact]
    public void Advise_SevereButBetterRep_HoldsRange()
    {
        var advice = InSet(Symptoms(10, Back), Rep(0.5, 9, Back));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.DecidedBy().Should().Be(RuleNames.SeverePain);
        advice.TargetRange.Should().Be(0.5);
    }

    [Fact]
    public void Advise_SeverePainAtExactlyTheThreshold_HoldsRange()
    {
        var advice = InSet(Symptoms(8, Back), Rep(0.5, 8, Back));

        advice.DecidedBy().Should().Be(RuleNames.SeverePain);
    }

    [Fact]
    public void Advise_PainJustBelowTheThreshold_Progresses()
    {
        var advice = InSet(Symptoms(7, Back), Rep(0.5, 7, Back));

        advice.Step.Should().Be(AdviceStep.ProgressRange);
        advice.Codes().Should().NotContain(MessageCodes.SeverePain);
    }

    [Fact]
    public void Advise_SevereAndWorseRep_ReducesRange()
    {
        // Rule 7 comes before rule 9: a worse rep goes less far, which is safer than holding.
        var advice = InSet(Symptoms(8, Back), Rep(0.5, 9, Back));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.TargetRange.Should().Be(0.4);
        advice.Codes().Should().NotContain(MessageCodes.SeverePain);
    }

    [Fact]
    public void Advise_SevereRepAtFullRange_HoldsWithTheSeverePainMessage()
    {
        var advice = InSet(Symptoms(9, Back), Rep(1.0, 9, Back));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.DecidedBy().Should().Be(RuleNames.SeverePain);
        advice.TargetRange.Should().Be(1.0);
        advice.Codes().Should().Contain(MessageCodes.SeverePain);
    }

    [Fact]
    public void Advise_SevereRepInALyingPosition_HoldsWithNoTarget()
    {
        var advice = Advise(History(OpenSet(Exercise.ProneLying, Symptoms(9, Back), Rep(null, 9, Back))));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.DecidedBy().Should().Be(RuleNames.SeverePain);
        advice.TargetRange.Should().BeNull();
    }

    [Fact]
    public void Advise_SeverePainOption_IsHonoured()
    {
        var options = ProtocolOptions.Default with { SeverePain = 6 };

        var advice = Advise(History(OpenSet(Symptoms(6, Back), Rep(0.5, 6, Back))), options);

        advice.DecidedBy().Should().Be(RuleNames.SeverePain);
        advice.Messages[1].Text.Should().Be(
            "Your pain is severe (6 or more out of 10), so do not go any further than the last rep. If the pain stays this strong, stop the exercises and contact your physical therapist.");
    }

    [Fact]
    public void Advise_SevereRepAtMinReps_FinishesTheSetWithoutTheSeverePainMessage()
    {
        // Row 6 comes first: the set is done; the severe-pain message goes only with rule 9.
        var advice = InSet(Symptoms(8, Back), Same(10, 0.5, 8, Back));

        advice.Step.Should().Be(AdviceStep.FinishSet);
        advice.Codes().Should().NotContain(MessageCodes.SeverePain);
    }

    [Fact]
    public void Advise_SevereRepWithoutAReportedPain_IsJudgedOnWhatWasReported()
    {
        // Only the location was reported after the rep: its pain is not known to be severe (PROTOCOL row 9 reads
        // "its pain"), so the rep that did not spread progresses; the earlier 9/10 is not carried forward.
        var advice = InSet(Symptoms(9, Back), Rep(0.3, 9, Back), Rep(0.4, null, Back));

        advice.Step.Should().Be(AdviceStep.ProgressRange);
    }
}
