using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 8: the last rep's symptoms are unknown: hold the range.</summary>
[Name(RuleNames.SymptomsUnknown)]
[Description("Rule 8: the last rep's symptoms are unknown: hold the last range and report symptoms.")]
[Tag(RuleStages.Decide)]
[Priority(60)]
[Source(Sources.PracticeNeverBlind)]
public sealed class SymptomsUnknownRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public SymptomsUnknownRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;

        When()
            .Match(() => set, s => s.RepsDone > 0)
            .Match<Unknown<LastRep>>()
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.InSet(AdviceStep.HoldRange, set, TargetRanges.Held(set.LastRep!.Range), _options)));
    }
}
