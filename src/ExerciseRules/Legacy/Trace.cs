using System.Collections.Immutable;
using System.Text;

namespace ExerciseRules.Legacy;

/// <summary>
/// Why a rule did not fire: the first of its conditions whose fact was not in the state it needs (missing, unknown,
/// present), or, when every state held, the first whose test failed. A session checks the states before it runs
/// any test of a rule, and a trace explains the same way.
/// </summary>
internal enum MissReason
{
    /// <summary>The rule needs a fact the session does not hold.</summary>
    FactMissing = 0,

    /// <summary>The rule needs a fact that is unknown.</summary>
    FactUnknown = 1,

    /// <summary>The fact is known but failed the condition's test.</summary>
    TestFalse = 2,

    /// <summary>A <c>Not</c> condition failed: a fact that passes its test is present.</summary>
    FactPresent = 3,

    /// <summary>An <c>Unknown</c> condition failed: the fact is known.</summary>
    FactKnown = 4,
}

/// <summary>One firing of a rule, with the facts its action received.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Sequence">The 1-based position of this firing in the evaluation.</param>
/// <param name="Facts">The facts matched by the rule's <c>When</c>/<c>And</c> conditions, in order.</param>
internal sealed record RuleFiring(RuleMetadata Rule, int Sequence, ImmutableArray<object> Facts)
{
    /// <inheritdoc />
    public override string ToString() =>
        Facts.IsDefaultOrEmpty
            ? $"#{Sequence} fired {Rule}"
            : $"#{Sequence} fired {Rule} with {string.Join(", ", Facts)}";
}

/// <summary>A rule that did not fire, and why.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Reason">Why it did not fire.</param>
/// <param name="Condition">The condition that did not hold (see <see cref="MissReason"/> for which one is named).</param>
/// <param name="Fact">The fact that condition looked at, when there was one.</param>
/// <param name="UnknownReason">Why the fact is unknown, when <paramref name="Reason"/> is <see cref="MissReason.FactUnknown"/>.</param>
internal sealed record RuleMiss(RuleMetadata Rule, MissReason Reason, RuleCondition Condition, object? Fact, string? UnknownReason)
{
    /// <summary>Gets the reason in words, e.g. <c>LastRep is unknown: the last rep reported no symptoms</c>.</summary>
    public string Explanation => Reason switch
    {
        MissReason.FactMissing => $"no {Condition.FactType.Name} fact",
        MissReason.FactUnknown => $"{Condition.FactType.Name} is unknown: {UnknownReason}",
        MissReason.FactPresent => $"'{Condition}' failed: {Fact} is present",
        MissReason.FactKnown => $"'{Condition}' failed: {Condition.FactType.Name} is known ({Fact})",
        _ => $"'{Condition}' was false for {Fact}",
    };

    /// <inheritdoc />
    public override string ToString() => $"skipped {Rule}: {Explanation}";
}

/// <summary>
/// The explanation of one evaluation: every firing with the facts it matched, and every rule that did not fire
/// with the reason. This is what therapists and test suites read.
/// </summary>
internal sealed class EvaluationTrace
{
    /// <summary>Creates a trace.</summary>
    /// <param name="firings">The firings in order.</param>
    /// <param name="misses">The rules that did not fire, in evaluation order.</param>
    public EvaluationTrace(ImmutableArray<RuleFiring> firings, ImmutableArray<RuleMiss> misses)
    {
        Firings = firings.IsDefault ? [] : firings;
        Misses = misses.IsDefault ? [] : misses;
    }

    /// <summary>Gets the firings in the order they happened.</summary>
    public ImmutableArray<RuleFiring> Firings { get; }

    /// <summary>Gets the rules that did not fire, in evaluation order, each with the reason.</summary>
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
