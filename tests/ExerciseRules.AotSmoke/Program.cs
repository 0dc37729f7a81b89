// The library in a Native AOT binary: one advice through the whole library (JSON in, NRules rules, texts from
// resources, JSON out), bad input reported; then, given the scenario and example directories, the advice for every
// conformance scenario, one line each, which .ci/steps/aot-smoke.sh compares with the same program under the JIT.
using ExerciseRules;
using ExerciseRules.Scenarios;
using ExerciseRules.Serialization;

const string History = """
    {
      "baseline": { "pain": 6, "location": "thigh" },
      "sessions": [
        {
          "exercise": "pressUp",
          "startedAt": "2026-11-24T09:55:00Z",
          "before": { "pain": 5, "location": "buttock" },
          "reps": [ { "range": 0.4, "pain": 5, "location": "buttock" }, { "range": 0.5, "pain": 6, "location": "buttock" } ],
          "completed": false
        }
      ]
    }
    """;

var now = DateTimeOffset.Parse("2026-11-24T09:58:00Z", System.Globalization.CultureInfo.InvariantCulture);
var result = new Advisor().AdviseJson(History, now);
if (!result.IsValid || result.Advice.Step != AdviceStep.ReduceRange || result.Advice.TargetRange != 0.4
    || !result.Advice.Messages[0].Text.Contains("rest for 5 seconds", StringComparison.Ordinal))
{
    Console.Error.WriteLine($"aot-smoke: unexpected result: {result}");
    return 1;
}

var bad = new Advisor().AdviseJson(History.Replace("\"pain\": 6, \"location\": \"buttock\"", "\"pain\": 11, \"location\": \"buttock\""), now);
if (bad.IsValid || bad.Errors.Single().ToString() != "sessions[0].reps[1].pain: must be between 0 and 10")
{
    Console.Error.WriteLine($"aot-smoke: bad input not reported as expected: {bad}");
    return 1;
}

var explained = new Advisor().Explain(ExerciseRulesJson.ParseHistory(History).GetValueOrThrow(), now);
if (explained.Trace?.MissOf("set-done")?.Explanation != "OpenSet.RepsDone >= MinReps (10) was false: RepsDone = 2")
{
    Console.Error.WriteLine($"aot-smoke: the explanation is not what it should be: {explained.Trace}");
    return 1;
}

if (args.Length == 0)
{
    Console.WriteLine(ExerciseRulesJson.Serialize(result.Advice));
    return 0;
}

// aot-smoke SCENARIO_DIR EXAMPLES_DIR: every scenario's advice and explanation, one JSON line each, in file order.
var directory = ScenarioDirectory.Load(args[0], new ScenarioLoadOptions { AllowOutside = args[1] });
if (!directory.IsValid)
{
    Console.Error.WriteLine($"aot-smoke: the scenarios cannot be read: {string.Join("; ", directory.Files.SelectMany(f => f.Errors))}");
    return 1;
}

foreach (var scenario in directory.Scenarios)
{
    var advisor = new Advisor(scenario.Options);
    var outcome = advisor.Explain(scenario.History!, scenario.Now);
    var json = ExerciseRulesJson.Serialize(outcome.GetAdviceOrThrow()).ReplaceLineEndings(" ");
    Console.WriteLine($"{scenario.Name} {json} {outcome.Trace!.ToString().ReplaceLineEndings(" | ")}");
}

return 0;
