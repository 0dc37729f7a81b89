using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Scenarios;

/// <summary>
/// The outcome of running a <see cref="Scenario"/>: whether it passed, every expectation the advice did not meet
/// (in words), and the advice with its explanation trace. A scenario whose history (or options) is not valid fails
/// with the <see cref="Errors"/> and has no advice.
/// </summary>
public sealed class ScenarioOutcome
{
    private ScenarioOutcome(
        Scenario scenario,
        ProtocolOptions options,
        Advice? advice,
        EvaluationTrace? trace,
        ImmutableArray<InputError> errors,
        ImmutableArray<ScenarioMismatch> mismatches)
    {
        Scenario = scenario;
        Options = options;
        Advice = advice;
        Trace = trace;
        Errors = errors;
        Mismatches = mismatches;
    }

    /// <summary>Gets the scenario that ran.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the protocol options the scenario ran with.</summary>
    public ProtocolOptions Options { get; }

    /// <summary>Gets whether the advice met every expectation (and there were no <see cref="Errors"/>).</summary>
    [MemberNotNullWhen(true, nameof(Advice), nameof(Trace))]
    public bool Passed => Advice is not null && Mismatches.IsEmpty;

    /// <summary>Gets the advice, or <see langword="null"/> when the history or options were not valid.</summary>
    public Advice? Advice { get; }

    /// <summary>Gets the explanation of the advice: what fired with which facts, and what did not and why; <see langword="null"/> when there is no advice.</summary>
    public EvaluationTrace? Trace { get; }

    /// <summary>Gets the problems with the history (paths start at <c>history</c>) or the options (paths start at <c>options</c>) that kept the scenario from running; empty when it ran.</summary>
    public ImmutableArray<InputError> Errors { get; }

    /// <summary>Gets every expectation the advice did not meet, in words (<c>step: expected reduceRange, got progressRange</c>).</summary>
    public ImmutableArray<ScenarioMismatch> Mismatches { get; }

    internal static ScenarioOutcome Completed(Scenario scenario, ProtocolOptions options, Advice advice, EvaluationTrace trace, ImmutableArray<ScenarioMismatch> mismatches) =>
        new(scenario, options, advice, trace, [], mismatches);

    internal static ScenarioOutcome Invalid(Scenario scenario, ProtocolOptions options, ImmutableArray<InputError> errors) =>
        new(scenario, options, null, null, errors, []);

    /// <summary>
    /// Writes the outcome: <c>PASS name</c> on one line; or <c>FAIL name</c> followed by indented lines with the
    /// source the scenario checks, each problem or mismatch, the advice given, and the trace.
    /// </summary>
    /// <returns>The text, lines separated by <c>\n</c>, without a final line break.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Passed ? "PASS " : "FAIL ").Append(Scenario.Name);
        if (Passed)
        {
            return text.ToString();
        }

        if (Scenario.Source.Length > 0)
        {
            text.Append("\n  source: ").Append(Scenario.Source);
        }

        foreach (var error in Errors)
        {
            text.Append("\n  ").Append(error);
        }

        foreach (var mismatch in Mismatches)
        {
            text.Append("\n  ").Append(mismatch);
        }

        if (Advice is not null)
        {
            text.Append("\n  advice: ").Append(Advice);
        }

        if (Trace is not null)
        {
            text.Append("\n  trace:");
            foreach (var line in Trace.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                text.Append("\n    ").Append(line);
            }
        }

        return text.ToString();
    }
}
