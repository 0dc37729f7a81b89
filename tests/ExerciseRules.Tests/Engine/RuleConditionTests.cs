using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleConditionTests
{
    private sealed record Temperature(int Celsius);

    [Theory]
    [InlineData(ConditionKind.Match, "t => t.Celsius > 30", "match Temperature where t => t.Celsius > 30")]
    [InlineData(ConditionKind.Match, "", "match Temperature")]
    [InlineData(ConditionKind.Exists, "t => t.Celsius > 30", "exists Temperature where t => t.Celsius > 30")]
    [InlineData(ConditionKind.Exists, "", "exists Temperature")]
    [InlineData(ConditionKind.Not, "t => t.Celsius > 30", "not Temperature where t => t.Celsius > 30")]
    [InlineData(ConditionKind.Not, "", "not Temperature")]
    [InlineData(ConditionKind.Unknown, "", "unknown Temperature")]
    public void ToString_EachKind_ReadsAsASentence(ConditionKind kind, string test, string expected)
    {
        new RuleCondition(kind, typeof(Temperature), test).ToString().Should().Be(expected);
    }
}
