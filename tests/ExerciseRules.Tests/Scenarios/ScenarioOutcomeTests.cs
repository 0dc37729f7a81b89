using ExerciseRules.Scenarios;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Scenarios;

public sealed class ScenarioOutcomeTests
{
    private static Scenario WorseRep(ScenarioExpectation expect) =>
        new("row 7", Now, History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 5, Buttock), Rep(0.5, 6, Buttock))))
        {
            Source = "PROTOCOL row 7",
            Expect = expect,
        };

    [Fact]
    public void ToString_Passed_IsOneLine()
    {
        WorseRep(new ScenarioExpectation { Step = AdviceStep.ReduceRange }).Run().ToString().Should().Be("PASS row 7");
    }

    [Fact]
    public void ToString_Failed_ListsSourceMismatchesAdviceAndTrace()
    {
        var outcome = WorseRep(new ScenarioExpectation { Step = AdviceStep.ProgressRange }).Run();

        var lines = outcome.ToString().Split('\n');

        lines[0].Should().Be("FAIL row 7");
        lines[1].Should().Be("  source: PROTOCOL row 7");
        lines[2].Should().Be("  step: expected progressRange, got reduceRange");
        lines[3].Should().StartWith("  advice: Advice { Step = ReduceRange,");
        lines[4].Should().Be("  trace:");
        lines.Skip(5).Should().Equal(
            outcome.Trace!.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(l => "    " + l));
        lines.Should().Contain(l => l.Contains("fired decide/symptoms-intensify (priority 70)"));
    }

    [Fact]
    public void ToString_InvalidHistory_ListsTheErrors()
    {
        var scenario = new Scenario("bad", Now, History(OpenSet(Symptoms(11, Buttock))));

        scenario.Run().ToString().Should().Be("FAIL bad\n  history.sessions[0].before.pain: must be between 0 and 10");
    }
}
