using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol;

public sealed class SetMeasuresTests
{
    private static readonly ProtocolOptions Options = ProtocolOptions.Default;

    private static SetMeasures Measure(SymptomReport? before, params Rep[] reps) => SetMeasures.Of(OpenSet(before, reps), Options);

    [Fact]
    public void Of_NullSession_ThrowsArgumentNullException()
    {
        var act = () => SetMeasures.Of(null!, Options);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("session");
    }

    [Fact]
    public void Of_NullOptions_ThrowsArgumentNullException()
    {
        var act = () => SetMeasures.Of(OpenSet(null), null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void Of_NoReps_NothingMeasuredAndTheLastResponseIsUnknown()
    {
        var measures = Measure(Symptoms(4, Back));

        measures.Responses.Should().BeEmpty();
        measures.LastResponse.Should().Be(SymptomChange.Unknown);
        measures.ConsecutiveWorse.Should().Be(0);
        measures.TrailingPeripheralised.Should().Be(0);
        measures.LastPeripheralised.Should().BeFalse();
        measures.LastToleratedRange.Should().BeNull();
        measures.AfterVersusBefore.Should().Be(SymptomChange.Unknown);
    }

    [Fact]
    public void Of_EachRep_ComparedWithTheLastReportBeforeIt()
    {
        var measures = Measure(Symptoms(4, Back), Rep(0.3, 4, Back), Rep(0.4, 3, Back), Rep(0.5, 5, Back), Rep(0.4, 5, Buttock));

        measures.Responses.Should().Equal(SymptomChange.Same, SymptomChange.Better, SymptomChange.Worse, SymptomChange.Worse);
        measures.LastResponse.Should().Be(SymptomChange.Worse);
        measures.ConsecutiveWorse.Should().Be(2);
        measures.TrailingPeripheralised.Should().Be(1);
        measures.LastPeripheralised.Should().BeTrue();
        measures.LastToleratedRange.Should().Be(0.4);
    }

    [Fact]
    public void Of_RepWithoutLocation_LaterRepsCompareWithTheLastReportedLocation()
    {
        var measures = Measure(Symptoms(4, Back), Rep(0.3, 4, Buttock), Rep(0.3, 4), Rep(0.3, 4, Back));

        measures.Responses.Should().Equal(SymptomChange.Worse, SymptomChange.Same, SymptomChange.Better);
        measures.ConsecutiveWorse.Should().Be(0);
        measures.LastToleratedRange.Should().Be(0.3);
    }

    [Fact]
    public void Of_RepWithoutPain_LaterRepsCompareWithTheLastReportedPain()
    {
        var measures = Measure(Symptoms(4), Rep(0.3, 6), Rep(0.3), Rep(0.3, 6));

        measures.Responses.Should().Equal(SymptomChange.Worse, SymptomChange.Unknown, SymptomChange.Same);
    }

    [Fact]
    public void Of_RepWithoutLocationBetweenTwoSpreads_BreaksTheRunOfSpreads()
    {
        var measures = Measure(Symptoms(4, Back), Rep(0.3, 4, Buttock), Rep(0.3, 4), Rep(0.3, 4, Thigh));

        measures.TrailingPeripheralised.Should().Be(1);
        measures.KeepsWorsening(Options).Should().BeFalse();
    }

    [Fact]
    public void Of_TwoSpreadsInARow_KeepsWorsening()
    {
        var measures = Measure(Symptoms(4, Back), Rep(0.3, 4, Buttock), Rep(0.3, 3, Thigh));

        measures.TrailingPeripheralised.Should().Be(2);
        measures.ConsecutiveWorse.Should().Be(2);
        measures.KeepsWorsening(Options).Should().BeTrue();
    }

    [Fact]
    public void Of_UnknownRepAmongWorseOnes_BreaksTheRunOfWorseReps()
    {
        var measures = Measure(Symptoms(4, Back), Rep(0.3, 5, Back), Rep(0.3), Rep(0.3, 6, Back), Rep(0.3, 7, Back));

        measures.ConsecutiveWorse.Should().Be(2);
        measures.KeepsWorsening(Options).Should().BeFalse();
        measures.KeepsWorsening(Options with { ConsecutiveWorseLimit = 2 }).Should().BeTrue();
    }

    [Fact]
    public void Of_WorseRepsOnly_NoToleratedRange()
    {
        Measure(Symptoms(4, Back), Rep(0.3, 5, Back), Rep(0.2, 6, Back)).LastToleratedRange.Should().BeNull();
    }

    [Fact]
    public void Of_LastRepNotWorseWithoutRange_ToleratedRangeIsTheLastReportedOne()
    {
        Measure(Symptoms(4, Back), Rep(0.3, 4, Back), Rep(null, 4, Back)).LastToleratedRange.Should().Be(0.3);
    }

    [Fact]
    public void Of_AfterWorseThanBefore_AfterVersusBeforeIsWorse()
    {
        var session = DoneSet(Exercise.PressUp, Now.AddHours(-1), Symptoms(4, Back), Symptoms(4, Thigh), Rep(0.3, 4, Back));

        SetMeasures.Of(session, Options).AfterVersusBefore.Should().Be(SymptomChange.Worse);
    }

    [Fact]
    public void Of_AfterWithoutBefore_AfterVersusBeforeIsUnknown()
    {
        var session = DoneSet(Exercise.PressUp, Now.AddHours(-1), null, Symptoms(2, Back), Rep(0.3, 4, Back));

        SetMeasures.Of(session, Options).AfterVersusBefore.Should().Be(SymptomChange.Unknown);
    }

    [Theory]
    [InlineData(10, true, 4, 4, SetOutcome.Tolerated)]
    [InlineData(10, true, 4, 3, SetOutcome.Tolerated)]
    [InlineData(9, true, 4, 4, SetOutcome.Neither)]
    [InlineData(10, false, 4, 4, SetOutcome.Neither)]
    [InlineData(10, true, 4, 5, SetOutcome.StoppedForWorsening)]
    [InlineData(3, false, 4, 5, SetOutcome.StoppedForWorsening)]
    public void OutcomeOf_Set_ToleratedOnlyWhenCompletedLongEnoughAndNotWorse(int reps, bool completed, int before, int after, SetOutcome outcome)
    {
        var session = new Session(Exercise.ProneLying, Now.AddHours(-1), [.. Same(reps, 0.5, 4, Back)], completed, Symptoms(before, Back), Symptoms(after, Back));

        SetMeasures.Of(session, Options).OutcomeOf(session, Options).Should().Be(outcome);
    }

    [Fact]
    public void OutcomeOf_LastRepUnknown_IsNotTolerated()
    {
        var session = new Session(Exercise.ProneLying, Now.AddHours(-1), [.. Same(10, 0.5, 4, Back), Rep(0.5)], completed: true, Symptoms(4, Back), Symptoms(4, Back));

        SetMeasures.Of(session, Options).OutcomeOf(session, Options).Should().Be(SetOutcome.Neither);
    }

    [Fact]
    public void OutcomeOf_AfterUnknown_IsNotTolerated()
    {
        var session = new Session(Exercise.ProneLying, Now.AddHours(-1), [.. Same(10, 0.5, 4, Back)], completed: true, Symptoms(4, Back), null);

        SetMeasures.Of(session, Options).OutcomeOf(session, Options).Should().Be(SetOutcome.Neither);
    }

    [Fact]
    public void OutcomeOf_EndsKeepingWorsening_IsStoppedForWorsening()
    {
        var session = new Session(Exercise.ProneOnElbows, Now.AddHours(-1), [Rep(0.3, 5, Back), Rep(0.3, 6, Back), Rep(0.3, 7, Back)], completed: false, Symptoms(4, Back));

        SetMeasures.Of(session, Options).OutcomeOf(session, Options).Should().Be(SetOutcome.StoppedForWorsening);
    }

    [Fact]
    public void OutcomeOf_NullSession_ThrowsArgumentNullException()
    {
        var session = OpenSet(null);

        var act = () => SetMeasures.Of(session, Options).OutcomeOf(null!, Options);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("session");
    }

    [Fact]
    public void OutcomeOf_NullOptions_ThrowsArgumentNullException()
    {
        var session = OpenSet(null);

        var act = () => SetMeasures.Of(session, Options).OutcomeOf(session, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }
}
