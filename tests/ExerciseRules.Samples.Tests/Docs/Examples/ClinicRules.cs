// begin-snippet: clinic-rules
using ExerciseRules;
using ExerciseRules.Engine;
using ExerciseRules.Protocol;
using NRules.Fluent.Dsl;

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
    /// <returns>The rules, as instances: the advisor registers them explicitly, no assembly scan.</returns>
    public static IEnumerable<Rule> All(int threshold) => [new HighPainRule(threshold), new HighPainMessageRule()];
}

/// <summary>
/// Derive: a fact of the clinic's own, from a fact of the protocol's (OpenSet). Derive rules (priority 200 and up)
/// fire before any decision, so decide and compose rules can match the new fact (forward chaining).
/// </summary>
/// <param name="threshold">The pain (0-10) from which the clinic wants its message shown.</param>
[Name(ClinicRules.HighPainRule)]
[Description("Clinic: the last rep of the set under way left the pain high.")]
[Tag(RuleStages.Derive)]
[Priority(250)]
[Source("clinic policy: tell people with high pain when to call the clinic")]
public sealed class HighPainRule(int threshold) : Rule
{
    private readonly int _threshold = threshold;

    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;

        When()
            .Match(() => set, s => s.LastRep != null && s.LastRep.Pain >= _threshold);
        Then()
            .Do(ctx => ctx.Insert(new HighPain(set.LastRep!.Pain!.Value)));
    }
}

/// <summary>
/// Compose: add the clinic's message to whatever step the protocol decided. It does not change the decision, and
/// like the protocol's own encouragements it stays out of a call for urgent care. Compose rules have priority 0 and
/// below; -85 puts the message before the protocol's last one, notMedicalAdvice (-100).
/// </summary>
[Name(ClinicRules.HighPainMessageRule)]
[Description("Clinic: with high pain, say when to call the clinic.")]
[Tag(RuleStages.Compose)]
[Priority(-85)]
[Source("clinic policy: tell people with high pain when to call the clinic")]
public sealed class HighPainMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        // The collector of message codes is a rule dependency, not a fact: NRules gives it to the action.
        Dependency()
            .Resolve(() => messages);
        When()
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .Match<HighPain>();
        Then()
            .Do(_ => messages.Add(ClinicRules.HighPainCode));
    }
}
// end-snippet
