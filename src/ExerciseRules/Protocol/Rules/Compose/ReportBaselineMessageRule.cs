using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>reportSymptoms</c> message when the baseline is missing.</summary>
[Name(RuleNames.ReportBaselineMessage)]
[Description("The baseline is missing, so the pain-persists and review rules cannot judge: report the symptoms.")]
[Tag(RuleStages.Compose)]
[Priority(-71)]
[Source(Sources.PracticeNeverBlind)]
public sealed class ReportBaselineMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .Match<Episode>(e => e.BaselineMissing);
        Then()
            .Do(ctx => messages.Add(MessageCodes.ReportSymptoms));
    }
}
