using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 6: the set reached <c>MaxReps</c>: finish it.</summary>
[Name(RuleNames.SetDoneMaxReps)]
[Description("Rule 6: MaxReps reps done: finish the set, relax on the stomach, then rise.")]
[Tag(RuleStages.Decide)]
[Priority(85)]
[Source(Sources.SetDone)]
public sealed class SetDoneMaxRepsRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public SetDoneMaxRepsRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;
        Episode episode = null!;

        When()
            .Match(() => set, s => s.RepsDone >= _options.MaxReps)
            .Match(() => episode)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.EndOfSet(AdviceStep.FinishSet, set, episode, _options)));
    }
}
