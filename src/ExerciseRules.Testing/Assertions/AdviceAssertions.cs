using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ExerciseRules.Testing;

/// <summary>
/// Assertions on <see cref="Advice"/>. Advice alone carries no trace, so a failure prints the advice and the rules
/// that fired; assert on the <see cref="AdviceResult"/> of <see cref="Advisor.Explain(History, DateTimeOffset)"/> (or
/// of the scenario builder's <c>Advise()</c>) to get the whole explanation trace.
/// </summary>
public sealed class AdviceAssertions : ReferenceTypeAssertions<Advice, AdviceAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="subject">The (possibly null) advice.</param>
    public AdviceAssertions(Advice? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "advice";

    private AdviceView View => Subject is null ? AdviceView.Null : new(Subject, null, []);

    /// <summary>Asserts that the advice is the given step.</summary>
    /// <param name="step">The step.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> BeStep(AdviceStep step, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Step(View, step, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts the advice's urgency.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveUrgency(Urgency urgency, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Urgency(View, urgency, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts the exercise the advice is about.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveExercise(Exercise exercise, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Exercise(View, exercise, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts the target range of the next rep, within <paramref name="precision"/>.</summary>
    /// <param name="expected">The range, a fraction 0..1.</param>
    /// <param name="precision">The largest difference allowed (ranges are fractions: 0.1 + 0.2 counts as 0.3).</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveTargetRange(double expected, double precision = ScenarioExpectation.RangeTolerance, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.TargetRange(View, expected, precision, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the advice has no target range.</summary>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveNoTargetRange(string because = "", params object[] becauseArgs)
    {
        AdviceChecks.NoTargetRange(View, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the target range is set and less than <paramref name="limit"/> (e.g. the last rep's range, after a worse rep).</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveTargetRangeBelow(double limit, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.TargetRangeCompared(View, "below", limit, r => AdviceChecks.Below(r, limit), because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the target range is set and greater than <paramref name="limit"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveTargetRangeAbove(double limit, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.TargetRangeCompared(View, "above", limit, r => AdviceChecks.Above(r, limit), because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the target range is set and not greater than <paramref name="limit"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveTargetRangeAtMost(double limit, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.TargetRangeCompared(View, "of at most", limit, r => AdviceChecks.AtMost(r, limit), because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the target range is set and not less than <paramref name="limit"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveTargetRangeAtLeast(double limit, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.TargetRangeCompared(View, "of at least", limit, r => AdviceChecks.AtLeast(r, limit), because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the advice has a message with the code (see <see cref="MessageCodes"/>; a step's own message has the step's name).</summary>
    /// <param name="code">The message code, e.g. <c>centralising</c>.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveMessage(string code, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Message(View, code, expected: true, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the advice has no message with the code.</summary>
    /// <param name="code">The message code.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> NotHaveMessage(string code, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Message(View, code, expected: false, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that a rule fired while the advice was decided (see <see cref="RuleNames"/>); a failure says why it did not, when there is a trace.</summary>
    /// <param name="ruleName">The rule's name, e.g. <c>symptoms-intensify</c>.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> HaveFired(string ruleName, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Fired(View, ruleName, expected: true, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that a rule did not fire while the advice was decided.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> NotHaveFired(string ruleName, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Fired(View, ruleName, expected: false, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts which rule chose the step: the first rule of the decide stage to fire.</summary>
    /// <param name="ruleName">The rule's name, e.g. <c>symptoms-intensify</c>.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> BeDecidedBy(string ruleName, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.DecidedBy(View, ruleName, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the advice meets every expectation of a scenario expectation (the <c>expect</c> of a scenario file); a failure lists each mismatch.</summary>
    /// <param name="expectation">The expectations.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<AdviceAssertions> Meet(ScenarioExpectation expectation, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Meet(View, expectation, because, becauseArgs);
        return new(this);
    }
}
