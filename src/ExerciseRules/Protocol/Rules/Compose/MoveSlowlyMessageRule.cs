using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>moveSlowly</c> message.</summary>
[Name(RuleNames.MoveSlowlyMessage)]
[Description("The last rep took less than MinRepSeconds: move slowly.")]
[Tag(RuleStages.Compose)]
[Priority(-30)]
[Source(Sources.MoveSlowly)]
public sealed class MoveSlowlyMessageRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public MoveSlowlyMessageRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;

        Dependency()
            .Resolve(() => messages);
        When()
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .Match<OpenSet>(s => s.LastRepSeconds < _options.MinRepSeconds);
        Then()
            .Do(ctx => messages.Add(MessageCodes.MoveSlowly));
    }
}
