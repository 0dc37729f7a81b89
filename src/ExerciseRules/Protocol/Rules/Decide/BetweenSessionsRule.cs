using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 13: no session is open: rest until the next is due, then start it.</summary>
[Name(RuleNames.BetweenSessions)]
[Description("Rule 13: no session is open: rest until SessionInterval after the last session's end, then start a set of the exercise progression chooses.")]
[Tag(RuleStages.Decide)]
[Priority(10)]
[Source(Sources.EveryHourOrTwo)]
public sealed class BetweenSessionsRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public BetweenSessionsRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        Episode episode = null!;
        NextExercise next = null!;
        IEnumerable<LatestSession> latest = null!;

        When()
            .Absent<OpenSet>()
            .Match(() => episode)
            .Match(() => next)
            .Query(() => latest, q => q.Match<LatestSession>().Collect())
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.BetweenSessions(episode, next, latest, _options)));
    }
}
