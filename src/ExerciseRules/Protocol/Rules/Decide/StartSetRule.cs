using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 12: a session is open with no reps: start the set.</summary>
[Name(RuleNames.StartSet)]
[Description("Rule 12: a session is open with no reps: start the set slowly, at StartRange or just short of the range tolerated last time; never a more advanced exercise than progression allows.")]
[Tag(RuleStages.Decide)]
[Priority(20)]
[Source(Sources.SlowlyPressUp)]
public sealed class StartSetRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public StartSetRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;
        NextExercise next = null!;
        FinishedSets finished = null!;

        When()
            .Match(() => set, s => s.RepsDone == 0)
            .Match(() => next)
            .Match(() => finished)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.StartOpenSet(set, next, finished, _options)));
    }
}
