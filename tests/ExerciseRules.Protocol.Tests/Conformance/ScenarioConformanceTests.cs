using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;

namespace ExerciseRules.Protocol.Tests.Conformance;

/// <summary>
/// Runs every scenario file of <c>tests/ExerciseRules.Protocol.Tests/Scenarios</c>: checks written from PROTOCOL.md,
/// DESIGN.md and the clinical source text alone, each naming the row or sentence it checks. A failure prints the
/// mismatches and the explanation trace, as <c>exrules check</c> does.
/// </summary>
public sealed class ScenarioConformanceTests
{
    private const double Tolerance = ScenarioExpectation.RangeTolerance;

    private static readonly string ScenariosDirectory = Repository.PathOf("tests", "ExerciseRules.Protocol.Tests", "Scenarios");

    // The scenarios' histories are the example histories of docs/examples, outside the scenario directory: allowed
    // explicitly, as `exrules check ... --allow-outside docs/examples` does.
    private static readonly ScenarioLoadOptions Load = new() { AllowOutside = Repository.PathOf("docs", "examples") };

    public static TheoryData<string> ScenarioFiles() => [.. ScenarioDirectory.Load(ScenariosDirectory, Load).Files.Select(f => f.RelativePath)];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Scenario_GivesTheAdviceItExpects(string file)
    {
        var loaded = ScenarioFile.Load(Path.Combine(ScenariosDirectory, file), Load);
        if (!loaded.IsValid)
        {
            Assert.Fail($"{file} cannot be read:\n{string.Join("\n", loaded.Errors)}");
        }

        var outcome = loaded.Scenario.Run();
        if (!outcome.Passed)
        {
            Assert.Fail($"{file}\n{outcome}");
        }

        // The invariants of PROTOCOL.md hold for every scenario too.
        var advice = outcome.Advice;
        if (advice.TargetRange is { } target)
        {
            target.Should().BeInRange(outcome.Options.MinRange - Tolerance, 1 + Tolerance, "a target range is always within [minRange, 1]");
        }

        if (advice.RepsDone is { } done && advice.RepsRemaining is { } remaining)
        {
            (done + remaining).Should().BeLessThanOrEqualTo(outcome.Options.MaxReps, "no advice ever asks for a rep beyond maxReps");
        }

        loaded.Scenario.Run().Advice.Should().Be(advice, "the same history, options and time give the same advice");
    }

    [Fact]
    public void Scenarios_CoverEveryDecisionRowAndMessageCode()
    {
        var directory = ScenarioDirectory.Load(ScenariosDirectory, Load);
        directory.IsValid.Should().BeTrue();
        var expectations = directory.Scenarios.Select(s => s.Expect).ToList();
        var rules = expectations.SelectMany(e => e.FiredInclude.Append(e.DecidedBy ?? string.Empty)).ToHashSet();
        var messages = expectations.SelectMany(e => e.MessagesInclude).ToHashSet();
        string[][] rows =
        [
            [RuleNames.RedFlagEmergency], [RuleNames.RedFlagUrgent], [RuleNames.PainPersists], [RuleNames.NoImprovementOnReview],
            [RuleNames.KeepsWorsening], [RuleNames.SetDone, RuleNames.SetDoneMaxReps], [RuleNames.SymptomsIntensify],
            [RuleNames.SymptomsUnknown], [RuleNames.SeverePain], [RuleNames.Progress], [RuleNames.FullRange], [RuleNames.StartSet],
            [RuleNames.BetweenSessions], [RuleNames.Progression],
        ];

        for (var row = 0; row < rows.Length; row++)
        {
            rules.Should().Contain(rows[row], $"PROTOCOL row {row + 1} needs a scenario that expects its rule");
        }

        messages.Should().Contain(
            [
                MessageCodes.Centralising, MessageCodes.Peripheralising, MessageCodes.MoveSlowly, MessageCodes.ExerciseRegularly,
                MessageCodes.RiseSafely, MessageCodes.KeepRelaxed, MessageCodes.ReportSymptoms, MessageCodes.SeverePain, MessageCodes.NotMedicalAdvice,
            ],
            "every message code needs a scenario that expects it");
    }
}
