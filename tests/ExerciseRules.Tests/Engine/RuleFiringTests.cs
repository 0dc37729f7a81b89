using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleFiringTests
{
    private sealed record Fever(int Celsius);

    private sealed record Pulse(int Bpm);

    private static readonly RuleMetadata Metadata = new("fever-rule", "desc", RuleStage.Derive, 3, "src");

    [Fact]
    public void ToString_WithFacts_ListsThem()
    {
        var firing = new RuleFiring(Metadata, 4, [new Fever(39), new Pulse(90)]);

        firing.ToString().Should().Be("#4 fired derive/fever-rule (priority 3) with Fever { Celsius = 39 }, Pulse { Bpm = 90 }");
    }

    [Fact]
    public void ToString_NoFactsOrDefault_OmitsTheWithClause()
    {
        new RuleFiring(Metadata, 1, []).ToString().Should().Be("#1 fired derive/fever-rule (priority 3)");
        new RuleFiring(Metadata, 2, default).ToString().Should().Be("#2 fired derive/fever-rule (priority 3)");
    }
}
