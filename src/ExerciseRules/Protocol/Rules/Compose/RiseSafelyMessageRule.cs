using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>riseSafely</c> message.</summary>
[Name(RuleNames.RiseSafelyMessage)]
[Description("After a finished set: how to rise from the floor.")]
[Tag(RuleStages.Compose)]
[Priority(-50)]
[Source(Sources.RiseSafely)]
public sealed class RiseSafelyMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Match<Decision>(d => d.Step == AdviceStep.FinishSet);
        Then()
            .Do(ctx => messages.Add(MessageCodes.RiseSafely));
    }
}
