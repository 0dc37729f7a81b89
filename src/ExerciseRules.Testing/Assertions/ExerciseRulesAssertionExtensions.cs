using ExerciseRules.Engine;
using ExerciseRules.Scenarios;

namespace ExerciseRules.Testing;

/// <summary>The <c>Should()</c> entry points of the ExerciseRules assertions, in the FluentAssertions style.</summary>
public static class ExerciseRulesAssertionExtensions
{
    /// <summary>Starts assertions on advice.</summary>
    /// <param name="advice">The advice.</param>
    /// <returns>The assertions (a <see langword="null"/> subject fails them).</returns>
    public static AdviceAssertions Should(this Advice? advice) => new(advice);

    /// <summary>Starts assertions on the result of asking for advice.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The assertions (a <see langword="null"/> subject fails them).</returns>
    public static AdviceResultAssertions Should(this AdviceResult? result) => new(result);

    /// <summary>Starts assertions on the outcome of a scenario.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The assertions (a <see langword="null"/> subject fails them).</returns>
    public static ScenarioOutcomeAssertions Should(this ScenarioOutcome? outcome) => new(outcome);

    /// <summary>Starts assertions on an evaluation trace: which rules fired, how often, with which facts, in which order.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The assertions (a <see langword="null"/> subject fails them).</returns>
    public static EvaluationTraceAssertions Should(this EvaluationTrace? trace) => new(trace);
}
