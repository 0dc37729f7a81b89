using System.Diagnostics.CodeAnalysis;
using System.Text;
using ExerciseRules.Engine;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ExerciseRules.Testing;

/// <summary>
/// Assertions on an <see cref="EvaluationTrace"/>, from <see cref="RuleFixture"/> or <see cref="Advisor.Explain(Model.History, DateTimeOffset)"/>:
/// which rules fired, how often, with which facts and in which order. A failure prints the whole trace. A rule
/// name that is not in the rule set fails every assertion, so a misspelt name never passes.
/// </summary>
public sealed class EvaluationTraceAssertions : ReferenceTypeAssertions<EvaluationTrace, EvaluationTraceAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="subject">The (possibly null) trace.</param>
    public EvaluationTraceAssertions(EvaluationTrace? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "trace";

    /// <summary>Asserts that the rule fired at least once.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<EvaluationTraceAssertions> HaveFired(string ruleName, string because = "", params object[] becauseArgs)
    {
        if (TraceChecks.IsRule(Subject, ruleName, because, becauseArgs))
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(TraceChecks.Count(Subject, ruleName) > 0)
                .FailWith("Expected rule {0} to have fired{reason}, but it did not: {1}.{2}", new Text(ruleName), new Text(TraceChecks.WhyNot(Subject, ruleName)), TraceChecks.Explanation(Subject));
        }

        return new(this);
    }

    /// <summary>Asserts that the rule fired exactly once.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<EvaluationTraceAssertions> HaveFiredOnce(string ruleName, string because = "", params object[] becauseArgs) =>
        HaveFiredTimes(ruleName, 1, because, becauseArgs);

    /// <summary>Asserts that the rule fired exactly <paramref name="times"/> times (0 for never).</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="times">How often it must have fired.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<EvaluationTraceAssertions> HaveFiredTimes(string ruleName, int times, string because = "", params object[] becauseArgs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        if (TraceChecks.IsRule(Subject, ruleName, because, becauseArgs))
        {
            var count = TraceChecks.Count(Subject, ruleName);
            var why = count == 0 ? $": {TraceChecks.WhyNot(Subject, ruleName)}" : string.Empty;
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(count == times)
                .FailWith("Expected rule {0} to have fired {1}{reason}, but it fired {2}{3}.{4}", new Text(ruleName), TraceChecks.Times(times), TraceChecks.Times(count), new Text(why), TraceChecks.Explanation(Subject));
        }

        return new(this);
    }

    /// <summary>Asserts that the rule never fired.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<EvaluationTraceAssertions> NotHaveFired(string ruleName, string because = "", params object[] becauseArgs)
    {
        if (TraceChecks.IsRule(Subject, ruleName, because, becauseArgs))
        {
            var count = TraceChecks.Count(Subject, ruleName);
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(count == 0)
                .FailWith("Expected rule {0} not to have fired{reason}, but it fired {1}.{2}", new Text(ruleName), TraceChecks.Times(count), TraceChecks.Explanation(Subject));
        }

        return new(this);
    }

    /// <summary>
    /// Asserts that the rule fired at least once with every one of the given facts among the facts it matched
    /// (compared with <see cref="object.Equals(object)"/>; records compare by value).
    /// </summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="facts">The facts, e.g. <c>new LastRep(3, rep, SymptomChange.Worse, false)</c>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<EvaluationTraceAssertions> HaveFiredWith(string ruleName, params object[] facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (TraceChecks.IsRule(Subject, ruleName, string.Empty, []))
        {
            var firings = Subject.Firings.Where(f => f.Rule.Name == ruleName).ToList();
            var matched = firings.Any(f => facts.All(fact => f.Facts.Any(m => Equals(m, fact))));
            var actual = firings.Count == 0
                ? $"it did not fire: {TraceChecks.WhyNot(Subject, ruleName)}"
                : "it fired with:" + string.Concat(firings.Select(f => $"\n  #{f.Sequence}: {string.Join(", ", f.Facts)}"));
            Execute.Assertion
                .ForCondition(matched)
                .FailWith("Expected rule {0} to have fired with {1}, but {2}.{3}", new Text(ruleName), new Text(string.Join(", ", facts)), new Text(actual), TraceChecks.Explanation(Subject));
        }

        return new(this);
    }

    /// <summary>
    /// Asserts that the rules fired in this order: each one fired after the one before it (other rules may fire in
    /// between). A rule may appear more than once for more than one firing.
    /// </summary>
    /// <param name="ruleNames">The rules, in the order they must have fired.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<EvaluationTraceAssertions> HaveFiredInOrder(params string[] ruleNames)
    {
        ArgumentNullException.ThrowIfNull(ruleNames);
        if (ruleNames.All(r => TraceChecks.IsRule(Subject, r, string.Empty, [])) && Subject is not null)
        {
            var position = 0;
            string? problem = null;
            for (var i = 0; i < ruleNames.Length && problem is null; i++)
            {
                var next = Subject.Firings.Skip(position).Select((f, k) => (f, k)).FirstOrDefault(x => x.f.Rule.Name == ruleNames[i]);
                if (next.f is null)
                {
                    problem = i == 0 || TraceChecks.Count(Subject, ruleNames[i]) == 0
                        ? $"{ruleNames[i]} did not fire"
                        : $"{ruleNames[i]} did not fire after {ruleNames[i - 1]}";
                }
                else
                {
                    position += next.k + 1;
                }
            }

            Execute.Assertion
                .ForCondition(problem is null)
                .FailWith("Expected rules to have fired in the order {0}, but {1}. They fired in the order {2}.{3}", new Text(string.Join(", ", ruleNames)), new Text(problem ?? string.Empty), TraceChecks.Order(Subject), TraceChecks.Explanation(Subject));
        }

        return new(this);
    }

    /// <summary>Asserts that exactly these rules fired, in this order, and no others.</summary>
    /// <param name="ruleNames">Every firing's rule, in order.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<EvaluationTraceAssertions> HaveFiredSequence(params string[] ruleNames)
    {
        ArgumentNullException.ThrowIfNull(ruleNames);
        if (ruleNames.All(r => TraceChecks.IsRule(Subject, r, string.Empty, [])) && Subject is not null)
        {
            Execute.Assertion
                .ForCondition(Subject.Firings.Select(f => f.Rule.Name).SequenceEqual(ruleNames))
                .FailWith("Expected exactly the rules {0} to have fired, in that order, but they were {1}.{2}", new Text(string.Join(", ", ruleNames)), TraceChecks.Order(Subject), TraceChecks.Explanation(Subject));
        }

        return new(this);
    }
}

