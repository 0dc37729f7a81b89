using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Rule 4: no improvement on review, regular or not: contact the therapist.</summary>
[Name(RuleNames.NoImprovementOnReview)]
[Description("Rule 4: ReviewDays or more since the first session and not improved, regular or not: contact the therapist.")]
[Tag(RuleStages.Decide)]
[Priority(100)]
[Source(Sources.PracticeReview)]
public sealed class NoImprovementOnReviewRule : Rule
{
    private readonly ProtocolOptions _options;

    /// <summary>Creates the rule with the protocol options it reads.</summary>
    /// <param name="options">The protocol options (<see cref="PressUpProtocol.CreateRules"/> validates them).</param>
    public NoImprovementOnReviewRule(ProtocolOptions options)
    {
        _options = Preconditions.CheckNotNull(options);
    }

    /// <inheritdoc />
    public override void Define()
    {
        When()
            .Match<Episode>(e => e.SinceFirstSession >= TimeSpan.FromDays(_options.ReviewDays))
            .Match<Improvement>(i => !i.IsImproved)
            .Not<Decision>();
        Then()
            .Do(ctx => ctx.Insert(Decisions.ContactTherapist()));
    }
}
