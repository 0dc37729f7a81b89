using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol.Facts;

public sealed class FinishedSetsTests
{
    private static readonly ImmutableArray<bool> Tolerated = [true, false, false];

    private static readonly ImmutableArray<double?> Ranges = [0.5, null, null];

    /// <summary>An array of <paramref name="length"/> values, or the default array for -1.</summary>
    private static ImmutableArray<T> Array<T>(int length) => length < 0 ? default : [.. new T[length]];

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(2, 3)]
    [InlineData(4, 3)]
    [InlineData(3, -1)]
    [InlineData(3, 2)]
    [InlineData(3, 4)]
    [InlineData(-1, -1)]
    public void Constructor_ArrayNotOneValuePerExercise_Throws(int toleratedLength, int rangesLength)
    {
        var act = () => new FinishedSets(null, Array<bool>(toleratedLength), Array<double?>(rangesLength));

        act.Should().ThrowExactly<ArgumentException>().WithMessage("Both arrays should hold one value per exercise (3).");
    }

    [Fact]
    public void Constructor_OneValuePerExercise_KeepsThem()
    {
        var finished = new FinishedSets((Exercise.ProneLying, SetOutcome.Tolerated), Tolerated, Ranges);

        finished.Last.Should().Be((Exercise.ProneLying, SetOutcome.Tolerated));
        finished.HasTolerated(Exercise.ProneLying).Should().BeTrue();
        finished.HasTolerated(Exercise.ProneOnElbows).Should().BeFalse();
        finished.LastToleratedRangeOf(Exercise.ProneLying).Should().Be(0.5);
        finished.LastToleratedRangeOf(Exercise.PressUp).Should().BeNull();
    }

    [Fact]
    public void Equals_SameValuesInOtherArrays_AreEqual()
    {
        var one = new FinishedSets((Exercise.ProneLying, SetOutcome.Tolerated), [true, false, false], [0.5, null, null]);
        var other = new FinishedSets((Exercise.ProneLying, SetOutcome.Tolerated), [true, false, false], [0.5, null, null]);

        one.Should().Be(other);
        one.GetHashCode().Should().Be(other.GetHashCode());
    }

    [Fact]
    public void Equals_AnyValueDifferent_AreNotEqual()
    {
        var one = new FinishedSets((Exercise.ProneLying, SetOutcome.Tolerated), Tolerated, Ranges);

        one.Equals(null).Should().BeFalse();
        one.Should().NotBe(new FinishedSets((Exercise.ProneLying, SetOutcome.Neither), Tolerated, Ranges));
        one.Should().NotBe(new FinishedSets(null, Tolerated, Ranges));
        one.Should().NotBe(new FinishedSets((Exercise.ProneLying, SetOutcome.Tolerated), [true, true, false], Ranges));
        one.Should().NotBe(new FinishedSets((Exercise.ProneLying, SetOutcome.Tolerated), Tolerated, [0.4, null, null]));
    }

    [Fact]
    public void ToString_LastSetAndToleratedExercises_ListsThem()
    {
        var finished = new FinishedSets((Exercise.ProneOnElbows, SetOutcome.StoppedForWorsening), [true, true, false], [0.5, 0.6, null]);

        finished.ToString().Should().Be("FinishedSets { Last = ProneOnElbows StoppedForWorsening, Tolerated = [ProneLying, ProneOnElbows] }");
    }

    [Fact]
    public void ToString_NothingFinished_SaysNone()
    {
        new FinishedSets(null, [false, false, false], [null, null, null]).ToString().Should().Be("FinishedSets { Last = none, Tolerated = [] }");
    }
}
