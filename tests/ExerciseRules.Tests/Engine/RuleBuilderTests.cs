using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleBuilderTests
{
    private sealed record Temperature(int Celsius);

    private sealed record Humidity(int Percent);

    private sealed record Alarm(string Reason);

    private static bool IsHot(Temperature t) => t.Celsius > 30;

    [Fact]
    public void Then_MetadataSet_RuleCarriesIt()
    {
        var rule = Rule.Define("too-hot")
            .Describe("Raise an alarm when it is too hot.")
            .From("practice: keep the room cool")
            .InStage(RuleStage.Compose)
            .WithPriority(42)
            .When<Temperature>()
            .Then((_, _) => { });

        rule.Name.Should().Be("too-hot");
        rule.Metadata.Should().Be(new RuleMetadata("too-hot", "Raise an alarm when it is too hot.", RuleStage.Compose, 42, "practice: keep the room cool"));
    }

    [Fact]
    public void Then_NoMetadataSet_DefaultsToDecideStagePriorityZeroAndEmptyTexts()
    {
        var rule = Rule.Define("plain").Then(_ => { });

        rule.Metadata.Should().Be(new RuleMetadata("plain", string.Empty, RuleStage.Decide, 0, string.Empty));
        rule.Conditions.Should().BeEmpty();
        rule.BoundTypes.Should().BeEmpty();
    }

    [Fact]
    public void When_LambdaTest_RecordsTheTestSourceText()
    {
        var rule = Rule.Define("hot").When<Temperature>(t => t.Celsius > 30).Then((_, _) => { });

        rule.Conditions.Should().Equal(new RuleCondition(ConditionKind.Match, typeof(Temperature), "t => t.Celsius > 30"));
    }

    [Fact]
    public void When_MethodGroupTest_RecordsTheMethodName()
    {
        var rule = Rule.Define("hot").When<Temperature>(IsHot).Then((_, _) => { });

        rule.Conditions.Single().Test.Should().Be("IsHot");
    }

    [Fact]
    public void When_NoTest_RecordsAnEmptyTestText()
    {
        var rule = Rule.Define("any").When<Temperature>().Then((_, _) => { });

        rule.Conditions.Single().Test.Should().BeEmpty();
    }

    [Fact]
    public void Then_EveryConditionKind_RecordsConditionsInOrderWithKindsTypesAndTexts()
    {
        var rule = Rule.Define("mixed")
            .Exists<Humidity>(h => h.Percent > 80)
            .Not<Alarm>()
            .Unknown<string>()
            .When<Temperature>(t => t.Celsius > 30)
            .Not<Alarm>(a => a.Reason == "heat")
            .Then((_, _) => { });

        rule.Conditions.Should().Equal(
            new RuleCondition(ConditionKind.Exists, typeof(Humidity), "h => h.Percent > 80"),
            new RuleCondition(ConditionKind.Not, typeof(Alarm), string.Empty),
            new RuleCondition(ConditionKind.Unknown, typeof(string), string.Empty),
            new RuleCondition(ConditionKind.Match, typeof(Temperature), "t => t.Celsius > 30"),
            new RuleCondition(ConditionKind.Not, typeof(Alarm), "a => a.Reason == \"heat\""));
    }

    [Fact]
    public void Then_ThreeBindingConditions_BoundTypesInDeclarationOrderWithoutNonBindingOnes()
    {
        var rule = Rule.Define("three")
            .When<Humidity>()
            .Exists<string>()
            .And<Temperature>(t => t.Celsius > 0)
            .Not<Uri>()
            .And<Alarm>()
            .Then((_, _, _, _) => { });

        rule.BoundTypes.Should().Equal(typeof(Humidity), typeof(Temperature), typeof(Alarm));
        rule.Conditions.Should().HaveCount(5);
    }

    [Fact]
    public void Then_ConditionsAfterTwoBindings_RecordsEveryKindInOrder()
    {
        var rule = Rule.Define("two")
            .When<Humidity>()
            .And<Temperature>()
            .Exists<Alarm>(a => a.Reason.Length > 0)
            .Not<string>(s => s.Length > 0)
            .Unknown<Uri>()
            .Then((_, _, _) => { });

        rule.Conditions.Should().Equal(
            new RuleCondition(ConditionKind.Match, typeof(Humidity), string.Empty),
            new RuleCondition(ConditionKind.Match, typeof(Temperature), string.Empty),
            new RuleCondition(ConditionKind.Exists, typeof(Alarm), "a => a.Reason.Length > 0"),
            new RuleCondition(ConditionKind.Not, typeof(string), "s => s.Length > 0"),
            new RuleCondition(ConditionKind.Unknown, typeof(Uri), string.Empty));
        rule.BoundTypes.Should().Equal(typeof(Humidity), typeof(Temperature));
    }

    [Fact]
    public void Then_ConditionsAfterThreeBindings_RecordsEveryKindInOrder()
    {
        var rule = Rule.Define("three")
            .When<Humidity>()
            .And<Temperature>()
            .And<Alarm>()
            .Exists<string>(s => s.Length > 0)
            .Not<Uri>(u => u.IsFile)
            .Unknown<Version>()
            .Then((_, _, _, _) => { });

        rule.Conditions.Skip(3).Should().Equal(
            new RuleCondition(ConditionKind.Exists, typeof(string), "s => s.Length > 0"),
            new RuleCondition(ConditionKind.Not, typeof(Uri), "u => u.IsFile"),
            new RuleCondition(ConditionKind.Unknown, typeof(Version), string.Empty));
        rule.BoundTypes.Should().Equal(typeof(Humidity), typeof(Temperature), typeof(Alarm));
    }

    [Fact]
    public void When_TestWithItsTextLeftOutExplicitly_RecordsAPlaceholder()
    {
        var rule = Rule.Define("hot").When<Temperature>(t => t.Celsius > 30, testText: null).Then((_, _) => { });

        rule.Conditions.Single().Test.Should().Be("(test)");
        rule.Conditions.Single().ToString().Should().Be("match Temperature where (test)");
    }

    [Fact]
    public void And_SameTypeBoundTwice_ThrowsNamingTheRuleAndTheType()
    {
        var act = () => Rule.Define("twice")
            .When<Temperature>(t => t.Celsius > 0)
            .And<Temperature>(t => t.Celsius < 40)
            .Then((_, _, _) => { });

        act.Should().ThrowExactly<InvalidOperationException>().Which.Message.Should().Be(
            "Rule 'twice' is not valid: it matches Temperature more than once, but a session holds one fact per type: test both things in one condition.");
    }

    [Fact]
    public void Then_SameTypeInBindingAndNonBindingConditions_IsAllowed()
    {
        var rule = Rule.Define("mixed-same-type")
            .Exists<Temperature>(t => t.Celsius > 0)
            .When<Temperature>(t => t.Celsius < 40)
            .Then((_, _) => { });

        rule.BoundTypes.Should().Equal(typeof(Temperature));
    }

    [Fact]
    public void InStage_UndefinedStage_ThenThrowsListingEveryProblemAtOnce()
    {
        var act = () => Rule.Define("bad")
            .InStage((RuleStage)7)
            .When<Temperature>()
            .And<Temperature>()
            .Then((_, _, _) => { });

        act.Should().ThrowExactly<InvalidOperationException>().Which.Message.Should().Be(
            "Rule 'bad' is not valid: the stage 7 is not one of Derive, Decide, Compose; " +
            "it matches Temperature more than once, but a session holds one fact per type: test both things in one condition.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Define_BlankName_ThrowsArgumentException(string name)
    {
        var act = () => Rule.Define(name);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("name")
            .Which.Message.Should().Be("Value should not be empty or white space. (Parameter 'name')");
    }

    [Fact]
    public void Define_NullName_ThrowsArgumentNullException()
    {
        var act = () => Rule.Define(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Describe_Null_ThrowsArgumentNullException()
    {
        var act = () => Rule.Define("r").Describe(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("description");
    }

    [Fact]
    public void From_Null_ThrowsArgumentNullException()
    {
        var act = () => Rule.Define("r").From(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void Then_NullAction_ThrowsArgumentNullException()
    {
        var act = () => Rule.Define("r").When<Temperature>().Then(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("action");
    }

    [Fact]
    public void Then_ActionReceivesTheBoundFactsInOrder()
    {
        var received = new List<object>();
        var rule = Rule.Define("bind")
            .When<Temperature>()
            .And<Humidity>()
            .Then((_, t, h) => received.AddRange([t, h]));
        var session = RuleSet.Compile([rule]).CreateSession();
        session.Insert(new Humidity(90));
        session.Insert(new Temperature(35));

        session.Fire();

        received.Should().Equal(new Temperature(35), new Humidity(90));
    }

    [Fact]
    public void ToString_IsTheMetadataLine()
    {
        var rule = Rule.Define("too-hot").InStage(RuleStage.Derive).WithPriority(-3).Then(_ => { });

        rule.ToString().Should().Be("derive/too-hot (priority -3)");
    }
}
