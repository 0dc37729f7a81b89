using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>Rules 12–14: starting sets, the time between sessions, and progression between exercises.</summary>
public sealed class SessionRulesTests
{
    private static readonly ProtocolOptions Free = ProtocolOptions.Default with { RequireProgression = false };

    [Fact]
    public void Advise_NoSessionsYet_StartsWithLyingOnTheStomach()
    {
        var advice = Advise(History());

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.DecidedBy().Should().Be(RuleNames.BetweenSessions);
        advice.Exercise.Should().Be(Exercise.ProneLying);
        advice.TargetRange.Should().BeNull();
        advice.RepsDone.Should().Be(0);
        advice.RepsRemaining.Should().Be(15);
    }

    [Fact]
    public void Advise_NoSessionsAndProgressionNotRequired_StartsWithThePressUpAtStartRange()
    {
        var advice = Advise(History(), Free);

        advice.Exercise.Should().Be(Exercise.PressUp);
        advice.TargetRange.Should().Be(0.3);
        advice.Codes().Should().Contain(MessageCodes.KeepRelaxed);
    }

    [Fact]
    public void Advise_OpenSessionWithNoReps_StartsTheSet()
    {
        var advice = Advise(History([.. PressUpAllowed(Now.AddHours(-3)), OpenSet(Symptoms(4, Back))]));

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.DecidedBy().Should().Be(RuleNames.StartSet);
        advice.Exercise.Should().Be(Exercise.PressUp);
        advice.TargetRange.Should().Be(0.3);
        advice.Codes().Should().Contain(MessageCodes.KeepRelaxed);
        advice.Messages[0].Text.Should().Contain("Go slowly");
    }

    [Fact]
    public void Advise_OpenPressUpSessionBeforeTheLyingPositionsWereTolerated_StartsWithLyingInstead()
    {
        var advice = Advise(History(OpenSet(Symptoms(4, Back))));

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.Exercise.Should().Be(Exercise.ProneLying);
        advice.Codes().Should().NotContain(MessageCodes.KeepRelaxed);
    }

    [Theory]
    [InlineData(0.8, 0.7)]
    [InlineData(0.45, 0.35)]
    [InlineData(0.35, 0.3)]
    public void Advise_StartSet_StartsJustShortOfTheRangeToleratedLastTime(double tolerated, double start)
    {
        var sessions = PressUpAllowed(Now.AddHours(-6)).Add(ToleratedSet(Exercise.PressUp, Now.AddHours(-3), tolerated)).Add(OpenSet(Symptoms(4, Back)));

        var advice = Advise(History([.. sessions]));

        advice.TargetRange.Should().Be(start);
    }

    [Fact]
    public void Advise_StartSet_UsesTheLastRepThatWasNotWorse()
    {
        var lastTime = DoneSet(Exercise.PressUp, Now.AddHours(-3), Symptoms(4, Back), Symptoms(4, Back),
            Rep(0.5, 4, Back), Rep(0.6, 4, Back), Rep(0.7, 5, Back));
        var sessions = PressUpAllowed(Now.AddHours(-6)).Add(lastTime).Add(OpenSet(Symptoms(4, Back)));

        var advice = Advise(History([.. sessions]), Free);

        advice.Exercise.Should().Be(Exercise.PressUp);
        advice.TargetRange.Should().Be(0.5);
    }

    [Fact]
    public void Advise_LastSessionEndedLessThanIntervalAgo_WaitsForTheNextSession()
    {
        var last = DoneSet(Exercise.ProneLying, Now.AddHours(-2), Symptoms(4, Back), Symptoms(4, Back),
            new Rep(null, 4, Back, At: Now.AddMinutes(-119)));

        var advice = Advise(History(last));

        advice.Step.Should().Be(AdviceStep.NextSession);
        advice.NextSessionDue.Should().Be(Now.AddMinutes(1));
        advice.Exercise.Should().Be(Exercise.ProneLying);
        advice.TargetRange.Should().BeNull();
        advice.RepsDone.Should().BeNull();
    }

    [Fact]
    public void Advise_LastSessionEndedExactlyIntervalAgo_StartsASet()
    {
        var last = DoneSet(Exercise.ProneLying, Now.AddHours(-2).AddMinutes(-1), Symptoms(4, Back), Symptoms(4, Back),
            new Rep(null, 4, Back, At: Now.AddHours(-2)));

        var advice = Advise(History(last));

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.DecidedBy().Should().Be(RuleNames.BetweenSessions);
    }

