using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>peripheralising</c> message.</summary>
[Name(RuleNames.PeripheralisingMessage)]
[Description("The last rep moved the symptoms further down the leg.")]
[Tag(RuleStages.Compose)]
[Priority(-20)]
[Source(Sources.PracticePeripheralising)]
public sealed class PeripheralisingMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .Match<LastRep>(r => r.Peripheralised);
        Then()
            .Do(ctx => messages.Add(MessageCodes.Peripheralising));
    }
}
