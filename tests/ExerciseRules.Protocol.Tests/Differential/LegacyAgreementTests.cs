using System.Collections.Concurrent;
using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Properties;
using ExerciseRules.Protocol.Tests.Support;
using ExerciseRules.Scenarios;
using LegacyRuleSet = ExerciseRules.Legacy.RuleSet;

namespace ExerciseRules.Protocol.Tests.Differential;

/// <summary>
/// The retired home-made engine and NRules side by side, before the old one is deleted: on 100,000 generated
/// histories and on every conformance scenario, the advice of the NRules-backed advisor and the decision of the old
/// engine's rules on the same measured facts must agree on everything the person is told: step, exercise, target,
/// rest, reps done and remaining, due time, urgency, message codes (in order) and the rule that decided.
/// </summary>
public sealed class LegacyAgreementTests
{
    [Fact]
    public void Advise_GeneratedHistories_NRulesAndTheRetiredEngineAgree()
    {
        var tally = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        ProtocolGen.Case.Check(c => tally.AddOrUpdate(Differential.Check(c.History, c.Now, c.Options), 1, (_, n) => n + 1), PropertyRuns.Agreement);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{tally.Values.Sum()} generated histories, no difference; decided by: {string.Join(", ", tally.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value}"))}");
        if (!PropertyRuns.IsReduced)
        {
            tally.Keys.Should().Contain([.. Decide], "the generator must reach every decide rule");
        }
    }

    [Fact]
    public void Advise_EveryConformanceScenario_NRulesAndTheRetiredEngineAgree()
    {
        var directory = ScenarioDirectory.Load(
            Repository.PathOf("tests", "ExerciseRules.Protocol.Tests", "Scenarios"),
            new ScenarioLoadOptions { AllowOutside = Repository.PathOf("docs", "examples") });
        directory.IsValid.Should().BeTrue();

        foreach (var scenario in directory.Scenarios)
        {
            Differential.Check(scenario.History!, scenario.Now, scenario.Options ?? ProtocolOptions.Default);
        }

        directory.Scenarios.Should().HaveCountGreaterThan(60);
    }

    private static readonly string[] Decide =
    [
        RuleNames.RedFlagEmergency, RuleNames.RedFlagUrgent, RuleNames.PainPersists, RuleNames.NoImprovementOnReview, RuleNames.KeepsWorsening,
        RuleNames.SetDoneMaxReps, RuleNames.SetDone, RuleNames.SymptomsIntensify, RuleNames.SymptomsUnknown, RuleNames.SeverePain,
        RuleNames.Progress, RuleNames.FullRange, RuleNames.StartSet, RuleNames.BetweenSessions,
    ];
}

/// <summary>One comparison, with plain checks (it runs 100,000 times).</summary>
internal static class Differential
{
    private static readonly ConcurrentDictionary<ProtocolOptions, LegacyRuleSet> Legacy = new();

    /// <summary>Compares the two engines on a valid history; returns the deciding rule.</summary>
    public static string Check(History history, DateTimeOffset now, ProtocolOptions options)
    {
        var result = Advisors.For(options).Advise(history, now);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"A generated history is valid, but the errors were {string.Join("; ", result.Errors)}");
        }

        var advice = result.Advice;
        var measurement = EpisodeMeasurement.Of(history, now, options);
        var (decision, codes, decidedBy, fired) = ExerciseRules.Legacy.LegacyEngine.Decide(Legacy.GetOrAdd(options, ExerciseRules.Legacy.LegacyEngine.Compile), measurement);
        var differences = new List<string>();
        Compare("step", decision.Step, advice.Step, differences);
        Compare("exercise", decision.Exercise, advice.Exercise, differences);
        Compare("targetRange", decision.TargetRange, advice.TargetRange, differences);
        Compare("restSeconds", decision.RestSeconds, advice.RestSeconds, differences);
        Compare("repsDone", decision.RepsDone, advice.RepsDone, differences);
        Compare("repsRemaining", decision.RepsRemaining, advice.RepsRemaining, differences);
        Compare("nextSessionDue", decision.NextSessionDue, advice.NextSessionDue, differences);
        Compare("urgency", decision.Urgency, advice.Urgency, differences);
        Compare("decidedBy", decidedBy, advice.DecidedBy?.Name, differences);
        var newCodes = advice.Messages.Select(m => m.Code).ToArray();
        if (!codes.SequenceEqual(newCodes))
        {
            differences.Add($"messages: retired [{string.Join(", ", codes)}], NRules [{string.Join(", ", newCodes)}]");
        }

        var newFired = advice.FiredRules.Select(r => r.Name).ToArray();
        if (!fired.SequenceEqual(newFired))
        {
            differences.Add($"fired rules: retired [{string.Join(", ", fired)}], NRules [{string.Join(", ", newFired)}]");
        }

        return differences.Count == 0
            ? decidedBy
            : throw new InvalidOperationException($"The engines differ ({string.Join("; ", differences)}) for options {options}, now {now:O}, history {history}");
    }

    private static void Compare<T>(string field, T retired, T nrules, List<string> differences)
    {
        if (!EqualityComparer<T>.Default.Equals(retired, nrules))
        {
            differences.Add($"{field}: retired {retired}, NRules {nrules}");
        }
    }
}
