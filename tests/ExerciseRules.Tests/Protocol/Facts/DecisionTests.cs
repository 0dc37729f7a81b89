using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol.Facts;

public sealed class DecisionTests
{
    [Fact]
    public void ToString_RedFlags_ListsTheFlagsNotTheArrayType()
    {
        // Traces (CLI, /explain) print the facts a rule looked at; the Decision is one of them.
        var decision = new Decision(AdviceStep.SeekUrgentCare) { Urgency = Urgency.Emergency, RedFlags = [RedFlag.SaddleNumbness, RedFlag.Fever] };

        decision.ToString().Should().Contain("RedFlags = [SaddleNumbness, Fever]").And.NotContain("ImmutableArray");
    }
}
