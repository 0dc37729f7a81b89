// begin-snippet: clinic-rules
using ExerciseRules;
using ExerciseRules.Engine;
using ExerciseRules.Protocol;

namespace Clinic;

/// <summary>A fact of the clinic's own: the last rep of the set under way left the pain high.</summary>
/// <param name="Pain">The pain after that rep (0-10).</param>
public sealed record HighPain(int Pain);

/// <summary>The clinic's own rules, run together with the press-up protocol's.</summary>
public static class ClinicRules
{
    /// <summary>The name of the derive rule.</summary>
    public const string HighPainRule = "clinic-high-pain";

    /// <summary>The name of the compose rule.</summary>
    public const string HighPainMessageRule = "clinic-high-pain-message";

    /// <summary>The message code the compose rule adds; its words come from the clinic's message texts.</summary>
    public const string HighPainCode = "highPain";

    /// <summary>Creates the clinic's rules.</summary>
    /// <param name="threshold">The pain (0-10) from which the clinic wants its message shown.</param>
    /// <returns>The rules.</returns>
    public static IEnumerable<Rule> All(int threshold)
    {
        // Derive: a fact of the clinic's own, from a fact of the protocol's (OpenSet). Derive rules run before
        // any decision, so decide and compose rules can match the new fact (forward chaining).
        yield return Rule.Define(HighPainRule)
            .Describe($"Clinic: the last rep of the set under way left the pain at {threshold} or more.")
            .From("clinic policy: tell people with high pain when to call the clinic")
            .InStage(RuleStage.Derive)
            .WithPriority(50)
            .When<OpenSet>(s => s.LastRep != null && s.LastRep.Pain >= threshold)
            .Then((ctx, set) => ctx.Insert(new HighPain(set.LastRep!.Pain!.Value)));

        // Compose: add the clinic's message to whatever step the protocol decided. It does not change the
        // decision, and like the protocol's own encouragements it stays out of a call for urgent care.
        yield return Rule.Define(HighPainMessageRule)
            .Describe("Clinic: with high pain, say when to call the clinic.")
            .From("clinic policy: tell people with high pain when to call the clinic")
            .InStage(RuleStage.Compose)
            .WithPriority(85)
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .When<HighPain>()
            .Then((ctx, _) => ctx.Get<ComposedMessages>().Add(HighPainCode));
    }
}
// end-snippet
