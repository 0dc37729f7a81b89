using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.Exercise;

namespace ExerciseRules.Tests.Protocol;

public sealed class ProgressionsTests
{
    private static readonly ProtocolOptions Options = ProtocolOptions.Default;

    private static readonly ProtocolOptions Free = ProtocolOptions.Default with { RequireProgression = false };

    private static FinishedSets Finished((Exercise, SetOutcome)? last, params Exercise[] tolerated) =>
        new(
            last,
            [.. Enum.GetValues<Exercise>().Select(tolerated.Contains)],
            ImmutableArray.Create(new double?[Enum.GetValues<Exercise>().Length]));

    [Fact]
    public void MostAdvancedAllowed_NullFinished_ThrowsArgumentNullException()
    {
        var act = () => Progressions.MostAdvancedAllowed(null!, Options);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("finished");
    }

    [Fact]
    public void MostAdvancedAllowed_NullOptions_ThrowsArgumentNullException()
    {
        var act = () => Progressions.MostAdvancedAllowed(Finished(null), null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void Next_NullFinished_ThrowsArgumentNullException()
    {
        var act = () => Progressions.Next(null!, Options);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("finished");
    }

    [Theory]
    [InlineData(new Exercise[0], ProneLying)]
    [InlineData(new[] { ProneLying }, ProneOnElbows)]
    [InlineData(new[] { ProneOnElbows }, ProneLying)]
    [InlineData(new[] { PressUp }, ProneLying)]
    [InlineData(new[] { ProneLying, PressUp }, ProneOnElbows)]
    [InlineData(new[] { ProneLying, ProneOnElbows }, PressUp)]
    public void MostAdvancedAllowed_EachOnlyAfterTheOnesBeforeItWereTolerated(Exercise[] tolerated, Exercise allowed)
    {
        Progressions.MostAdvancedAllowed(Finished(null, tolerated), Options).Should().Be(allowed);
    }

    [Fact]
    public void MostAdvancedAllowed_ProgressionNotRequired_IsThePressUp()
    {
        Progressions.MostAdvancedAllowed(Finished(null), Free).Should().Be(PressUp);
    }

    [Fact]
    public void Next_NoFinishedSet_IsLyingOrThePressUpWhenProgressionIsNotRequired()
    {
        Progressions.Next(Finished(null), Options).Should().Be(ProneLying);
        Progressions.Next(Finished(null), Free).Should().Be(PressUp);
    }

    [Theory]
    [InlineData(ProneLying, SetOutcome.Tolerated, ProneOnElbows)]
    [InlineData(ProneOnElbows, SetOutcome.Tolerated, PressUp)]
    [InlineData(PressUp, SetOutcome.Tolerated, PressUp)]
    [InlineData(ProneLying, SetOutcome.Neither, ProneLying)]
    [InlineData(ProneOnElbows, SetOutcome.Neither, ProneOnElbows)]
    [InlineData(PressUp, SetOutcome.Neither, PressUp)]
    [InlineData(ProneLying, SetOutcome.StoppedForWorsening, ProneLying)]
    [InlineData(ProneOnElbows, SetOutcome.StoppedForWorsening, ProneLying)]
    [InlineData(PressUp, SetOutcome.StoppedForWorsening, ProneOnElbows)]
    public void Next_AfterAFinishedSet_AdvancesStaysOrStepsBack(Exercise last, SetOutcome outcome, Exercise next)
    {
        Progressions.Next(Finished((last, outcome), ProneLying, ProneOnElbows), Options).Should().Be(next);
        Progressions.Next(Finished((last, outcome)), Free).Should().Be(next);
    }

    [Fact]
    public void Next_PressUpDoneWithoutOnTheElbowsTolerated_NeverBeyondOnTheElbows()
    {
        Progressions.Next(Finished((PressUp, SetOutcome.Neither), ProneLying), Options).Should().Be(ProneOnElbows);
    }

    [Fact]
    public void Next_ToleratedOnTheElbowsButLyingNeverTolerated_StaysLying()
    {
        Progressions.Next(Finished((ProneOnElbows, SetOutcome.Tolerated), ProneOnElbows), Options).Should().Be(ProneLying);
    }

    [Theory]
    [InlineData(ProneLying, PressUp, ProneLying)]
    [InlineData(PressUp, ProneOnElbows, ProneOnElbows)]
    [InlineData(ProneOnElbows, ProneOnElbows, ProneOnElbows)]
    public void Min_TwoExercises_TheEarlierInTheProgression(Exercise a, Exercise b, Exercise min)
    {
        Progressions.Min(a, b).Should().Be(min);
    }
}
