using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Compose: the <c>exerciseRegularly</c> message.</summary>
[Name(RuleNames.ExerciseRegularlyMessage)]
[Description("The pain has not improved after PersistDays, but the exercise was not regular: exercise regularly.")]
[Tag(RuleStages.Compose)]
[Priority(-40)]
[Source(Sources.Regularly)]
public sealed class ExerciseRegularlyMessageRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public ExerciseRegularlyMessageRule(ProtocolOptions options)
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
            .Match<Episode>(e => e.SinceFirstSession >= TimeSpan.FromDays(_options.PersistDays))
            .Match<Improvement>(i => !i.IsImproved)
            .Match<Regularity>(r => !r.IsRegular);
        Then()
            .Do(ctx => messages.Add(MessageCodes.ExerciseRegularly));
    }
}
