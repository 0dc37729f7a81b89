using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ExerciseRules.Engine;
using ExerciseRules.Validation;

namespace ExerciseRules;

/// <summary>
/// The outcome of asking for advice: the advice, or every problem with the input. Bad input never yields advice.
/// </summary>
public sealed class AdviceResult
{
    private AdviceResult(Advice? advice, ImmutableArray<InputError> errors, EvaluationTrace? trace)
    {
        Advice = advice;
        Errors = errors;
        Trace = trace;
    }

    /// <summary>Gets whether the input was valid, so <see cref="Advice"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Advice))]
    public bool IsValid => Advice is not null;

    /// <summary>Gets the advice, or <see langword="null"/> when the input was not valid.</summary>
    public Advice? Advice { get; }

    /// <summary>Gets every problem with the input (empty when it was valid).</summary>
    public ImmutableArray<InputError> Errors { get; }

    /// <summary>Gets the explanation of the evaluation when it was asked for (see <see cref="Advisor.Explain(Model.History, DateTimeOffset)"/>), else <see langword="null"/>.</summary>
    public EvaluationTrace? Trace { get; }

    /// <summary>Gets the advice, or throws if the input was not valid (for callers that prefer exceptions).</summary>
    /// <returns>The advice.</returns>
    /// <exception cref="InvalidInputException">The input was not valid; the exception lists every problem.</exception>
    public Advice GetAdviceOrThrow() => Advice ?? throw new InvalidInputException("The history", Errors);

    internal static AdviceResult Valid(Advice advice, EvaluationTrace? trace) => new(advice, [], trace);

    internal static AdviceResult Invalid(ImmutableArray<InputError> errors) => new(null, errors, null);

    /// <summary>Creates the result for input that was not valid.</summary>
    /// <param name="errors">Every problem (at least one).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static AdviceResult FromErrors(ImmutableArray<InputError> errors) =>
        errors.IsDefaultOrEmpty ? throw new ArgumentException("A result without advice should name at least one problem.", nameof(errors)) : Invalid(errors);

    /// <inheritdoc />
    public override string ToString() => IsValid ? Advice.ToString() : $"Invalid input: {string.Join("; ", Errors)}";
}
