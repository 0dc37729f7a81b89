using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Tests.Protocol;

public sealed class SymptomComparisonTests
{
    [Theory]
    [InlineData(4, Back, 4, Buttock, SymptomChange.Worse)] // spread, same pain
    [InlineData(6, Back, 2, Buttock, SymptomChange.Worse)] // spread with less pain: location first
    [InlineData(4, Thigh, 4, Buttock, SymptomChange.Better)] // centralised, same pain
    [InlineData(2, Thigh, 8, Back, SymptomChange.Better)] // centralised with more pain
    [InlineData(4, Back, 5, Back, SymptomChange.Worse)]
    [InlineData(4, Back, 3, Back, SymptomChange.Better)]
    [InlineData(4, Back, 4, Back, SymptomChange.Same)]
    public void Compare_BothSidesReported_LocationFirstThenPain(int beforePain, SymptomLocation beforeLocation, int nowPain, SymptomLocation nowLocation, SymptomChange change)
    {
        SymptomComparison.Compare(beforePain, beforeLocation, nowPain, nowLocation, 1).Should().Be(change);
    }

    [Theory]
    [InlineData(null, 5)]
    [InlineData(5, null)]
    [InlineData(null, null)]
    public void Compare_SameLocationAndPainOnOneSideOnly_IsSame(int? beforePain, int? nowPain)
    {
        SymptomComparison.Compare(beforePain, Thigh, nowPain, Thigh, 1).Should().Be(SymptomChange.Same);
    }

    [Theory]
    [InlineData(4, 5, SymptomChange.Worse)]
    [InlineData(4, 3, SymptomChange.Better)]
    [InlineData(4, 4, SymptomChange.Same)]
    public void Compare_LocationOnOneSideOnly_PainDecides(int beforePain, int nowPain, SymptomChange change)
    {
        SymptomComparison.Compare(beforePain, Back, nowPain, null, 1).Should().Be(change);
        SymptomComparison.Compare(beforePain, null, nowPain, Foot, 1).Should().Be(change);
    }

    [Theory]
    [InlineData(null, null, 5, Back)]
    [InlineData(4, Back, null, null)]
    [InlineData(4, null, null, Back)]
    [InlineData(null, Back, 4, null)]
    public void Compare_NothingComparable_IsUnknown(int? beforePain, SymptomLocation? beforeLocation, int? nowPain, SymptomLocation? nowLocation)
    {
        SymptomComparison.Compare(beforePain, beforeLocation, nowPain, nowLocation, 1).Should().Be(SymptomChange.Unknown);
    }

    [Theory]
    [InlineData(1, SymptomChange.Same)]
    [InlineData(2, SymptomChange.Worse)]
    [InlineData(3, SymptomChange.Worse)]
    public void Compare_PainRise_WorseFromTheIntensifyingDelta(int rise, SymptomChange change)
    {
        SymptomComparison.Compare(4, Back, 4 + rise, Back, 2).Should().Be(change);
    }

    [Fact]
    public void Compare_PainFallOfOnePoint_IsBetterWhateverTheDelta()
    {
        SymptomComparison.Compare(4, Back, 3, Back, 5).Should().Be(SymptomChange.Better);
    }

    [Theory]
    [InlineData(Back, Buttock, true)]
    [InlineData(None, Foot, true)]
    [InlineData(Buttock, Buttock, false)]
    [InlineData(Thigh, Back, false)]
    [InlineData(null, Thigh, false)]
    [InlineData(Back, null, false)]
    public void Peripheralised_OnlyWhenBothReportedAndNowMoreDistal(SymptomLocation? before, SymptomLocation? now, bool spread)
    {
        SymptomComparison.Peripheralised(before, now).Should().Be(spread);
    }
}
