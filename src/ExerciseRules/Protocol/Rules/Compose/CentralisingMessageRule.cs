using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>centralising</c> message.</summary>
[Name(RuleNames.CentralisingMessage)]
[Description("The symptoms are centralising: a good sign that indicates recovery.")]
[Tag(RuleStages.Compose)]
[Priority(-10)]
[Source(Sources.Centralisation)]
public sealed class CentralisingMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .Match<Centralisation>(c => c.IsCentralising);
        Then()
            .Do(ctx => messages.Add(MessageCodes.Centralising));
    }
}
