using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>reportSymptoms</c> message after a rep with unknown symptoms.</summary>
[Name(RuleNames.ReportRepSymptomsMessage)]
[Description("The last rep's symptoms are unknown: report pain and where it reaches after each rep.")]
[Tag(RuleStages.Compose)]
[Priority(-70)]
[Source(Sources.PracticeNeverBlind)]
public sealed class ReportRepSymptomsMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .Match<Unknown<LastRep>>();
        Then()
            .Do(ctx => messages.Add(MessageCodes.ReportSymptoms));
    }
}
