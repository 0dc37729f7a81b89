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
}
