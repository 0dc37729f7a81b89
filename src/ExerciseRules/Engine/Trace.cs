using System.Collections.Immutable;
using System.Text;

namespace ExerciseRules.Engine;

/// <summary>
/// Why a rule did not fire: the first of its conditions, in the order they are written, that did not hold.
/// </summary>
public enum MissReason
{
    /// <summary>The rule needs a fact there is none of.</summary>
    FactMissing = 0,

    /// <summary>The rule needs a fact that is unknown (there is an <see cref="Unknown{T}"/> of it).</summary>
    FactUnknown = 1,

    /// <summary>The fact is there but failed one of the condition's tests.</summary>
    TestFalse = 2,

    /// <summary>A <c>Not</c> condition failed: a fact that passes its tests is there (for decide rules: a decision was already made).</summary>
    FactPresent = 3,

    /// <summary>The rule needs the fact to be unknown, and it is known.</summary>
    FactKnown = 4,

    /// <summary>A test could not be evaluated (it threw); the explanation says what happened.</summary>
    TestFailed = 5,
}

/// <summary>One firing of a rule, with the facts it matched.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Sequence">The 1-based position of this firing in the evaluation.</param>
/// <param name="Facts">The facts its conditions matched, in the order they are written.</param>
public sealed record RuleFiring(RuleMetadata Rule, int Sequence, ImmutableArray<object> Facts)
{
    /// <inheritdoc />
    public bool Equals(RuleFiring? other) =>
        other is not null && Rule.Equals(other.Rule) && Sequence == other.Sequence && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Sequence);

    /// <inheritdoc />
    public override string ToString() =>
        Facts.IsDefaultOrEmpty
            ? $"#{Sequence} fired {Rule}"
            : $"#{Sequence} fired {Rule} with {string.Join(", ", Facts)}";
}

/// <summary>A rule that did not fire, and why, in words a therapist can read.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Reason">What kind of reason it is.</param>
/// <param name="Condition">The condition that did not hold.</param>
/// <param name="Fact">The fact that condition looked at, when there was one.</param>
/// <param name="Explanation">
/// The reason with the values that decided it, e.g. <c>OpenSet.RepsDone &gt;= MinReps (10) was false: RepsDone = 7</c>,
/// <c>the last rep is unknown: rep 3 reported neither pain nor location</c> or
/// <c>a decision was already made by symptoms-intensify</c>.
/// </param>
public sealed record RuleMiss(RuleMetadata Rule, MissReason Reason, RuleCondition Condition, object? Fact, string Explanation)
{
    /// <inheritdoc />
    public override string ToString() => $"skipped {Rule}: {Explanation}";
}

/// <summary>
/// The explanation of one evaluation: every firing with the facts it matched, and every rule that did not fire
/// with the reason. This is what therapists and test suites read.
/// </summary>
public sealed class EvaluationTrace
{
    /// <summary>Creates a trace.</summary>
    /// <param name="firings">The firings in order.</param>
    /// <param name="misses">The rules that did not fire, in the rule set's order (highest priority first).</param>
    public EvaluationTrace(ImmutableArray<RuleFiring> firings, ImmutableArray<RuleMiss> misses)
    {
        Firings = firings.IsDefault ? [] : firings;
        Misses = misses.IsDefault ? [] : misses;
    }

    /// <summary>Gets the firings in the order they happened.</summary>
    public ImmutableArray<RuleFiring> Firings { get; }

    /// <summary>Gets the rules that did not fire, highest priority first, each with the reason.</summary>
    public ImmutableArray<RuleMiss> Misses { get; }

    /// <summary>Gets whether the named rule fired at least once.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns><see langword="true"/> if it fired.</returns>
    public bool HasFired(string ruleName) => Firings.Any(f => f.Rule.Name == ruleName);

    /// <summary>Gets why the named rule did not fire, if it did not.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns>The miss, or <see langword="null"/> if the rule fired or is not in the rule set.</returns>
    public RuleMiss? MissOf(string ruleName) => Misses.FirstOrDefault(m => m.Rule.Name == ruleName);

    /// <summary>Writes the trace one line per firing and per miss.</summary>
    /// <returns>The trace as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var firing in Firings)
        {
            text.AppendLine(firing.ToString());
        }

        foreach (var miss in Misses)
        {
            text.AppendLine(miss.ToString());
        }

        return text.ToString();
    }
}
