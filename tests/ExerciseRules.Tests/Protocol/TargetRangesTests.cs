using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol;

public sealed class TargetRangesTests
{
    private static readonly ProtocolOptions Options = ProtocolOptions.Default;

    private static FinishedSets ToleratedRanges(double? lying = null, double? elbows = null, double? pressUp = null) =>
        new(null, [false, false, false], ImmutableArray.Create(lying, elbows, pressUp));

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(0.4, 0.3)]
    [InlineData(0.15, 0.1)]
    [InlineData(0.1, 0.1)]
    [InlineData(0.05, 0.05)]
    [InlineData(1.0, 0.9)]
    public void Reduced_LastRange_LessOneStepAtLeastMinRangeNeverBeyondTheLast(double last, double target)
    {
        TargetRanges.Reduced(last, Options).Should().Be(target);
    }

    [Theory]
    [InlineData(0.3, 0.4)]
    [InlineData(0.95, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.0, 0.1)]
    [InlineData(0.7, 0.8)]
    public void Progressed_LastRange_PlusOneStepAtMostOneAtLeastMinRange(double last, double target)
    {
        TargetRanges.Progressed(last, Options).Should().Be(target);
    }

    [Fact]
    public void ReducedAndProgressed_NoLastRange_NoTarget()
    {
        TargetRanges.Reduced(null, Options).Should().BeNull();
        TargetRanges.Progressed(null, Options).Should().BeNull();
    }

    [Fact]
    public void Reduced_RangeStepOption_IsHonoured()
    {
        TargetRanges.Reduced(0.8, Options with { RangeStep = 0.25 }).Should().Be(0.55);
        TargetRanges.Progressed(0.5, Options with { RangeStep = 0.25 }).Should().Be(0.75);
    }

    [Fact]
    public void Start_NullFinished_ThrowsArgumentNullException()
    {
        var act = () => TargetRanges.Start(Exercise.PressUp, null!, Options);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("finished");
    }

    [Theory]
    [InlineData(0.8, 0.7)]
    [InlineData(0.35, 0.3)]
    [InlineData(0.2, 0.3)]
    [InlineData(1.0, 0.9)]
    public void Start_ToleratedBefore_OneStepShortNeverBelowStartRange(double tolerated, double start)
    {
        TargetRanges.Start(Exercise.PressUp, ToleratedRanges(pressUp: tolerated), Options).Should().Be(start);
        TargetRanges.Start(Exercise.ProneLying, ToleratedRanges(lying: tolerated), Options).Should().Be(start);
    }

    [Fact]
    public void Start_NothingToleratedBefore_StartRangeForThePressUpNothingForALyingPosition()
    {
        var finished = ToleratedRanges(lying: 0.6);

        TargetRanges.Start(Exercise.PressUp, finished, Options).Should().Be(0.3);
        TargetRanges.Start(Exercise.ProneOnElbows, finished, Options).Should().BeNull();
    }
}
