using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>keepRelaxed</c> message.</summary>
[Name(RuleNames.KeepRelaxedMessage)]
[Description("Starting a press-up set: keep the lower back relaxed.")]
[Tag(RuleStages.Compose)]
[Priority(-60)]
[Source(Sources.KeepRelaxed)]
public sealed class KeepRelaxedMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Match<Decision>(d => d.Step == AdviceStep.StartSet, d => d.Exercise == Exercise.PressUp);
        Then()
            .Do(ctx => messages.Add(MessageCodes.KeepRelaxed));
    }
}
