using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol.Facts;

public sealed class DecisionTests
{
    [Fact]
    public void ToString_ListsTheRedFlags()
    {
        var decision = new Decision(AdviceStep.SeekUrgentCare) { Urgency = Urgency.Emergency, RedFlags = [RedFlag.SaddleNumbness, RedFlag.Fever] };

        decision.ToString().Should().Be(
            "Decision { Step = SeekUrgentCare, Urgency = Emergency, Exercise = , TargetRange = , RestSeconds = , RepsDone = , RepsRemaining = , NextSessionDue = , RedFlags = [SaddleNumbness, Fever] }");
    }
    private static readonly Decision Full = new(AdviceStep.ReduceRange)
    {
        Urgency = Urgency.None,
        Exercise = Exercise.PressUp,
        TargetRange = 0.4,
        RestSeconds = 5,
        RepsDone = 3,
        RepsRemaining = 12,
        NextSessionDue = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero),
        RedFlags = [RedFlag.Fever],
    };

    private static readonly Decision[] EachValueChanged =
    [
        Full with { Step = AdviceStep.HoldRange },
        Full with { Urgency = Urgency.Routine },
        Full with { Exercise = Exercise.ProneOnElbows },
        Full with { Exercise = null },
        Full with { TargetRange = 0.5 },
        Full with { RestSeconds = 6 },
        Full with { RepsDone = 4 },
        Full with { RepsRemaining = 11 },
        Full with { NextSessionDue = null },
        Full with { RedFlags = [RedFlag.Fever, RedFlag.HistoryOfCancer] },
        Full with { RedFlags = [] },
    ];

    [Fact]
    public void RedFlags_SetToADefaultArray_IsEmpty()
    {
        var decision = new Decision(AdviceStep.SeekUrgentCare) { RedFlags = default };

        decision.RedFlags.IsDefault.Should().BeFalse();
        decision.RedFlags.Should().BeEmpty();
        decision.Should().Be(new Decision(AdviceStep.SeekUrgentCare));
    }

    [Fact]
    public void Equals_SameValues_AreEqualWithTheSameHashCode()
    {
        var copy = Full with { RedFlags = [RedFlag.Fever] };

        copy.Should().Be(Full);
        copy.GetHashCode().Should().Be(Full.GetHashCode());
    }

    [Fact]
    public void Equals_AnyValueDifferent_AreNotEqual()
    {
        foreach (var other in EachValueChanged)
        {
            Full.Equals(other).Should().BeFalse("{0} differs", other);
            other.Equals(Full).Should().BeFalse("{0} differs", other);
        }
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Full.Equals(null).Should().BeFalse();
    }
}
