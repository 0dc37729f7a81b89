using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Derive: the latest session is the set under way while it is not completed and active less than <c>SessionTimeout</c> ago.</summary>
[Name(RuleNames.OpenSet)]
[Description("The latest session is the set under way while it is not completed and was active less than SessionTimeout ago.")]
[Tag(RuleStages.Derive)]
[Priority(400)]
[Source(Sources.PracticeOpenSession)]
public sealed class OpenSetRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public OpenSetRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        LatestSession latest = null!;

        When()
            .Match(() => latest, s => !s.Session.Completed, s => s.IdleFor < _options.SessionTimeout);
        Then()
            .Do(ctx => ctx.Insert(new OpenSet(latest.Session, latest.Measures)));
    }
}
