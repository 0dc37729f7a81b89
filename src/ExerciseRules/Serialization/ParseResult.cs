using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ExerciseRules.Validation;

namespace ExerciseRules.Serialization;

/// <summary>The outcome of reading JSON: the value, or every problem found, each with its path.</summary>
/// <typeparam name="T">The type read.</typeparam>
public sealed class ParseResult<T>
    where T : class
{
    private ParseResult(T? value, ImmutableArray<InputError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>Gets whether the JSON was read, so <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <summary>Gets the value read, or <see langword="null"/> when there were problems.</summary>
    public T? Value { get; }

    /// <summary>Gets every problem found (empty when the JSON was read).</summary>
    public ImmutableArray<InputError> Errors { get; }

    /// <summary>Gets the value, or throws if there were problems (for callers that prefer exceptions).</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidInputException">There were problems; the exception lists them all.</exception>
    public T GetValueOrThrow() => Value ?? throw new InvalidInputException($"The {typeof(T).Name} JSON", Errors);

    internal static ParseResult<T> Valid(T value) => new(value, []);

    internal static ParseResult<T> Invalid(ImmutableArray<InputError> errors) => new(null, errors);

    internal static ParseResult<T> Invalid(InputError error) => new(null, [error]);
}
