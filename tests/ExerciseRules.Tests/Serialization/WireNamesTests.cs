using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Tests.Serialization;

public sealed class WireNamesTests
{
    [Fact]
    public void Of_PascalCaseValue_IsCamelCase()
    {
        WireNames.Of(Exercise.ProneOnElbows).Should().Be("proneOnElbows");
        WireNames.Of(RedFlag.BladderOrBowelChange).Should().Be("bladderOrBowelChange");
        WireNames.Of(AdviceStep.SeekUrgentCare).Should().Be("seekUrgentCare");
    }

    [Fact]
    public void Of_ValuesOfEveryUnderlyingTypeAndRange_AreNamedAsTheirCamelCaseName()
    {
        // The names are kept in an array indexed by value: values outside it (negative, beyond it, undefined) and
        // other underlying types must come out exactly as CamelCase(value.ToString()).
        WireNames.Of(Signed.MinusOne).Should().Be("minusOne");
        WireNames.Of(Signed.Zero).Should().Be("zero");
        WireNames.Of(Signed.Large).Should().Be("large");
        WireNames.Of((Signed)7).Should().Be("7");
        WireNames.Of(Wide.Big).Should().Be("big");
        WireNames.Of(Wide.Small).Should().Be("small");
        WireNames.Of(Narrow.Top).Should().Be("top");
        WireNames.Of(Short.Some).Should().Be("some");
        WireNames.Of((Exercise)3).Should().Be("3");
    }

    [Fact]
    public void AllOf_Enum_ListsNamesInDeclarationOrder()
    {
        WireNames.AllOf<SymptomLocation>().Should().Be("none, back, buttock, thigh, knee, calf, foot");
        WireNames.AllOf<RuleStage>().Should().Be("derive, decide, compose");
        WireNames.AllOf<Urgency>().Should().Be("none, routine, urgent, emergency");
    }

    [Fact]
    public void Time_KeepsTheOffsetAndDropsFractions()
    {
        WireNames.Time(new DateTimeOffset(2026, 11, 24, 9, 55, 7, 450, TimeSpan.FromHours(-5))).Should().Be("2026-11-24T09:55:07-05:00");
        WireNames.Time(new DateTimeOffset(2026, 11, 24, 9, 55, 0, TimeSpan.Zero)).Should().Be("2026-11-24T09:55:00Z");
    }

    private enum Signed
    {
        MinusOne = -1,
        Zero = 0,
        Large = 100_000,
    }

    private enum Wide : long
    {
        Small = 1,
        Big = long.MaxValue,
    }

    private enum Narrow : sbyte
    {
        Top = 127,
    }

    private enum Short : ushort
    {
        Some = 300,
    }
}
