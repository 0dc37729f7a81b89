using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleMissTests
{
    private sealed record Fever(int Celsius);

    private static readonly RuleMetadata Metadata = new("fever-rule", "desc", RuleStage.Compose, 7, "src");

    [Theory]
    [InlineData(MissReason.FactMissing, ConditionKind.Match, "", "no Fever fact")]
    [InlineData(MissReason.FactUnknown, ConditionKind.Match, "", "Fever is unknown: no thermometer")]
    [InlineData(MissReason.TestFalse, ConditionKind.Match, "f => f.Celsius > 40", "'match Fever where f => f.Celsius > 40' was false for Fever { Celsius = 39 }")]
    [InlineData(MissReason.FactPresent, ConditionKind.Not, "", "'not Fever' failed: Fever { Celsius = 39 } is present")]
    [InlineData(MissReason.FactKnown, ConditionKind.Unknown, "", "'unknown Fever' failed: Fever is known (Fever { Celsius = 39 })")]
    public void Explanation_EachReason_SaysWhyInWords(MissReason reason, ConditionKind kind, string test, string expected)
    {
        var fact = reason is MissReason.FactMissing or MissReason.FactUnknown ? null : new Fever(39);
        var unknownReason = reason == MissReason.FactUnknown ? "no thermometer" : null;
        var miss = new RuleMiss(Metadata, reason, new RuleCondition(kind, typeof(Fever), test), fact, unknownReason);

        miss.Explanation.Should().Be(expected);
    }

    [Fact]
    public void ToString_IsSkippedRuleAndExplanation()
    {
        var miss = new RuleMiss(Metadata, MissReason.FactMissing, new RuleCondition(ConditionKind.Exists, typeof(Fever), string.Empty), null, null);

        miss.ToString().Should().Be("skipped compose/fever-rule (priority 7): no Fever fact");
    }
}
