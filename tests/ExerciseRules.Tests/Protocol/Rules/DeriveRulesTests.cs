using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>The derived facts, read from a rule session the way the advisor builds it; unknown facts carry the reason the trace shows.</summary>
public sealed class DeriveRulesTests
{
    private static RuleSetEvaluation Evaluate(History history) =>
        PressUpProtocol.Evaluate(PressUpProtocol.Compile(), EpisodeMeasurement.Of(history, Now, ProtocolOptions.Default), new ComposedMessages(), explain: false);

    // ---- last rep ----

    [Fact]
    public void LastRep_RepReportingNothing_UnknownBecauseTheRepSaidNothing()
    {
        var session = Evaluate(History(OpenSet(Symptoms(4, Back), Rep(0.4, 4, Back), Rep(0.5))));

        session.GetState<LastRep>().Should().Be(FactState.Unknown);
        session.GetUnknownReason<LastRep>().Should().Be("rep 2 reported neither pain nor location");
    }

    [Fact]
    public void LastRep_NothingComparableBeforeIt_UnknownBecauseNothingBeforeCanBeCompared()
    {
        var session = Evaluate(History(OpenSet(Symptoms(null, Back), Rep(0.4, 4))));

        session.GetState<LastRep>().Should().Be(FactState.Unknown);
        session.GetUnknownReason<LastRep>().Should().Be("nothing reported before rep 1 (the session's before and earlier reps) can be compared with it");
    }

    [Fact]
    public void LastRep_Comparable_KnownWithNumberResponseAndSpread()
    {
        var session = Evaluate(History(OpenSet(Symptoms(4, Back), Rep(0.3, 4, Back), Rep(0.4, 4, Buttock))));

        session.Find<LastRep>()!.Should().Be(new LastRep(2, Rep(0.4, 4, Buttock), SymptomChange.Worse, Peripheralised: true));
    }

    [Fact]
    public void LastRep_NoRepsYet_Absent()
    {
        Evaluate(History(OpenSet(Symptoms(4, Back)))).GetState<LastRep>().Should().Be(FactState.Absent);
    }

    // ---- centralisation ----

    [Fact]
    public void Centralisation_NoSessionReportedALocation_Unknown()
    {
        var session = Evaluate(History(OpenSet(Symptoms(4), Rep(0.3, 4))));

        session.GetState<Centralisation>().Should().Be(FactState.Unknown);
        session.GetUnknownReason<Centralisation>().Should().Be("no session reported where the symptoms reach");
    }

    [Fact]
    public void Centralisation_NeitherBeforeNorBaselineReportedALocation_Unknown()
    {
        var session = Evaluate(History(Symptoms(6), OpenSet(Symptoms(4), Rep(0.3, 4, Back))));

        session.GetState<Centralisation>().Should().Be(FactState.Unknown);
        session.GetUnknownReason<Centralisation>().Should().Be("neither the current session's before nor the baseline reports where the symptoms reach");
    }

    [Fact]
    public void Centralisation_NoBaselineAtAllAndNoBeforeLocation_Unknown()
    {
        var session = Evaluate(History((SymptomReport?)null, OpenSet(Symptoms(4), Rep(0.3, 4, Back))));

        session.GetState<Centralisation>().Should().Be(FactState.Unknown);
    }

    [Theory]
    [InlineData(Thigh, null, Buttock, true)] // more central than before
    [InlineData(null, Thigh, Buttock, true)] // more central than the baseline
    [InlineData(Buttock, Thigh, Buttock, true)] // than the baseline, not the before
    [InlineData(Buttock, Buttock, Buttock, false)]
    [InlineData(Buttock, null, Thigh, false)]
    public void Centralisation_LatestLocation_ComparedWithBeforeOrBaseline(SymptomLocation? before, SymptomLocation? baseline, SymptomLocation latest, bool centralising)
    {
        var session = Evaluate(History(Symptoms(6, baseline), OpenSet(Symptoms(4, before), Rep(0.3, 4, latest))));

        session.Find<Centralisation>()!.IsCentralising.Should().Be(centralising);
    }

    // ---- improvement ----

    [Fact]
    public void Improvement_NoBaseline_Unknown()
    {
        var session = Evaluate(History((SymptomReport?)null, OpenSet(Symptoms(4, Back))));

        session.GetState<Improvement>().Should().Be(FactState.Unknown);
        session.GetUnknownReason<Improvement>().Should().Be("no baseline symptoms were reported");
    }

    [Fact]
    public void Improvement_BaselineReportingNothing_Unknown()
    {
        var session = Evaluate(History(Symptoms(null), OpenSet(Symptoms(4, Back))));

        session.GetUnknownReason<Improvement>().Should().Be("no baseline symptoms were reported");
    }

    [Fact]
    public void Improvement_NoPainToCompareAndLocationUnmoved_Unknown()
    {
        var session = Evaluate(History(Symptoms(6, Thigh), OpenSet(Symptoms(null, Thigh))));

        session.GetState<Improvement>().Should().Be(FactState.Unknown);
        session.GetUnknownReason<Improvement>().Should().Be("no pain reported in a session can be compared with the baseline pain, and the location has not moved");
    }

    [Theory]
    [InlineData(6, Thigh, 6, Buttock, true)] // centralised, same pain
    [InlineData(2, Thigh, 9, Back, true)] // centralised, more pain
    [InlineData(6, Thigh, 1, Knee, false)] // spread, less pain
    [InlineData(6, Thigh, 4, Thigh, true)]
    [InlineData(6, Thigh, 5, Thigh, false)]
    public void Improvement_Latest_LocationFirstThenPain(int baselinePain, SymptomLocation baselineLocation, int latestPain, SymptomLocation latestLocation, bool improved)
    {
        var session = Evaluate(History(Symptoms(baselinePain, baselineLocation), OpenSet(Symptoms(latestPain, latestLocation))));

        session.Find<Improvement>()!.IsImproved.Should().Be(improved);
    }

    // ---- regularity and progression ----

    [Fact]
    public void Regularity_NoSessions_NotRegular()
    {
        Evaluate(History()).Find<Regularity>()!.IsRegular.Should().BeFalse();
    }

    [Fact]
    public void NextExercise_NoSessions_LyingWithNoTarget()
    {
        Evaluate(History()).Find<NextExercise>()!.Should().Be(new NextExercise(Exercise.ProneLying, null));
    }

    [Fact]
    public void NextExercise_PressUpAllowed_ThePressUpAtStartRange()
    {
        var session = Evaluate(History([.. PressUpAllowed(Now)]));

        session.Find<NextExercise>()!.Should().Be(new NextExercise(Exercise.PressUp, 0.3));
    }

    [Fact]
    public void OpenSet_IdleSessionNotCompleted_NotOpen()
    {
        var idle = new Session(Exercise.PressUp, Now.AddMinutes(-30), [], completed: false, Symptoms(4, Back));

        Evaluate(History(idle)).GetState<OpenSet>().Should().Be(FactState.Absent);
        Evaluate(History(idle with { StartedAt = Now.AddMinutes(-29) })).GetState<OpenSet>().Should().Be(FactState.Known);
    }
}
