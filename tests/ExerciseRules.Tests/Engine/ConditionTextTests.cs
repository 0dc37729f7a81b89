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
        Text<FinishedSets>(f => f.HasTolerated(Exercise.PressUp)).Should().Be("FinishedSets.HasTolerated(PressUp)");
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

    [Fact]
    public void Of_ArithmeticAndBitwiseOperators_ReadAsInCSharp()
    {
        Text<Numbers>(n => -n.A < n.B).Should().Be("-Numbers.A < Numbers.B");
        Text<Numbers>(n => ~n.A == 0).Should().Be("~Numbers.A == 0");
        Text<Numbers>(n => n.A + n.B * 2 % 3 > 0).Should().Be("Numbers.A + Numbers.B * 2 % 3 > 0");
        Text<Numbers>(n => (n.C ?? 0) > 1).Should().Be("(Numbers.C ?? 0) > 1");
        Text<Numbers>(n => (n.A & 1) == 0).Should().Be("(Numbers.A & 1) == 0");
        Text<Numbers>(n => (n.A | n.B) > 0).Should().Be("(Numbers.A | Numbers.B) > 0");
        Text<Numbers>(n => (n.A ^ n.B) != 0).Should().Be("(Numbers.A ^ Numbers.B) != 0");
        Text<Numbers>(n => n.Items[0] > 1).Should().Be("Numbers.Items[0] > 1");
    }

    [Fact]
    public void Of_NullableBooleans_ReadAsWords()
    {
        Text<Numbers>(n => (!n.Flag) == true).Should().Be("not Numbers.Flag == true");
        Text<Numbers>(n => (n.Flag & n.Flag) == true).Should().Be("(Numbers.Flag and Numbers.Flag) == true");
    }

    [Fact]
    public void Of_TypeTestsNewObjectsAndDefaults_ReadAsInCSharp()
    {
        var parameter = Expression.Parameter(typeof(Numbers), "n");
        var isDefault = Expression.Lambda<Func<Numbers, bool>>(Expression.Equal(Expression.Property(parameter, nameof(Numbers.Thing)), Expression.Default(typeof(object))), parameter);

        Text<Numbers>(n => n.Thing is string).Should().Be("Numbers.Thing is String");
        Text<Numbers>(n => n.Thing.Equals(new Light("red"))).Should().Be("Numbers.Thing.Equals(new Light(\"red\"))");
        Text<Numbers>(n => n.Equals(new Numbers(1, 2))).Should().Be("Numbers.Equals(new Numbers(1, 2))");
        ConditionText.Of(isDefault).Should().Be("Numbers.Thing == default");
    }

    [Fact]
    public void Of_CallsOnCapturedObjectsAndExtensionsWithArguments_ReadWithoutTheClosure()
    {
        var checker = new Checker();

        Text<Numbers>(n => checker.Accepts(n.A)).Should().Be("Accepts(Numbers.A)");
        Text<Numbers>(n => n.A.Between(1, 3)).Should().Be("Numbers.A.Between(1, 3)");
    }

    [Fact]
    public void Of_StaticMemberThatCannotBeRead_IsNamedByItsType()
    {
        Text<Numbers>(n => Unreadable.Value > n.A).Should().Be("Unreadable.Value > Numbers.A");
    }

    [Fact]
    public void Of_CapturedNamesThatAreNotWords_ReadAsValue()
    {
        Text<Numbers>(n => n.A > Odd.__).Should().Be("Numbers.A > value (3)");
        Text<Numbers>(n => n.A > Odd.Max_Reps).Should().Be("Numbers.A > Max_Reps (4)");
    }

    [Fact]
    public void FactName_GenericTypes_NameEveryArgument()
    {
        ConditionText.FactName(typeof(Dictionary<string, int>)).Should().Be("Dictionary String Int32");
        ConditionText.FactName(typeof(Outer<int>.Inner)).Should().Be("Inner Int32");
    }

    [Fact]
    public void ValuesOf_TwoFacts_PrefixEachValueWithItsFact()
    {
        Expression<Func<OpenSet, Numbers, bool>> condition = (s, n) => s.RepsDone > n.A;
        var set = new OpenSet(new Session(Exercise.PressUp, DateTimeOffset.UnixEpoch, [new Rep(0.3)]), new SetMeasures([SymptomChange.Same], 0, 0, 0.3, SymptomChange.Unknown));

        ConditionText.ValuesOf(condition, [set, new Numbers(2, 0)]).Should().Be("OpenSet.RepsDone = 1, Numbers.A = 2");
        ConditionText.ValuesOf(condition, [set, null]).Should().Be("OpenSet.RepsDone = 1, Numbers.A = ?");
    }

    [Fact]
    public void ValuesOf_MembersInsideTypeTestsAndCallArguments_AreRead()
    {
        var checker = new Checker();
        Expression<Func<Numbers, bool>> typeTest = n => n.Thing is string;
        Expression<Func<Numbers, bool>> call = n => checker.Accepts(n.B);

        ConditionText.ValuesOf(typeTest, [new Numbers(1, 2) { Thing = "x" }]).Should().Be("Thing = \"x\"");
        ConditionText.ValuesOf(call, [new Numbers(1, 2)]).Should().Be("B = 2");
    }

    /// <summary>A fact with members of the kinds conditions use.</summary>
    public sealed record Numbers(int A, int B)
    {
        public int? C { get; init; }

        public bool? Flag { get; init; }

        public int[] Items { get; init; } = [];

        public object Thing { get; init; } = new();
    }

    public sealed class Checker
    {
        public bool Accepts(int value) => value > 0;
    }

    public static class Unreadable
    {
        public static int Value => throw new InvalidOperationException("not now");
    }

    public static class Odd
    {
#pragma warning disable SA1310, CA1707, IDE1006 // the names are the point: they are not plain words
        public static readonly int __ = 3;
        public static readonly int Max_Reps = 4;
#pragma warning restore SA1310, CA1707, IDE1006
    }

    public sealed class Outer<T>
    {
        public sealed class Inner
        {
        }
    }
}

/// <summary>An extension method with arguments, as conditions may call.</summary>
public static class NumberExtensions
{
    public static bool Between(this int value, int low, int high) => value >= low && value <= high;
}
