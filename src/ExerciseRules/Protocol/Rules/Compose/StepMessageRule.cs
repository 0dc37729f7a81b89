using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the message that explains the step.</summary>
[Name(RuleNames.StepMessage)]
[Description("Every advice starts with a message that explains its step.")]
[Tag(RuleStages.Compose)]
[Priority(0)]
[Source(Sources.PracticeStepMessage)]
public sealed class StepMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Decision decision = null!;
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Match(() => decision);
        Then()
            .Do(ctx => messages.Add(MessageCodes.ForStep(decision.Step)));
    }
}
