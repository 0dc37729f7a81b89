using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>severePain</c> message, with rule 9.</summary>
[Name(RuleNames.SeverePainMessage)]
[Description("With rule 9: the pain is severe; do not go further, and if it stays this strong, stop and contact the therapist.")]
[Tag(RuleStages.Compose)]
[Priority(-5)]
[Source(Sources.PracticeSeverePain)]
public sealed class SeverePainMessageRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public SeverePainMessageRule(ProtocolOptions options)
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
            .Match<Decision>(d => d.Step == AdviceStep.HoldRange)
            .Match<LastRep>(r => r.Response != SymptomChange.Worse, r => r.Pain >= _options.SeverePain);
        Then()
            .Do(ctx => messages.Add(MessageCodes.SeverePain));
    }
}
