using System.Collections.Immutable;
using FluentValidation.Results;

namespace ExerciseRules.Validation;

/// <summary>Turns FluentValidation results into the library's <see cref="InputError"/> list.</summary>
internal static class ValidationExtensions
{
    public static ImmutableArray<InputError> ToInputErrors(this ValidationResult result) =>
        [.. result.Errors.Select(e => new InputError(e.PropertyName.Length == 0 ? InputError.RootPath : e.PropertyName, e.ErrorMessage))];
}
