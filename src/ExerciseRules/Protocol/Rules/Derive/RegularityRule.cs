using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Derive: whether the person exercises regularly.</summary>
[Name(RuleNames.Regularity)]
[Description("Regular: at least MinSessionsPerDay sessions in each of the last PersistDays 24-hour windows counted back from now.")]
[Tag(RuleStages.Derive)]
[Priority(360)]
[Source(Sources.Regularly)]
public sealed class RegularityRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public RegularityRule(ProtocolOptions options)
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
            .Do(ctx => ctx.Insert(new Regularity(episode.IsRegular(_options.MinSessionsPerDay))));
    }
}
