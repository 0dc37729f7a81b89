using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>Rules 1 and 2: red flags override everything.</summary>
public sealed class RedFlagRulesTests
{
    private static History WorseningSetWith(params RedFlag[] flags) =>
        History(OpenSet(Symptoms(4, SymptomLocation.Back), Rep(0.3, 5, SymptomLocation.Back), Rep(0.3, 6, SymptomLocation.Back), Rep(0.3, 7, SymptomLocation.Back)))
        with { RedFlags = [.. flags] };

    [Theory]
    [InlineData(RedFlag.SaddleNumbness)]
    [InlineData(RedFlag.BladderOrBowelChange)]
    [InlineData(RedFlag.ProgressiveLegWeakness)]
    public void Advise_EmergencyRedFlag_SeeksEmergencyCare(RedFlag flag)
    {
        var advice = Advise(WorseningSetWith(flag));

        advice.Step.Should().Be(AdviceStep.SeekUrgentCare);
        advice.Urgency.Should().Be(Urgency.Emergency);
        advice.DecidedBy().Should().Be(RuleNames.RedFlagEmergency);
        advice.Exercise.Should().BeNull();
        advice.TargetRange.Should().BeNull();
    }

    [Theory]
    [InlineData(RedFlag.Fever)]
    [InlineData(RedFlag.UnexplainedWeightLoss)]
    [InlineData(RedFlag.SignificantTrauma)]
    [InlineData(RedFlag.ConstantNightPain)]
    [InlineData(RedFlag.HistoryOfCancer)]
    public void Advise_UrgentRedFlag_SeeksUrgentCare(RedFlag flag)
    {
        var advice = Advise(WorseningSetWith(flag));

        advice.Step.Should().Be(AdviceStep.SeekUrgentCare);
        advice.Urgency.Should().Be(Urgency.Urgent);
        advice.DecidedBy().Should().Be(RuleNames.RedFlagUrgent);
    }

    [Fact]
    public void Advise_EmergencyAndUrgentFlags_EmergencyWins()
    {
        var advice = Advise(WorseningSetWith(RedFlag.Fever, RedFlag.SaddleNumbness));

        advice.Urgency.Should().Be(Urgency.Emergency);
        advice.Messages[0].Text.Should().Contain("Numbness around the saddle area").And.Contain("emergency");
    }

    [Fact]
    public void Advise_NoRedFlag_FollowsTheExerciseRules()
    {
        var advice = Advise(WorseningSetWith());

        advice.Step.Should().Be(AdviceStep.StopSet);
    }

    [Fact]
    public void Advise_RedFlag_LeavesOutMessagesThatEncourageExercise()
    {
        // Centralising and moving too fast would both get a message in a set; with a red flag only the care matters.
        var history = History(
            Symptoms(6, SymptomLocation.Thigh),
            OpenSet(Symptoms(6, SymptomLocation.Thigh), Rep(0.3, 5, SymptomLocation.Back, seconds: 1)))
            with { RedFlags = [RedFlag.ConstantNightPain] };

        var advice = Advise(history);

        advice.Codes().Should().Equal("seekUrgentCare", MessageCodes.NotMedicalAdvice);
    }
}
