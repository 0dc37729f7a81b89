using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 11: full range reached: hold it.</summary>
[Name(RuleNames.FullRange)]
[Description("Rule 11: the last rep was the same or better at full range: hold full range.")]
[Tag(RuleStages.Decide)]
[Priority(30)]
[Source(Sources.PracticeFullRange)]
public sealed class FullRangeRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public FullRangeRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;

        When()
            .Match(() => set)
            .Match<LastRep>(r => r.Response != SymptomChange.Worse, r => r.Range >= 1.0)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.InSet(AdviceStep.HoldRange, set, 1.0, _options)));
    }
}
