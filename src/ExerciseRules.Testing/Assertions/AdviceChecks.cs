using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ExerciseRules.Engine;
using ExerciseRules.Scenarios;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;
using FluentAssertions;
using FluentAssertions.Execution;

namespace ExerciseRules.Testing;

/// <summary>What an advice assertion looks at: the advice (if any), its trace (if any), and the input errors.</summary>
internal sealed record AdviceView(Advice? Advice, EvaluationTrace? Trace, ImmutableArray<InputError> Errors)
{
    /// <summary>Gets the view of a <see langword="null"/> subject.</summary>
    public static AdviceView Null { get; } = new(null, null, []) { IsNull = true };

    public bool IsNull { get; private init; }

    /// <summary>The explanation every failure message ends with: the advice and the trace, or the input errors.</summary>
    public Text Explanation => new(Explain(Advice, Trace, Errors));

    public static string Explain(Advice? advice, EvaluationTrace? trace, ImmutableArray<InputError> errors)
    {
        var text = new StringBuilder();
        if (advice is null)
        {
            text.Append("\n\nThe input was not valid:");
            foreach (var error in errors)
            {
                text.Append("\n  ").Append(error);
            }

            return text.ToString();
        }

        text.Append("\n\nAdvice: ").Append(advice);
        text.Append(TraceText(trace, advice));
        return text.ToString();
    }

    public static string TraceText(EvaluationTrace? trace, Advice? advice = null)
    {
        if (trace is null)
        {
            var fired = advice is null ? string.Empty : $" Fired rules: {string.Join(", ", advice.FiredRules.Select(r => r.Name))}.";
            return $"\nNo trace: advise with Advisor.Explain (or the scenario builder's Advise) to see which rules fired with which facts, and why the others did not.{fired}";
        }

        var text = new StringBuilder("\nTrace:");
        foreach (var line in trace.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            text.Append("\n  ").Append(line);
        }

        return text.ToString();
    }
}

/// <summary>Text that a failure message shows as it is (FluentAssertions would quote a string).</summary>
internal sealed class Text(string value)
{
    public override string ToString() => value;
}

/// <summary>The checks behind the advice assertions of <see cref="AdviceAssertions"/>, <see cref="AdviceResultAssertions"/> and <see cref="ScenarioOutcomeAssertions"/>.</summary>
internal static class AdviceChecks
{
    private const double Tolerance = ScenarioExpectation.RangeTolerance;

    [CustomAssertion]
    public static void Step(AdviceView view, AdviceStep step, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.Step == step)
                .FailWith("Expected {context:advice} to be step {0}{reason}, but it was {1}.{2}", Wire(step), Wire(advice.Step), view.Explanation);
        }
    }

    [CustomAssertion]
    public static void Urgency(AdviceView view, Urgency urgency, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.Urgency == urgency)
                .FailWith("Expected {context:advice} to have urgency {0}{reason}, but it had {1}.{2}", Wire(urgency), Wire(advice.Urgency), view.Explanation);
        }
    }

    [CustomAssertion]
    public static void Exercise(AdviceView view, Model.Exercise exercise, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.Exercise == exercise)
                .FailWith("Expected {context:advice} to be about exercise {0}{reason}, but it was about {1}.{2}", Wire(exercise), Wire(advice.Exercise), view.Explanation);
        }
    }

    [CustomAssertion]
    public static void TargetRange(AdviceView view, double expected, double precision, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.TargetRange is { } actual && Math.Abs(actual - expected) <= precision)
                .FailWith("Expected {context:advice} to have target range {0}{reason}, but it had {1}.{2}", Number(expected), Number(advice.TargetRange), view.Explanation);
        }
    }

    [CustomAssertion]
    public static void NoTargetRange(AdviceView view, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.TargetRange is null)
                .FailWith("Expected {context:advice} to have no target range{reason}, but it had {0}.{1}", Number(advice.TargetRange), view.Explanation);
        }
    }

    [CustomAssertion]
    public static void TargetRangeCompared(AdviceView view, string relation, double limit, Func<double, bool> holds, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.TargetRange is { } actual && holds(actual))
                .FailWith("Expected {context:advice} to have a target range " + relation + " {0}{reason}, but it had {1}.{2}", Number(limit), Number(advice.TargetRange), view.Explanation);
        }
    }

    public static bool Below(double actual, double limit) => actual < limit - Tolerance;

    public static bool Above(double actual, double limit) => actual > limit + Tolerance;

    public static bool AtMost(double actual, double limit) => actual <= limit + Tolerance;

    public static bool AtLeast(double actual, double limit) => actual >= limit - Tolerance;

    [CustomAssertion]
    public static void Message(AdviceView view, string code, bool expected, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            var codes = new Text($"[{string.Join(", ", advice.Messages.Select(m => m.Code))}]");
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.HasMessage(code) == expected)
                .FailWith(
                    expected
                        ? "Expected {context:advice} to have a {0} message{reason}, but its messages were {1}.{2}"
                        : "Expected {context:advice} not to have a {0} message{reason}, but its messages were {1}.{2}",
                    new Text(code),
                    codes,
                    view.Explanation);
        }
    }

    [CustomAssertion]
    public static void Fired(AdviceView view, string ruleName, bool expected, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is not { } advice)
        {
            return;
        }

        var fired = advice.FiredRules.Any(r => r.Name == ruleName);
        if (expected)
        {
            var why = view.Trace is null ? string.Empty : ": " + TraceChecks.WhyNot(view.Trace, ruleName);
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(fired)
                .FailWith("Expected rule {0} to have fired for {context:advice}{reason}, but it did not{1}.{2}", new Text(ruleName), new Text(why), view.Explanation);
        }
        else
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(!fired)
                .FailWith("Expected rule {0} not to have fired for {context:advice}{reason}, but it fired.{1}", new Text(ruleName), view.Explanation);
        }
    }

    [CustomAssertion]
    public static void DecidedBy(AdviceView view, string ruleName, string because, object[] becauseArgs)
    {
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(advice.DecidedBy?.Name == ruleName)
                .FailWith("Expected {context:advice} to be decided by {0}{reason}, but it was decided by {1}.{2}", new Text(ruleName), new Text(advice.DecidedBy?.Name ?? "no rule"), view.Explanation);
        }
    }

    [CustomAssertion]
    public static void Meet(AdviceView view, ScenarioExpectation expectation, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expectation);
        if (HasAdvice(view, because, becauseArgs) is { } advice)
        {
            var mismatches = expectation.Check(advice, view.Trace);
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(mismatches.IsEmpty)
                .FailWith("Expected {context:advice} to meet the scenario's expectations{reason}, but:{0}{1}", new Text(string.Concat(mismatches.Select(m => $"\n  {m}"))), view.Explanation);
        }
    }

    /// <summary>Fails (and returns null) when there is no advice because the input was not valid.</summary>
    [CustomAssertion]
    public static Advice? HasAdvice(AdviceView view, string because, object[] becauseArgs)
    {
        if (view.IsNull)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith("Expected {context:advice} to give advice{reason}, but found <null>.");
            return null;
        }

        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(view.Advice is not null)
            .FailWith("Expected {context:advice} to give advice{reason}, but there was none.{0}", view.Explanation);
        return view.Advice;
    }

    public static Text Wire<T>(T value)
        where T : struct, Enum => new(WireNames.Of(value));

    public static Text Wire<T>(T? value)
        where T : struct, Enum => new(value is { } v ? WireNames.Of(v) : "none");

    public static Text Number(double? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "none");
}
