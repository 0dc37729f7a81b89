using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>notMedicalAdvice</c> message, which every advice carries.</summary>
[Name(RuleNames.NotMedicalAdviceMessage)]
[Description("Every advice says it is self-management guidance, not medical advice.")]
[Tag(RuleStages.Compose)]
[Priority(-100)]
[Source(Sources.PracticeNotMedicalAdvice)]
public sealed class NotMedicalAdviceMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Exists<Decision>();
        Then()
            .Do(ctx => messages.Add(MessageCodes.NotMedicalAdvice));
    }
}
