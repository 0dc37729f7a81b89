namespace ExerciseRules.Engine;

/// <summary>
/// How a rule says which stage it belongs to: an NRules <c>[Tag]</c> with the stage's name, and an NRules
/// <c>[Priority]</c> within the stage's band. Bands: derive from <see cref="DeriveMinPriority"/> up, decide from
/// <see cref="DecideMinPriority"/> to <see cref="DecideMaxPriority"/>, compose <see cref="ComposeMaxPriority"/>
/// and below. NRules fires the activation of highest priority first, so the bands order the stages.
/// </summary>
/// <example>
/// <code>
/// [Name("clinic-long-break"), Tag(RuleStages.Derive), Priority(250)]
/// [Description("Derives a LongBreak fact when the last session was more than two days ago.")]
/// [Source("Clinic policy 4.2")]
/// public sealed class LongBreakRule : Rule { ... }
/// </code>
/// </example>
public static class RuleStages
{
    /// <summary>The tag of a derive rule.</summary>
    public const string Derive = "derive";

    /// <summary>The tag of a decide rule.</summary>
    public const string Decide = "decide";

    /// <summary>The tag of a compose rule.</summary>
    public const string Compose = "compose";

    /// <summary>The lowest priority of a derive rule.</summary>
    public const int DeriveMinPriority = 200;

    /// <summary>The highest priority of a decide rule.</summary>
    public const int DecideMaxPriority = 199;

    /// <summary>The lowest priority of a decide rule.</summary>
    public const int DecideMinPriority = 1;

    /// <summary>The highest priority of a compose rule.</summary>
    public const int ComposeMaxPriority = 0;

    /// <summary>Gets the tag of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its tag, e.g. <c>decide</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public static string TagOf(RuleStage stage) => stage switch
    {
        RuleStage.Derive => Derive,
        RuleStage.Decide => Decide,
        RuleStage.Compose => Compose,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Value should be a defined RuleStage."),
    };

    /// <summary>Gets the stage whose band holds a priority.</summary>
    /// <param name="priority">An NRules priority.</param>
    /// <returns>The stage.</returns>
    public static RuleStage OfPriority(int priority) => priority switch
    {
        >= DeriveMinPriority => RuleStage.Derive,
        >= DecideMinPriority => RuleStage.Decide,
        _ => RuleStage.Compose,
    };

    /// <summary>Reads the stage from a rule's tags.</summary>
    /// <param name="tags">The rule's tags.</param>
    /// <param name="stage">The stage, when exactly one stage tag is there.</param>
    /// <returns><see langword="true"/> when the tags name exactly one stage.</returns>
    internal static bool TryFromTags(IReadOnlyList<string> tags, out RuleStage stage)
    {
        stage = default;
        var found = 0;
        foreach (var tag in tags)
        {
            RuleStage? named = tag switch
            {
                Derive => RuleStage.Derive,
                Decide => RuleStage.Decide,
                Compose => RuleStage.Compose,
                _ => null,
            };
            if (named is { } s)
            {
                stage = s;
                found++;
            }
        }

        return found == 1;
    }

    /// <summary>Describes a stage's band, e.g. "1 to 199".</summary>
    internal static string BandOf(RuleStage stage) => stage switch
    {
        RuleStage.Derive => $"{DeriveMinPriority} or more",
        RuleStage.Decide => $"{DecideMinPriority} to {DecideMaxPriority}",
        _ => $"{ComposeMaxPriority} or less",
    };
}
