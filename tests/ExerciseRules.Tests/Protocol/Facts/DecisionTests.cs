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
}
