using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 3: the pain persists despite regular exercise: contact the therapist.</summary>
[Name(RuleNames.PainPersists)]
[Description("Rule 3: PersistDays or more since the first session, exercising regularly, and not improved: contact the therapist.")]
[Tag(RuleStages.Decide)]
[Priority(110)]
[Source(Sources.PainPersists)]
public sealed class PainPersistsRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public PainPersistsRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        When()
            .Match<Episode>(e => e.SinceFirstSession >= TimeSpan.FromDays(_options.PersistDays))
            .Match<Regularity>(r => r.IsRegular)
            .Match<Improvement>(i => !i.IsImproved)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.ContactTherapist()));
    }
}
