using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol;

public sealed class RedFlagsTests
{
    [Theory]
    [InlineData(RedFlag.SaddleNumbness, Urgency.Emergency)]
    [InlineData(RedFlag.BladderOrBowelChange, Urgency.Emergency)]
    [InlineData(RedFlag.ProgressiveLegWeakness, Urgency.Emergency)]
    [InlineData(RedFlag.Fever, Urgency.Urgent)]
    [InlineData(RedFlag.UnexplainedWeightLoss, Urgency.Urgent)]
    [InlineData(RedFlag.SignificantTrauma, Urgency.Urgent)]
    [InlineData(RedFlag.ConstantNightPain, Urgency.Urgent)]
    [InlineData(RedFlag.HistoryOfCancer, Urgency.Urgent)]
    public void UrgencyOf_EachFlag_EmergencyForCaudaEquinaSignsElseUrgent(RedFlag flag, Urgency urgency)
    {
        RedFlags.UrgencyOf(flag).Should().Be(urgency);
        RedFlags.IsEmergency(flag).Should().Be(urgency == Urgency.Emergency);
    }
}
