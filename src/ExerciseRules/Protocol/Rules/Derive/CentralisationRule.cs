using ExerciseRules.Engine;
using ExerciseRules.Model;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Protocol.Rules;

/// <summary>Derive: whether the symptoms are centralising, or why that is unknown.</summary>
[Name(RuleNames.Centralisation)]
[Description("Centralising: the latest reported location is more central than the current session's before, or than the baseline.")]
[Tag(RuleStages.Derive)]
[Priority(380)]
[Source(Sources.Centralisation)]
public sealed class CentralisationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Episode episode = null!;
        IEnumerable<LatestSession> latest = null!;

        When()
            .Match(() => episode)
            .Query(() => latest, q => q.Match<LatestSession>().Collect());
        Then()
            .Do(ctx => ctx.Insert(episode.CentralisationOrUnknown(latest.FirstOrDefault())));
    }
}
