using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 5: the symptoms keep worsening: stop the set.</summary>
[Name(RuleNames.KeepsWorsening)]
[Description("Rule 5: ConsecutiveWorseLimit worse reps in a row, or two in a row that spread down the leg: stop the set; the next session steps back one exercise.")]
[Tag(RuleStages.Decide)]
[Priority(90)]
[Source(Sources.PracticeStop)]
public sealed class KeepsWorseningRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public KeepsWorseningRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;
        Episode episode = null!;

        When()
            .Match(() => set, s => s.ConsecutiveWorse >= _options.ConsecutiveWorseLimit || s.TrailingPeripheralised >= 2)
            .Match(() => episode)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.EndOfSet(AdviceStep.StopSet, set, episode, _options)));
    }
}
