using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 14 (derive): the exercise of the next new set and its start target.</summary>
[Name(RuleNames.Progression)]
[Description("Rule 14: the exercise of a new set advances after a tolerated set, steps back after one stopped for worsening, else stays; never the press-up before lying and on the elbows were tolerated, nor on the elbows before lying.")]
[Tag(RuleStages.Derive)]
[Priority(310)]
[Source(Sources.Progression)]
public sealed class ProgressionRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public ProgressionRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        FinishedSets finished = null!;

        When()
            .Match(() => finished);
        Then()
            .Do(ctx => ctx.Insert(Decisions.Next(finished, _options)));
    }
}
