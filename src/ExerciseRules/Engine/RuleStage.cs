namespace ExerciseRules.Engine;

/// <summary>
/// The stages a rule set runs in, in this order. NRules has one agenda, so a stage is a band of priorities (see
/// <see cref="RuleStages"/>): every derive rule outranks every decide rule, which outranks every compose rule, and
/// forward chaining does the rest.
/// </summary>
public enum RuleStage
{
    /// <summary>Rules that derive facts from the facts given (and from facts other derive rules added).</summary>
    Derive = 0,

    /// <summary>Rules that take the decision, usually the first that matches by priority.</summary>
    Decide = 1,

    /// <summary>Rules that compose the outcome of the decision (messages, details).</summary>
    Compose = 2,
}
