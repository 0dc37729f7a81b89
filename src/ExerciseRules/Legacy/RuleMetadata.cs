namespace ExerciseRules.Legacy;

/// <summary>
/// What a rule is, as data: its name, what it does, where it runs, how it ranks and the sentence it comes from.
/// </summary>
/// <param name="Name">A name unique within a rule set, e.g. <c>symptoms-intensify</c>.</param>
/// <param name="Description">What the rule decides, in a sentence.</param>
/// <param name="Stage">The stage the rule runs in.</param>
/// <param name="Priority">Within its stage, rules with a higher priority fire first; ties are broken by name (ordinal).</param>
/// <param name="Source">The sentence of the source text (or the practice) the rule comes from.</param>
internal sealed record RuleMetadata(string Name, string Description, RuleStage Stage, int Priority, string Source)
{
    /// <inheritdoc />
    public override string ToString() => $"{Stage.ToString().ToLowerInvariant()}/{Name} (priority {Priority})";
}
