using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Derive: whether the person improved against the baseline, or why that is unknown.</summary>
[Name(RuleNames.Improvement)]
[Description("Improved: the latest pain is ImprovementPoints or ImprovementPercent below the baseline, or the location centralised against the baseline; spreading further down the leg is never improved.")]
[Tag(RuleStages.Derive)]
[Priority(370)]
[Source(Sources.PainPersists)]
public sealed class ImprovementRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public ImprovementRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        Episode episode = null!;

        When()
            .Match(() => episode);
        Then()
            .Do(ctx => ctx.Insert(episode.ImprovementOrUnknown(_options)));
    }
}