    [Fact]
    public void Advise_SessionIntervalOption_IsHonoured()
    {
        var last = ToleratedSet(Exercise.ProneLying, Now.AddMinutes(-80));
        var options = ProtocolOptions.Default with { SessionInterval = TimeSpan.FromHours(1) };

        var advice = Advise(History(last), options);

        advice.Step.Should().Be(AdviceStep.StartSet);
    }

    [Theory]
    [InlineData(Exercise.ProneLying, Exercise.ProneOnElbows)]
    [InlineData(Exercise.ProneOnElbows, Exercise.PressUp)]
    [InlineData(Exercise.PressUp, Exercise.PressUp)]
    public void Advise_AfterATolerableSet_AdvancesOneExercise(Exercise done, Exercise next)
    {
        var sessions = new List<Session>();
        if (done >= Exercise.ProneOnElbows)
        {
            sessions.Add(ToleratedSet(Exercise.ProneLying, Now.AddHours(-9)));
        }

        if (done == Exercise.PressUp)
        {
            sessions.Add(ToleratedSet(Exercise.ProneOnElbows, Now.AddHours(-6)));
        }

        sessions.Add(ToleratedSet(done, Now.AddHours(-3)));

        var advice = Advise(History([.. sessions]));

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.Exercise.Should().Be(next);
        advice.FiredRules.Select(r => r.Name).Should().Contain(RuleNames.Progression);
    }

    [Fact]
    public void Advise_SetOneRepShortOfMinReps_IsNotToleratedAndStays()
    {
        var set = DoneSet(Exercise.ProneLying, Now.AddHours(-3), Symptoms(4, Back), Symptoms(4, Back), Same(9, 0.5, 4, Back));

        var advice = Advise(History(set));

        advice.Exercise.Should().Be(Exercise.ProneLying);
    }

    [Fact]
    public void Advise_SetNotCompleted_IsNotTolerated()
    {
        var set = new Session(Exercise.ProneLying, Now.AddHours(-3), [.. Same(10, 0.5, 4, Back)], completed: false, Symptoms(4, Back), Symptoms(4, Back));

        var advice = Advise(History(set));

        advice.Exercise.Should().Be(Exercise.ProneLying);
    }

    [Fact]
    public void Advise_SetWithWorseAfterSymptoms_StepsBack()
    {
        var sessions = PressUpAllowed(Now.AddHours(-9)).Add(
            DoneSet(Exercise.PressUp, Now.AddHours(-3), Symptoms(4, Back), Symptoms(4, Buttock), Same(10, 0.5, 4, Back)));

        var advice = Advise(History([.. sessions]));

        advice.Exercise.Should().Be(Exercise.ProneOnElbows);
    }

    [Fact]
    public void Advise_AfterTheSetWasStopped_NextSessionStepsBack()
    {
        var stopped = DoneSet(Exercise.PressUp, Now.AddHours(-3), Symptoms(4, Back), null,
            Rep(0.3, 5, Back), Rep(0.3, 6, Back), Rep(0.3, 7, Back));
        var sessions = PressUpAllowed(Now.AddHours(-9)).Add(stopped);

        var advice = Advise(History([.. sessions]));

        advice.Exercise.Should().Be(Exercise.ProneOnElbows);
    }

    [Fact]
    public void Advise_StoppedWhileLying_StaysWithLying()
    {
        var stopped = DoneSet(Exercise.ProneLying, Now.AddHours(-3), Symptoms(4, Back), null,
            Rep(null, 5, Back), Rep(null, 6, Back), Rep(null, 7, Back));

        var advice = Advise(History(stopped));

        advice.Exercise.Should().Be(Exercise.ProneLying);
    }

    [Fact]
    public void Advise_TolerableOnElbowsButLyingNeverTolerated_NeverAdvancesPastLying()
    {
        var advice = Advise(History(ToleratedSet(Exercise.ProneOnElbows, Now.AddHours(-3))));

        advice.Exercise.Should().Be(Exercise.ProneLying);
    }

    [Fact]
    public void Advise_ProgressionNotRequired_AdvancesFromTheLastSetAlone()
    {
        var advice = Advise(History(ToleratedSet(Exercise.ProneOnElbows, Now.AddHours(-3))), Free);

        advice.Exercise.Should().Be(Exercise.PressUp);
    }

    [Fact]
    public void Advise_SetUnderWay_IsJudgedAsTheExerciseItIs()
    {
        // The press-up was never allowed, but a set of it is under way: it is advised as the press-up it is.
        var advice = Advise(History(OpenSet(Symptoms(4, Back), Rep(0.3, 4, Back))));

        advice.Exercise.Should().Be(Exercise.PressUp);
        advice.Step.Should().Be(AdviceStep.ProgressRange);
    }
}
