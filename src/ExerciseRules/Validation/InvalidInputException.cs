using System.Collections.Immutable;

namespace ExerciseRules.Validation;

/// <summary>
/// Thrown only when a caller opts into throwing (for example <see cref="AdviceResult.GetAdviceOrThrow"/>) and the
/// input was not valid. The message lists every problem, one per line.
/// </summary>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subject">What was not valid, e.g. "The history".</param>
    /// <param name="errors">Every problem.</param>
    public InvalidInputException(string subject, ImmutableArray<InputError> errors)
        : base($"{subject} is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
    {
        Errors = errors;
    }

    /// <summary>Gets every problem.</summary>
    public ImmutableArray<InputError> Errors { get; }
}