/// <summary>What the trace assertions share.</summary>
internal static class TraceChecks
{
    public static int Count(EvaluationTrace trace, string ruleName) => trace.Firings.Count(f => f.Rule.Name == ruleName);

    public static Text Times(int count) => new(count switch
    {
        0 => "never",
        1 => "once",
        _ => $"{count} times",
    });

    public static Text Order(EvaluationTrace trace) =>
        new(trace.Firings.IsEmpty ? "(none fired)" : string.Join(", ", trace.Firings.Select(f => f.Rule.Name)));

    public static Text Explanation(EvaluationTrace trace) => new(AdviceView.TraceText(trace));

    /// <summary>Why a rule did not fire, from the trace.</summary>
    public static string WhyNot(EvaluationTrace trace, string ruleName) =>
        trace.MissOf(ruleName)?.Explanation ?? (trace.HasFired(ruleName) ? "it fired" : $"there is no rule named {ruleName}");

    /// <summary>Fails when the rule set of the trace has no rule of the name (every rule is either a firing or a miss of a trace).</summary>
    [CustomAssertion]
    public static bool IsRule([NotNullWhen(true)] EvaluationTrace? trace, string ruleName, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        if (trace is null)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith("Expected {context:trace} to be a trace{reason}, but found <null>.");
            return false;
        }

        var known = trace.HasFired(ruleName) || trace.MissOf(ruleName) is not null;
        var names = new StringBuilder();
        foreach (var name in trace.Firings.Select(f => f.Rule.Name).Concat(trace.Misses.Select(m => m.Rule.Name)).Distinct().Order(StringComparer.Ordinal))
        {
            names.Append(names.Length == 0 ? string.Empty : ", ").Append(name);
        }

        return Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(known)
            .FailWith("Expected a rule named {0}{reason}, but the rule set has none; its rules are {1}.{2}", new Text(ruleName), new Text(names.ToString()), Explanation(trace));
    }
}
