using System.Text.RegularExpressions;
using ExerciseRules.Engine;
using ExerciseRules.Protocol;

namespace ExerciseRules.Tests.Protocol;

public sealed partial class PressUpProtocolTests
{
    [Fact]
    public void CreateRules_EveryRule_DescribesWhatItDoesAndCitesItsSource()
    {
        foreach (var rule in PressUpProtocol.CreateRules())
        {
            rule.Metadata.Description.Should().NotBeNullOrWhiteSpace("rule {0} is explained to the reader of the trace", rule.Name);
            rule.Metadata.Source.Should().NotBeNullOrWhiteSpace("rule {0} cites its source", rule.Name);
        }
    }

    [Fact]
    public void CreateRules_DecideRules_EachNamesItsRowThenSaysWhatItDecides()
    {
        var decide = PressUpProtocol.CreateRules().Where(r => r.Metadata.Stage == RuleStage.Decide).ToList();

        decide.Should().HaveCount(14);
        foreach (var rule in decide)
        {
            rule.Metadata.Description.Should().MatchRegex(DecideDescription(), "rule {0} names its row and explains it", rule.Name);
        }
    }

    [Fact]
    public void CreateRules_DecideRules_RowsInPriorityOrder()
    {
        var rows = PressUpProtocol.Compile().Rules
            .Where(r => r.Metadata.Stage == RuleStage.Decide)
            .Select(r => int.Parse(DecideDescription().Match(r.Metadata.Description).Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        rows.Should().Equal(1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    [Fact]
    public void CreateRules_EveryStage_GivesEachRuleAPriorityOfItsOwn()
    {
        var rules = PressUpProtocol.CreateRules();

        foreach (var stage in rules.GroupBy(r => r.Metadata.Stage))
        {
            stage.Select(r => r.Metadata.Priority).Should().OnlyHaveUniqueItems("no two {0} rules may tie, so the order never depends on anything but the table", stage.Key);
        }
    }

    [GeneratedRegex(@"^Rule (?<row>\d+): \S.{20,}$")]
    private static partial Regex DecideDescription();
}
