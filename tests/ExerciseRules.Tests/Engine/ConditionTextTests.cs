using System.Linq.Expressions;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Engine;

/// <summary>Conditions in words: what a therapist reads in a rule listing and an explanation.</summary>
public sealed class ConditionTextTests
{
    private static string Text<T>(Expression<Func<T, bool>> condition) => ConditionText.Of(condition);

    [Fact]
    public void Of_MemberOfTheFact_IsNamedByTheFactsType()
    {
        Text<OpenSet>(s => s.RepsDone > 0).Should().Be("OpenSet.RepsDone > 0");
    }

    [Fact]
    public void Of_Enum_IsItsNameNotAConvertedNumber()
    {
        Text<LastRep>(r => r.Response != SymptomChange.Worse).Should().Be("LastRep.Response != Worse");
        Text<Decision>(d => d.Exercise == Exercise.PressUp).Should().Be("Decision.Exercise == PressUp");
        Text<Decision>(d => AdviceStep.HoldRange == d.Step).Should().Be("HoldRange == Decision.Step");
    }

    [Fact]
    public void Of_CapturedValues_AreNamedWithTheirValue()
    {
        var options = ProtocolOptions.Default with { MinReps = 12 };
        var limit = 3;

        Text<OpenSet>(s => s.RepsDone >= options.MinReps).Should().Be("OpenSet.RepsDone >= MinReps (12)");
        Text<OpenSet>(s => s.ConsecutiveWorse >= limit).Should().Be("OpenSet.ConsecutiveWorse >= limit (3)");
        Text<Episode>(e => e.SinceFirstSession >= TimeSpan.FromDays(options.PersistDays)).Should().Be("Episode.SinceFirstSession >= PersistDays (3) days");
        Text<Light>(l => l.Colour == Colours.Red).Should().Be("Light.Colour == Red (\"red\")");
    }

    [Fact]
    public void Of_LogicalOperators_AreWordsWithBracketsWhereNeeded()
    {
        Text<LastRep>(r => r.Response != SymptomChange.Worse && !(r.Range >= 1.0)).Should().Be("LastRep.Response != Worse and not (LastRep.Range >= 1)");
        Text<OpenSet>(s => s.ConsecutiveWorse >= 3 || s.TrailingPeripheralised >= 2).Should().Be("OpenSet.ConsecutiveWorse >= 3 or OpenSet.TrailingPeripheralised >= 2");
        Text<OpenSet>(s => (s.RepsDone > 1 || s.RepsDone < 0) && s.ConsecutiveWorse == 0).Should().Be("(OpenSet.RepsDone > 1 or OpenSet.RepsDone < 0) and OpenSet.ConsecutiveWorse == 0");
        Text<OpenSet>(s => s.RepsDone - (s.ConsecutiveWorse - 1) > 2).Should().Be("OpenSet.RepsDone - (OpenSet.ConsecutiveWorse - 1) > 2");
        Text<Light>(l => l.Colour.Length > 3 ? l.Colour != "blue" : l.Colour == "red").Should().Be("if Light.Colour.Length > 3 then Light.Colour != \"blue\" else Light.Colour == \"red\"");
    }

    [Fact]
    public void Of_Calls_ReadAsCallsOnTheFact()
    {
        Text<LastRep>(r => r.IsSeverePain(8)).Should().Be("LastRep.IsSeverePain(8)");
        Text<Light>(l => l.Colour.StartsWith("r", StringComparison.Ordinal)).Should().Be("Light.Colour.StartsWith(\"r\", Ordinal)");
        Text<Light>(l => string.IsNullOrEmpty(l.Colour)).Should().Be("String.IsNullOrEmpty(Light.Colour)");
        Text<Light>(l => l.Colour.Any(char.IsDigit)).Should().Be("Light.Colour.Any(Char.IsDigit)");
    }

    [Fact]
    public void ValuesOf_TheFactMembersTheConditionRead()
    {
        Expression<Func<OpenSet, bool>> condition = s => s.Measures.ConsecutiveWorse >= 3 || s.RepsDone > 1 || s.RepsDone == 0;
        var set = new OpenSet(new Session(Exercise.PressUp, DateTimeOffset.UnixEpoch, [new Rep(0.3)]), new SetMeasures([SymptomChange.Worse], 1, 0, null, SymptomChange.Unknown));

        ConditionText.ValuesOf(condition, [set]).Should().Be("Measures.ConsecutiveWorse = 1, RepsDone = 1");
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData(0.5, "0.5")]
    [InlineData("red", "\"red\"")]
    public void Value_ReadsTheSameInEveryCulture(object? value, string text)
    {
        ConditionText.Value(value).Should().Be(text);
    }

    [Fact]
    public void FactName_OfAnUnknown_NamesTheTypeThatIsUnknown()
    {
        ConditionText.FactName(typeof(Unknown<LastRep>)).Should().Be("Unknown LastRep");
        new RuleCondition(ConditionKind.Not, typeof(Unknown<OpenSet>), string.Empty).ToString().Should().Be("not Unknown OpenSet");
    }

    private static class Colours
    {
        public static string Red => "red";
    }
}
