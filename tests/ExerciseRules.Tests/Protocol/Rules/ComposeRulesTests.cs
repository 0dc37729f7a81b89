using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>The messages that go with the steps.</summary>
public sealed class ComposeRulesTests
{
    [Fact]
    public void Advise_Always_StartsWithTheStepAndEndsWithNotMedicalAdvice()
    {
        var advice = Advise(History(OpenSet(Symptoms(4, Back), Rep(0.3, 4, Back))));

        advice.Messages[0].Code.Should().Be("progressRange");
        advice.Messages[^1].Code.Should().Be(MessageCodes.NotMedicalAdvice);
        advice.Messages[^1].Text.Should().Contain("not medical advice");
    }

    [Fact]
    public void Advise_LatestLocationMoreCentralThanBefore_SaysCentralising()
    {
        var advice = Advise(History((SymptomReport?)null, OpenSet(Symptoms(5, Thigh), Rep(0.3, 5, Buttock))));

        advice.Codes().Should().Contain(MessageCodes.Centralising);
    }

    [Fact]
    public void Advise_LatestLocationMoreCentralThanBaselineOnly_SaysCentralising()
    {
        var advice = Advise(History(Symptoms(6, Foot), OpenSet(Symptoms(5, Thigh), Rep(0.3, 5, Thigh))));

        advice.Codes().Should().Contain(MessageCodes.Centralising);
    }

    [Fact]
    public void Advise_LocationUnchanged_DoesNotSayCentralising()
    {
        var advice = Advise(History(Symptoms(6, Thigh), OpenSet(Symptoms(5, Thigh), Rep(0.3, 4, Thigh))));

        advice.Codes().Should().NotContain(MessageCodes.Centralising);
    }

    [Fact]
    public void Advise_BaselineMissing_AsksToReportSymptoms()
    {
        var withBaseline = Advise(History(Symptoms(6, Thigh)));
        var without = Advise(History((SymptomReport?)null));

        withBaseline.Codes().Should().NotContain(MessageCodes.ReportSymptoms);
        without.Codes().Should().Contain(MessageCodes.ReportSymptoms);
    }

    [Fact]
    public void Advise_StartSetOfALyingPosition_DoesNotSayKeepRelaxedForThePressUp()
    {
        var advice = Advise(History());

        advice.Codes().Should().NotContain(MessageCodes.KeepRelaxed);
    }

    [Fact]
    public void Advise_FinishSet_ExplainsHowToRise()
    {
        var advice = Advise(History(Symptoms(4, Back), OpenSet(Symptoms(4, Back), Same(10, 0.5, 4, Back))));

        advice.Codes().Should().Equal("finishSet", MessageCodes.RiseSafely, MessageCodes.NotMedicalAdvice);
        advice.Messages[1].Text.Should().Contain("bend one knee up and then the other");
    }
}
