using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace ExerciseRules.Testing;

/// <summary>
/// Assertions on a <see cref="ScenarioOutcome"/>: whether the scenario passed, and the same assertions as on advice.
/// A failure prints the outcome: the mismatches, the advice and its explanation trace.
/// </summary>
public sealed class ScenarioOutcomeAssertions : ReferenceTypeAssertions<ScenarioOutcome, ScenarioOutcomeAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="subject">The (possibly null) outcome.</param>
    public ScenarioOutcomeAssertions(ScenarioOutcome? subject)
        : base(subject!)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "outcome";

    private AdviceView View => Subject is null ? AdviceView.Null : new(Subject.Advice, Subject.Trace, Subject.Errors);

    /// <summary>Asserts that the scenario passed: the advice met every expectation.</summary>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ScenarioOutcomeAssertions> Pass(string because = "", params object[] becauseArgs)
    {
        if (View.IsNull)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith("Expected {context:outcome} to pass{reason}, but found <null>.");
            return new(this);
        }

        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Passed)
            .FailWith("Expected scenario {0} to pass{reason}, but it failed:\n{1}", new Text(Subject.Scenario.Name), new Text(Subject.ToString()));
        return new(this);
    }

    /// <summary>Asserts that the scenario failed (a mismatch, or a history that is not valid).</summary>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ScenarioOutcomeAssertions> Fail(string because = "", params object[] becauseArgs)
    {
        if (View.IsNull)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith("Expected {context:outcome} to fail{reason}, but found <null>.");
            return new(this);
        }

        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(!Subject.Passed)
            .FailWith("Expected scenario {0} to fail{reason}, but it passed.{1}", new Text(Subject.Scenario.Name), View.Explanation);
        return new(this);
    }

    /// <summary>Asserts that the advice is the given step.</summary>
    /// <param name="step">The step.</param>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ScenarioOutcomeAssertions> BeStep(AdviceStep step, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveUrgency(Urgency urgency, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveExercise(Exercise exercise, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveTargetRange(double expected, double precision = ScenarioExpectation.RangeTolerance, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.TargetRange(View, expected, precision, because, becauseArgs);
        return new(this);
    }

    /// <summary>Asserts that the advice has no target range.</summary>
    /// <param name="because">A reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>These assertions, to chain more.</returns>
    [CustomAssertion]
    public AndConstraint<ScenarioOutcomeAssertions> HaveNoTargetRange(string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveTargetRangeBelow(double limit, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveTargetRangeAbove(double limit, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveTargetRangeAtMost(double limit, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveTargetRangeAtLeast(double limit, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveMessage(string code, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> NotHaveMessage(string code, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> HaveFired(string ruleName, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> NotHaveFired(string ruleName, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> BeDecidedBy(string ruleName, string because = "", params object[] becauseArgs)
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
    public AndConstraint<ScenarioOutcomeAssertions> Meet(ScenarioExpectation expectation, string because = "", params object[] becauseArgs)
    {
        AdviceChecks.Meet(View, expectation, because, becauseArgs);
        return new(this);
    }
}
