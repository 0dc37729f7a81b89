using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleSetTests
{
    private static Rule Make(string name, RuleStage stage = RuleStage.Decide, int priority = 0) =>
        Rule.Define(name).InStage(stage).WithPriority(priority).Then(_ => { });

    [Fact]
    public void Compile_MixedRules_OrdersByStageThenPriorityDescendingThenOrdinalName()
    {
        var rules = new[]
        {
            Make("compose-high", RuleStage.Compose, 100),
            Make("b", RuleStage.Decide, 10),
            Make("derive-low", RuleStage.Derive, -5),
            Make("a", RuleStage.Decide, 10),
            Make("decide-top", RuleStage.Decide, 50),
            Make("B", RuleStage.Decide, 10),
            Make("derive-high", RuleStage.Derive, 5),
        };

        var set = RuleSet.Compile(rules);

        // Ordinal: uppercase 'B' (0x42) sorts before 'a' (0x61) and 'b'.
        set.Rules.Select(r => r.Name).Should().Equal(
            "derive-high", "derive-low", "decide-top", "B", "a", "b", "compose-high");
    }

    [Fact]
    public void Compile_SameRulesInAnyInputOrder_SameOrder()
    {
        var rules = new[] { Make("x", priority: 1), Make("y", priority: 1), Make("z", priority: 2) };

        var forward = RuleSet.Compile(rules).Rules.Select(r => r.Name);
        var backward = RuleSet.Compile(rules.Reverse()).Rules.Select(r => r.Name);

        forward.Should().Equal("z", "x", "y");
        backward.Should().Equal(forward);
    }

    [Fact]
    public void Compile_DuplicateName_ThrowsNamingItAndTheCount()
    {
        var act = () => RuleSet.Compile([Make("same"), Make("same", RuleStage.Compose), Make("same", RuleStage.Derive), Make("other")]);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("rules")
            .Which.Message.Should().Be("The rule set is not valid: the name 'same' is used by 3 rules; names must be unique. (Parameter 'rules')");
    }

    [Fact]
    public void Compile_NamesDifferingOnlyInCase_AreDistinct()
    {
        var set = RuleSet.Compile([Make("rule"), Make("Rule")]);

        set.Rules.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Compile_MaxFiringsBelowOne_Throws(int maxFirings)
    {
        var act = () => RuleSet.Compile([Make("r")], new RuleSetOptions { MaxFirings = maxFirings });

        act.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be(
            $"The rule set is not valid: MaxFirings is {maxFirings}; it should be at least 1. (Parameter 'rules')");
    }

    [Fact]
    public void Compile_MaxFiringsOne_IsAccepted()
    {
        var set = RuleSet.Compile([Make("r")], new RuleSetOptions { MaxFirings = 1 });

        set.Options.MaxFirings.Should().Be(1);
    }

    [Fact]
    public void Compile_DuplicateNamesAndBadCap_ReportsEveryProblemInOneMessage()
    {
        var act = () => RuleSet.Compile(
            [Make("a"), Make("a"), Make("b"), Make("b")],
            new RuleSetOptions { MaxFirings = 0 });

        act.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be(
            "The rule set is not valid: the name 'a' is used by 2 rules; names must be unique; " +
            "the name 'b' is used by 2 rules; names must be unique; MaxFirings is 0; it should be at least 1. (Parameter 'rules')");
    }

    [Fact]
    public void Compile_NullRules_ThrowsArgumentNullException()
    {
        var act = () => RuleSet.Compile(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("rules");
    }

    [Fact]
    public void Compile_NullRuleInList_ThrowsArgumentNullException()
    {
        var act = () => RuleSet.Compile([Make("a"), null!]);

        act.Should().ThrowExactly<ArgumentNullException>()
            .WithParameterName("rules")
            .Which.Message.Should().StartWith("The rules should not contain null.");
    }

    [Fact]
    public void Compile_NoOptions_UsesDefaultCapOf1000()
    {
        var set = RuleSet.Compile([Make("a")]);

        set.Options.Should().Be(RuleSetOptions.Default);
        set.Options.MaxFirings.Should().Be(1000);
    }

    [Fact]
    public void Compile_NoRules_CompilesAnEmptySetThatFires()
    {
        var set = RuleSet.Compile([]);
        var session = set.CreateSession();

        session.Fire();

        set.Rules.Should().BeEmpty();
        session.FiredRules.Should().BeEmpty();
    }

    [Fact]
    public void Find_ExistingName_ReturnsThatRule()
    {
        var wanted = Make("wanted", RuleStage.Compose);
        var set = RuleSet.Compile([Make("other"), wanted]);

        set.Find("wanted").Should().BeSameAs(wanted);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("WANTED")]
    [InlineData("")]
    public void Find_NoRuleOfThatExactName_ReturnsNull(string name)
    {
        var set = RuleSet.Compile([Make("wanted")]);

        set.Find(name).Should().BeNull();
    }

    [Fact]
    public void CreateSession_EachCall_ReturnsAFreshSessionOfThisSet()
    {
        var set = RuleSet.Compile([Make("a")]);

        var first = set.CreateSession();
        var second = set.CreateSession();

        first.Should().NotBeSameAs(second);
        first.RuleSet.Should().BeSameAs(set);
    }

    [Fact]
    public void StageCount_IsTheNumberOfStagesNumberedFromZero()
    {
        Enum.GetValues<RuleStage>().Select(s => (int)s).Should().Equal(Enumerable.Range(0, RuleSet.StageCount));
    }

    [Fact]
    public void ExerciseCount_IsTheNumberOfExercisesNumberedFromZero()
    {
        Enum.GetValues<ExerciseRules.Model.Exercise>().Select(e => (int)e).Should().Equal(Enumerable.Range(0, ExerciseRules.Protocol.FinishedSets.ExerciseCount));
    }
}
