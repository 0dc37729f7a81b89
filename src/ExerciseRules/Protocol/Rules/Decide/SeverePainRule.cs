using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 9: the last rep was the same or better but its pain is severe: hold the range, never further.</summary>
[Name(RuleNames.SeverePain)]
[Description("Rule 9: the last rep was the same or better, but its pain is SeverePain or more: hold the last range, never further.")]
[Tag(RuleStages.Decide)]
[Priority(50)]
[Source(Sources.PracticeSeverePain)]
public sealed class SeverePainRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public SeverePainRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;
        LastRep rep = null!;

        When()
            .Match(() => set)
            .Match(() => rep, r => r.Response != SymptomChange.Worse, r => r.Pain >= _options.SeverePain)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.InSet(AdviceStep.HoldRange, set, TargetRanges.Held(rep.Range), _options)));
    }
}
