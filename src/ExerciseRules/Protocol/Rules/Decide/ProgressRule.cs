using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 10: the last rep was the same or better: go a little further.</summary>
[Name(RuleNames.Progress)]
[Description("Rule 10: the last rep was the same or better and short of full range: go a little further (the last range plus RangeStep, at most 1).")]
[Tag(RuleStages.Decide)]
[Priority(40)]
[Source(Sources.GoFurther)]
public sealed class ProgressRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public ProgressRule(ProtocolOptions options)
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
            .Match(() => rep, r => r.Response != SymptomChange.Worse, r => !(r.Range >= 1.0))
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.InSet(AdviceStep.ProgressRange, set, TargetRanges.Progressed(rep.Range, _options), _options)));
    }
}
