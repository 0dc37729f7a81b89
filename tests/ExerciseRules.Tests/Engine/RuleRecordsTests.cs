using System.Collections.Frozen;
using System.Globalization;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Engine;

/// <summary>The engine's small value types: what makes two equal, and how they read.</summary>
public sealed class RuleRecordsTests
{
    private static readonly RuleMetadata Stop = new("stop", "Red means stop.", RuleStage.Decide, 20, "traffic code 1")
    {
        Conditions = [new RuleCondition(ConditionKind.Match, typeof(Light), "Light.Colour == \"red\"")],
    };

    [Fact]
    public void RuleMetadata_EveryMember_TakesPartInEquality()
    {
        Stop.Should().Be(Stop with { });
        Stop.Should().NotBe(Stop with { Name = "go" });
        Stop.Should().NotBe(Stop with { Description = "Red means go." });
        Stop.Should().NotBe(Stop with { Stage = RuleStage.Derive });
        Stop.Should().NotBe(Stop with { Priority = 21 });
        Stop.Should().NotBe(Stop with { Source = "traffic code 2" });
        Stop.Should().NotBe(Stop with { Conditions = [] });
        Stop.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void RuleMetadata_DefaultConditions_ReadAsNone()
    {
        (Stop with { Conditions = default }).Conditions.Should().BeEmpty();
        Stop.ToString().Should().Be("decide/stop (priority 20)");
    }

    [Fact]
    public void RuleFiring_EveryMember_TakesPartInEquality()
    {
        var firing = new RuleFiring(Stop, 1, [new Light("red")]);

        firing.Should().Be(new RuleFiring(Stop with { }, 1, [new Light("red")]));
        firing.Should().NotBe(firing with { Rule = Stop with { Name = "go" } });
        firing.Should().NotBe(firing with { Sequence = 2 });
        firing.Should().NotBe(firing with { Facts = [new Light("green")] });
        firing.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void RuleFiring_ToString_NamesTheRuleAndItsFacts()
    {
        new RuleFiring(Stop, 1, [new Light("red")]).ToString().Should().Be("#1 fired decide/stop (priority 20) with Light { Colour = red }");
        new RuleFiring(Stop, 2, []).ToString().Should().Be("#2 fired decide/stop (priority 20)");
        new RuleFiring(Stop, 3, [new Light("red"), new Signal("stop")]).ToString().Should().Be("#3 fired decide/stop (priority 20) with Light { Colour = red }, Signal { What = stop }");
    }

    [Theory]
    [InlineData(ConditionKind.Match, "Light.Colour == \"red\"", "match Light where Light.Colour == \"red\"")]
    [InlineData(ConditionKind.Match, "", "match Light")]
    [InlineData(ConditionKind.Exists, "Light.Colour == \"red\"", "exists Light where Light.Colour == \"red\"")]
    [InlineData(ConditionKind.Not, "", "not Light")]
    [InlineData(ConditionKind.Query, "Light.Colour.Length > 0", "query Light where Light.Colour.Length > 0")]
    [InlineData(ConditionKind.Unknown, "", "unknown Light")]
    public void RuleCondition_ToString_ReadsAsItsKindFactAndTests(ConditionKind kind, string test, string text)
    {
        new RuleCondition(kind, typeof(Light), test).ToString().Should().Be(text);
    }

    [Fact]
    public void Unknown_ToString_NamesTheTypeAndTheReason()
    {
        new Unknown<LastRep>("rep 3 reported neither pain nor location").ToString().Should().Be("LastRep unknown: rep 3 reported neither pain nor location");
    }

    [Fact]
    public void OneFactPerType_ListedTypes_AreOneFactWhateverTheirValues()
    {
        var comparer = new OneFactPerType(new[] { typeof(Signal) }.ToFrozenSet());

        comparer.Equals(new Signal("stop"), new Signal("go")).Should().BeTrue();
        comparer.GetHashCode(new Signal("stop")).Should().Be(comparer.GetHashCode(new Signal("go")));
        comparer.Equals(new Signal("stop"), new Light("stop")).Should().BeFalse("a fact of another type is another fact");
        comparer.Equals(new Light("red"), new Light("red")).Should().BeTrue("other types keep NRules's identity: equal values");
        comparer.Equals(new Light("red"), new Light("green")).Should().BeFalse();
        comparer.Equals(new Light("red"), new Signal("red")).Should().BeFalse("an unlisted type is not the same fact as a listed one");
        comparer.Equals(null, null).Should().BeTrue();
        comparer.Equals(new Signal("stop"), null).Should().BeFalse();
        comparer.Equals(null, new Signal("stop")).Should().BeFalse();
    }

    [Fact]
    public void Facts_ToString_ReadTheSameInEveryCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            new NextExercise(Exercise.PressUp, 0.3).ToString().Should().Be("NextExercise { Exercise = PressUp, StartRange = 0.3 }");
            new SetMeasures([SymptomChange.Same, SymptomChange.Worse], 1, 0, 0.25, SymptomChange.Better).ToString().Should().Be(
                "SetMeasures { Responses = [Same, Worse], ConsecutiveWorse = 1, TrailingPeripheralised = 0, LastToleratedRange = 0.25, AfterVersusBefore = Better }");
            new SetMeasures(default, 0, 0, null, SymptomChange.Unknown).ToString().Should().Be(
                "SetMeasures { Responses = [], ConsecutiveWorse = 0, TrailingPeripheralised = 0, LastToleratedRange = , AfterVersusBefore = Unknown }");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
