using System.Collections.Immutable;

namespace ExerciseRules.Engine;

/// <summary>
/// What a rule is, as data, read from its NRules definition: its name, what it does, where it runs, how it ranks,
/// the sentence it comes from, and its conditions in words.
/// </summary>
/// <param name="Name">A name unique within a rule set (NRules <c>[Name]</c>), e.g. <c>symptoms-intensify</c>.</param>
/// <param name="Description">What the rule decides, in a sentence (NRules <c>[Description]</c>).</param>
/// <param name="Stage">The stage the rule runs in (its NRules <c>[Tag]</c>).</param>
/// <param name="Priority">The rule's NRules priority: a higher one fires first; no two rules of a rule set share one.</param>
/// <param name="Source">The sentence of the source text (or the practice) the rule comes from (<see cref="SourceAttribute"/>).</param>
public sealed record RuleMetadata(string Name, string Description, RuleStage Stage, int Priority, string Source)
{
    private static readonly Lazy<ImmutableArray<RuleCondition>> None = new(ImmutableArray<RuleCondition>.Empty);

    private readonly Lazy<ImmutableArray<RuleCondition>> _conditions = None;

    /// <summary>
    /// Initializes metadata whose conditions are put in words when they are first read (most evaluations never
    /// read them; writing every condition of a rule set is a noticeable part of compiling it).
    /// </summary>
    internal RuleMetadata(string name, string description, RuleStage stage, int priority, string source, Func<ImmutableArray<RuleCondition>> describe)
        : this(name, description, stage, priority, source)
    {
        _conditions = new Lazy<ImmutableArray<RuleCondition>>(() => describe() is { IsDefault: false } conditions ? conditions : [], LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the rule's conditions in the order they are written.</summary>
    public ImmutableArray<RuleCondition> Conditions
    {
        get => _conditions.Value;
        init => _conditions = new Lazy<ImmutableArray<RuleCondition>>(value.IsDefault ? [] : value);
    }

    /// <inheritdoc />
    public bool Equals(RuleMetadata? other) =>
        other is not null && Name == other.Name && Description == other.Description && Stage == other.Stage
        && Priority == other.Priority && Source == other.Source && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Stage, Priority);

    /// <inheritdoc />
    public override string ToString() => $"{RuleStages.TagOf(Stage)}/{Name} (priority {Priority})";
}
