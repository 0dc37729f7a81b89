namespace ExerciseRules.Legacy;

/// <summary>
/// The stages a rule set runs in, in this order. Within a stage, rules fire by priority (highest first).
/// </summary>
internal enum RuleStage
{
    /// <summary>Rules that derive facts from the facts given (and from facts other derive rules added).</summary>
    Derive = 0,

    /// <summary>Rules that take the decision, usually the first that matches by priority.</summary>
    Decide = 1,

    /// <summary>Rules that compose the outcome of the decision (messages, details).</summary>
    Compose = 2,
}
