using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Samples.Tests.Docs.Examples;

/// <summary>The code of docs/getting-started.md, compiled and run.</summary>
public sealed class GettingStartedTests
{
    [Fact]
    public void FirstAdvice_InCSharp()
    {
        // begin-snippet: first-advice
        var history = new History(
            sessions:
            [
                new Session(Exercise.PressUp, startedAt: DateTimeOffset.Parse("2026-11-24T09:55:00Z"),
                    before: new SymptomReport(Pain: 5, Location: SymptomLocation.Buttock),
                    reps:
                    [
                        new Rep(Range: 0.4, Pain: 5, Location: SymptomLocation.Buttock),
                        new Rep(Range: 0.5, Pain: 6, Location: SymptomLocation.Buttock), // the pain rose: intensifying
                    ]),
            ],
            baseline: new SymptomReport(Pain: 6, Location: SymptomLocation.Thigh));

        var advisor = new Advisor(); // the protocol's default options; immutable and thread-safe: build one, share it
        AdviceResult result = advisor.Advise(history, DateTimeOffset.Parse("2026-11-24T09:58:00Z"));

        if (result.IsValid)
        {
            Advice advice = result.Advice; // Step = ReduceRange, TargetRange = 0.4, RestSeconds = 5
            foreach (var message in advice.Messages)
            {
                Console.WriteLine(message.Text); // the step's own message first, "not medical advice" last
            }
        }
        else
        {
            foreach (var error in result.Errors)
            {
                Console.WriteLine(error); // e.g. sessions[0].reps[1].pain: must be between 0 and 10
            }
        }
        // end-snippet

        result.Advice!.Step.Should().Be(AdviceStep.ReduceRange);
        result.Advice.TargetRange.Should().Be(0.4);
        result.Advice.Messages[0].Text.Should().StartWith("Your symptoms are intensifying.");
        result.Advice.Messages[^1].Text.Should().Contain("not medical advice");
    }

    [Fact]
    public void FirstAdvice_FromJson()
    {
        var json = Repository.ReadText("docs", "examples", "quickstart.json");
        var advisor = new Advisor();

        // begin-snippet: first-advice-json
        AdviceResult result = advisor.AdviseJson(json, DateTimeOffset.Parse("2026-11-24T09:58:00Z"));
        string adviceJson = result.IsValid
            ? ExerciseRulesJson.Serialize(result.Advice) // the wire format: docs/wire-format.md
            : string.Join("\n", result.Errors);          // one "path: message" line per problem
        // end-snippet

        adviceJson.Should().Contain("\"step\": \"reduceRange\"");
    }

    [Fact]
    public void FirstAdvice_Explained()
    {
        var history = ExerciseRulesJson.ParseHistory(Repository.ReadText("docs", "examples", "quickstart.json")).GetValueOrThrow();
        var advisor = new Advisor();

        // begin-snippet: first-advice-explained
        AdviceResult explained = advisor.Explain(history, DateTimeOffset.Parse("2026-11-24T09:58:00Z"));
        Console.WriteLine(explained.Trace); // "#7 fired decide/symptoms-intensify (priority 70) with OpenSet ..., LastRep ..."
                                            // "skipped decide/progress (priority 40): LastRep.Response != Worse was false: Response = Worse"
        // end-snippet

        explained.Trace!.ToString().Should().Contain("fired decide/symptoms-intensify (priority 70) with OpenSet")
            .And.Contain("skipped decide/progress (priority 40): LastRep.Response != Worse was false: Response = Worse")
            .And.Contain("skipped decide/set-done (priority 80): OpenSet.RepsDone >= MinReps (10) was false: RepsDone = 2");
    }

    [Fact]
    public void LiveAdvice_WithATracker()
    {
        var start = DateTimeOffset.Parse("2026-11-24T09:55:00Z");

        // begin-snippet: live-advice
        var tracker = new AdviceTracker(new Advisor()); // one per person; not thread-safe, save it with ToJson()
        tracker.SetBaseline(new SymptomReport(6, SymptomLocation.Thigh), start);
        tracker.StartSession(Exercise.PressUp, start, before: new SymptomReport(5, SymptomLocation.Buttock), now: start);
        tracker.AddRep(new Rep(Range: 0.4, Pain: 5, Location: SymptomLocation.Buttock), start.AddMinutes(1));
        AdviceResult result = tracker.AddRep(new Rep(Range: 0.5, Pain: 6, Location: SymptomLocation.Buttock), start.AddMinutes(2));
        // result.Advice.Step == ReduceRange: the same advice as advisor.Advise(tracker.ToHistory(), now), in O(1) a rep
        // end-snippet

        result.GetAdviceOrThrow().Step.Should().Be(AdviceStep.ReduceRange);
        result.Advice.Should().Be(new Advisor().Advise(tracker.ToHistory(), start.AddMinutes(2)).Advice);
    }
}
