namespace ExerciseRules.Validation;

/// <summary>One problem with the input: where it is, in wire-format path form, and what is allowed there.</summary>
/// <param name="Path">The field's path in the wire format, e.g. <c>sessions[0].reps[2].pain</c>; <c>$</c> for the document as a whole.</param>
/// <param name="Message">What is wrong and what is allowed, e.g. <c>must be between 0 and 10</c>.</param>
public sealed record InputError(string Path, string Message)
{
    /// <summary>The path used for a problem with the document as a whole.</summary>
    public const string RootPath = "$";

    /// <summary>Writes the problem as one line: <c>path: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
