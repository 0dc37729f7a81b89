using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class RuleSetTests
{
    private static RuleSet Traffic() => RuleSet.Compile([new GoRule(), new StopRule(), new LogRule(), new WaitRule(), new UnknownLightRule()]);

    [Fact]
    public void Compile_Rules_OrdersThemByPriorityAndReadsTheirMetadata()
    {
        var rules = Traffic();

        rules.Rules.Select(r => r.Name).Should().Equal("stop", "go", "wait", "unknown-light", "log");
        rules.Find("stop").Should().Be(new RuleMetadata("stop", "Red means stop.", RuleStage.Decide, 20, "traffic code 1")
        {
            Conditions = [new RuleCondition(ConditionKind.Match, typeof(Light), "Light.Colour == \"red\"")],
        });
        rules.Find("wait")!.Source.Should().BeEmpty("a rule without [Source] cites none");
        rules.Find("wait")!.Conditions.Select(c => c.ToString()).Should().Equal("not Light", "not Unknown Light", "not Signal");
        rules.Find("unknown-light")!.Conditions[0].Should().Be(new RuleCondition(ConditionKind.Unknown, typeof(Light), string.Empty));
        rules.Definitions.Select(d => d.Name).Should().Equal(rules.Rules.Select(r => r.Name));
        rules.Options.Should().Be(RuleSetOptions.Default);
    }

    [Fact]
    public void Find_NoSuchRule_IsNull()
    {
        Traffic().Find("honk").Should().BeNull();
    }

    [Fact]
    public void Compile_NullRules_Throws()
    {
        var act = () => RuleSet.Compile(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("rules");
    }

    [Fact]
    public void Compile_EveryProblem_IsListedInOneMessage()
    {
        var act = () => RuleSet.Compile([new StopRule(), null!, new SecondStopRule(), new UntaggedRule(), new TwoStagesRule(), new MisplacedRule(), new GoRule(), new GoAgainRule(), new BrokenDefinitionRule()]);

        act.Should().Throw<ArgumentException>().WithMessage(
            "The rules cannot be compiled together: "
            + "rules[1] is null; "
            + "the rule BrokenDefinitionRule cannot be defined: the rule's definition is unfinished; "
            + "more than one rule is named 'stop': give each rule a name of its own ([Name(\"...\")]); "
            + "the rule 'untagged' should have exactly one stage tag: [Tag(RuleStages.Derive)], [Tag(RuleStages.Decide)] or [Tag(RuleStages.Compose)]; "
            + "the rule 'two-stages' should have exactly one stage tag: [Tag(RuleStages.Derive)], [Tag(RuleStages.Decide)] or [Tag(RuleStages.Compose)]; "
            + "the decide rule 'decide-in-the-derive-band' has priority 250; decide rules have priorities 1 to 199; "
            + "the rules 'go' and 'go-again' share priority 10: give each rule a priority of its own (NRules fires equal priorities in the order their facts arrived). (Parameter 'rules')");
    }

    [Fact]
    public void Compile_MaxFiringsBelowOne_Throws()
    {
        var act = () => RuleSet.Compile([new StopRule()], new RuleSetOptions { MaxFirings = 0 });

        act.Should().Throw<ArgumentException>().WithMessage("RuleSetOptions.MaxFirings is 0; it should be at least 1. (Parameter 'options')");
    }

    [Theory]
    [InlineData(RuleStage.Derive, "derive", 200, RuleStage.Derive)]
    [InlineData(RuleStage.Decide, "decide", 199, RuleStage.Decide)]
    [InlineData(RuleStage.Compose, "compose", 0, RuleStage.Compose)]
    public void RuleStages_TagsAndBands_MatchTheStages(RuleStage stage, string tag, int edge, RuleStage edgeStage)
    {
        RuleStages.TagOf(stage).Should().Be(tag);
        RuleStages.OfPriority(edge).Should().Be(edgeStage);
    }

    [Fact]
    public void RuleStages_BandEdges_AreWhereTheConstantsSay()
    {
        RuleStages.OfPriority(RuleStages.DeriveMinPriority - 1).Should().Be(RuleStage.Decide);
        RuleStages.OfPriority(RuleStages.DecideMinPriority).Should().Be(RuleStage.Decide);
        RuleStages.OfPriority(RuleStages.DecideMinPriority - 1).Should().Be(RuleStage.Compose);
        RuleStages.OfPriority(int.MinValue).Should().Be(RuleStage.Compose);
        var act = () => RuleStages.TagOf((RuleStage)9);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Value should be a defined RuleStage.*");
    }

    [Fact]
    public void Definitions_ReadLikeNRulesDefinitionsWithTheSourceAndStage()
    {
        var definition = Traffic().Definitions[0];

        definition.Name.Should().Be("stop");
        definition.GetSource().Should().Be("traffic code 1");
        definition.TryGetStage(out var stage).Should().BeTrue();
        stage.Should().Be(RuleStage.Decide);
    }

    [Fact]
    public void Find_NullName_Throws()
    {
        var act = () => Traffic().Find(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Compile_MaxFiringsOfOne_IsAccepted()
    {
        RuleSet.Compile([new StopRule()], new RuleSetOptions { MaxFirings = 1 }).Options.MaxFirings.Should().Be(1);
    }

    [Fact]
    public void Compile_NullOptions_AreTheDefaults()
    {
        RuleSet.Compile([new StopRule()], null).Options.Should().Be(RuleSetOptions.Default);
    }

    [Fact]
    public void Compile_ThreeRulesOfOneName_NamesTheProblemOnce()
    {
        var act = () => RuleSet.Compile([new StopRule(), new SecondStopRule(), new ThirdStopRule()]);

        act.Should().Throw<ArgumentException>().WithMessage(
            "The rules cannot be compiled together: more than one rule is named 'stop': give each rule a name of its own ([Name(\"...\")]). (Parameter 'rules')");
    }

    [Fact]
    public void Compile_DeriveAndComposeRulesOutsideTheirBands_SayWhereTheBandsAre()
    {
        var act = () => RuleSet.Compile([new LowDeriveRule(), new HighComposeRule()]);

        act.Should().Throw<ArgumentException>().WithMessage(
            "The rules cannot be compiled together: "
            + "the derive rule 'low-derive' has priority 10; derive rules have priorities 200 or more; "
            + "the compose rule 'high-compose' has priority 20; compose rules have priorities 0 or less. (Parameter 'rules')");
    }

    [Fact]
    public void Definitions_NullDefinition_Throws()
    {
        var source = () => RuleDefinitionExtensions.GetSource(null!);
        var stage = () => RuleDefinitionExtensions.TryGetStage(null!, out _);

        source.Should().Throw<ArgumentNullException>().WithParameterName("definition");
        stage.Should().Throw<ArgumentNullException>().WithParameterName("definition");
    }

    [Fact]
    public void Absent_NullLeftHandSide_Throws()
    {
        var act = () => RuleDsl.Absent<Light>(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("lhs");
    }
}
