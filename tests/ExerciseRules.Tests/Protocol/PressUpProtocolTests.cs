using System.Text.RegularExpressions;
using ExerciseRules.Engine;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol;

public sealed partial class PressUpProtocolTests
{
    private static readonly RuleSet Rules = PressUpProtocol.Compile();

    [Fact]
    public void Compile_EveryRule_DescribesWhatItDoesAndCitesItsSource()
    {
        foreach (var rule in Rules.Rules)
        {
            rule.Description.Should().NotBeNullOrWhiteSpace("rule {0} is explained to the reader of the trace", rule.Name);
            rule.Source.Should().NotBeNullOrWhiteSpace("rule {0} cites its source", rule.Name);
        }
    }

    [Fact]
    public void Compile_DecideRules_EachNamesItsRowThenSaysWhatItDecides()
    {
        var decide = Rules.Rules.Where(r => r.Stage == RuleStage.Decide).ToList();

        decide.Should().HaveCount(14);
        foreach (var rule in decide)
        {
            rule.Description.Should().MatchRegex(DecideDescription(), "rule {0} names its row and explains it", rule.Name);
        }
    }

    [Fact]
    public void Compile_DecideRules_RowsInPriorityOrder()
    {
        var rows = Rules.Rules
            .Where(r => r.Stage == RuleStage.Decide)
            .Select(r => int.Parse(DecideDescription().Match(r.Description).Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        rows.Should().Equal(1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    [Fact]
    public void Compile_EveryRule_HasAPriorityOfItsOwn()
    {
        Rules.Rules.Select(r => r.Priority).Should().OnlyHaveUniqueItems("NRules fires equal priorities in the order facts arrived, so no two rules may tie");
    }

    [Fact]
    public void Compile_Stages_AreBandsOfPriority()
    {
        var stages = Rules.Rules.Select(r => r.Stage).ToList();

        stages.Should().BeInAscendingOrder("in priority order, every derive rule comes before every decide rule, and every decide rule before every compose rule");
        Rules.Rules.Should().OnlyContain(r => RuleStages.OfPriority(r.Priority) == r.Stage);
    }

    [Fact]
    public void CreateRules_EveryRule_IsAPublicSealedNRulesClassOfItsOwn()
    {
        var rules = PressUpProtocol.CreateRules();

        rules.Select(r => r.GetType()).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(t => t.IsPublic && t.IsSealed && t.Name.EndsWith("Rule", StringComparison.Ordinal) && t.Namespace == "ExerciseRules.Protocol.Rules");
        rules.Should().HaveCount(Rules.Rules.Length);
    }

    [Fact]
    public void Definitions_CarryTheSourceSentenceAndTheStageTag()
    {
        foreach (var definition in Rules.Definitions)
        {
            var rule = Rules.Find(definition.Name)!;
            definition.GetSource().Should().Be(rule.Source);
            definition.Tags.Should().Equal([RuleStages.TagOf(rule.Stage)], "rule {0} is tagged with its stage", rule.Name);
            definition.Priority.Should().Be(rule.Priority);
        }
    }

    [GeneratedRegex(@"^Rule (?<row>\d+): \S.{20,}$")]
    private static partial Regex DecideDescription();

    [Fact]
    public void Rules_ConditionWithSeveralTests_ReadsThemJoinedByAnd()
    {
        // New instances compiled here, not the shared rule set: the conditions are put in words on first read.
        RuleSet.Compile(PressUpProtocol.CreateRules()).Find(RuleNames.Progress)!.Conditions.Select(c => c.ToString()).Should().Equal(
            "match OpenSet",
            "match LastRep where LastRep.Response != Worse and not (LastRep.Range >= 1)",
            "not Decision");
    }
}
