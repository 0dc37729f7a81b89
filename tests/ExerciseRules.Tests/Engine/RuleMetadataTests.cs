using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleMetadataTests
{
    [Fact]
    public void ToString_NamesStageRuleAndPriority()
    {
        var metadata = new RuleMetadata("symptoms-intensify", "d", RuleStage.Decide, 70, "s");

        metadata.ToString().Should().Be("decide/symptoms-intensify (priority 70)");
    }
}
