using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 2: an urgent red flag means seeing a doctor urgently.</summary>
[Name(RuleNames.RedFlagUrgent)]
[Description("Rule 2: fever, unexplained weight loss, significant trauma, constant night pain or a history of cancer means seeing a doctor urgently.")]
[Tag(RuleStages.Decide)]
[Priority(Rank)]
[Source(Sources.PracticeRedFlags)]
public sealed class RedFlagUrgentRule : Rule
{
    /// <summary>The rule's priority, the lower of the two red-flag rules': a host's decide rule must rank below it.</summary>
    internal const int Rank = 120;

    /// <inheritdoc />
    public override void Define()
    {
        ReportedRedFlags flags = null!;

        When()
            .Match(() => flags, f => f.AnyUrgent)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.UrgentCare(flags, Urgency.Urgent)));
    }
}
