using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Derive: the response of the open set's last rep, or why it is unknown.</summary>
[Name(RuleNames.LastRep)]
[Description("The last rep's response: against the last symptoms reported before it, location decides first, then pain; unknown when nothing comparable was reported.")]
[Tag(RuleStages.Derive)]
[Priority(390)]
[Source(Sources.PracticePeripheralising)]
public sealed class LastRepRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        OpenSet set = null!;

        When()
            .Match(() => set, s => s.RepsDone > 0);
        Then()
            .Do(ctx => ctx.Insert(set.LastRepOrUnknown()));
    }
}
