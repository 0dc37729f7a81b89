using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 7: the symptoms intensify: go less far and rest.</summary>
[Name(RuleNames.SymptomsIntensify)]
[Description("Rule 7: the last rep was worse: lower down slowly, rest RestSeconds, and press up again not so far (the last range less RangeStep, at least MinRange).")]
[Tag(RuleStages.Decide)]
[Priority(70)]
[Source(Sources.Intensifying)]
public sealed class SymptomsIntensifyRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public SymptomsIntensifyRule(ProtocolOptions options)
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
            .Match(() => rep, r => r.Response == SymptomChange.Worse)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.Reduced(set, rep, _options)));
    }
}
