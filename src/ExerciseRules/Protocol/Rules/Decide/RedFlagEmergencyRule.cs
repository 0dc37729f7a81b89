using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 1: an emergency red flag means seeking emergency care now.</summary>
[Name(RuleNames.RedFlagEmergency)]
[Description("Rule 1: saddle numbness, a bladder or bowel change or progressive leg weakness means seeking emergency care now.")]
[Tag(RuleStages.Decide)]
[Priority(130)]
[Source(Sources.PracticeCaudaEquina)]
public sealed class RedFlagEmergencyRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReportedRedFlags flags = null!;

        When()
            .Match(() => flags, f => f.AnyEmergency)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.UrgentCare(flags, Urgency.Emergency)));
    }
}
