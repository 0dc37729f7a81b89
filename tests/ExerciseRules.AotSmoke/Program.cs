// One advice through the whole library (JSON in, rules, texts from resources, JSON out) in a Native AOT binary.
using ExerciseRules;
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

var result = new Advisor().AdviseJson(History, DateTimeOffset.Parse("2026-11-24T09:58:00Z", System.Globalization.CultureInfo.InvariantCulture));
if (!result.IsValid || result.Advice.Step != AdviceStep.ReduceRange || result.Advice.TargetRange != 0.4
    || !result.Advice.Messages[0].Text.Contains("rest for 5 seconds", StringComparison.Ordinal))
{
    Console.Error.WriteLine($"aot-smoke: unexpected result: {result}");
    return 1;
}

var bad = new Advisor().AdviseJson(History.Replace("\"pain\": 6, \"location\": \"buttock\"", "\"pain\": 11, \"location\": \"buttock\""), DateTimeOffset.Parse("2026-11-24T09:58:00Z", System.Globalization.CultureInfo.InvariantCulture));
if (bad.IsValid || bad.Errors.Single().ToString() != "sessions[0].reps[1].pain: must be between 0 and 10")
{
    Console.Error.WriteLine($"aot-smoke: bad input not reported as expected: {bad}");
    return 1;
}

Console.WriteLine(ExerciseRulesJson.Serialize(result.Advice));
return 0;
