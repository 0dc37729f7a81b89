using System.Text.Json;
using ExerciseRules.Validation;

namespace ExerciseRules.Serialization;

/// <summary>Turns a System.Text.Json exception into an <see cref="InputError"/> that names the field and says what it must be.</summary>
internal static class JsonErrors
{
    public static InputError From(JsonException ex)
    {
        var path = WirePath(ex.Path);
        var message = ex.Message;
        if (message.StartsWith("must ", StringComparison.Ordinal))
        {
            return new InputError(path, message);
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return new InputError(path, "is not a known property");
        }

        const string convert = "The JSON value could not be converted to ";
        if (message.StartsWith(convert, StringComparison.Ordinal))
        {
            var type = message[convert.Length..];
            return new InputError(path, Expectation(type));
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return new InputError(path, "appears more than once; give each property once");
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new InputError(path, $"nests too deeply (at most {MaxDepth} levels)");
        }

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return new InputError(InputError.RootPath, "is empty: expected a JSON object");
        }

        // A syntax error: say where it is in the text, as people count lines and columns.
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).TrimEnd('.');
        var line = (ex.LineNumber ?? 0) + 1;
        var column = (ex.BytePositionInLine ?? 0) + 1;
        return new InputError(path, $"is not valid JSON at line {line}, column {column}: {reason}");
    }

    public const int MaxDepth = 32;

    private static readonly (string Name, string Names)[] s_enums =
    [
        (nameof(Model.Exercise), WireNames.AllOf<Model.Exercise>()),
        (nameof(Model.SymptomLocation), WireNames.AllOf<Model.SymptomLocation>()),
        (nameof(Model.RedFlag), WireNames.AllOf<Model.RedFlag>()),
        (nameof(AdviceStep), WireNames.AllOf<AdviceStep>()),
        (nameof(Urgency), WireNames.AllOf<Urgency>()),
        (nameof(Engine.RuleStage), WireNames.AllOf<Engine.RuleStage>()),
    ];

    /// <summary>
    /// <c>$.sessions[0].reps[2].pain</c> becomes <c>sessions[0].reps[2].pain</c>; <c>$</c> stays. System.Text.Json
    /// writes a property with an empty name as a bare trailing dot (<c>$.baseline.</c>); it becomes <c>baseline['']</c>.
    /// </summary>
    public static string WirePath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return InputError.RootPath;
        }

        if (path.EndsWith('.'))
        {
            path = path[..^1] + "['']";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string Expectation(string type)
    {
        foreach (var (name, names) in s_enums)
        {
            if (type.EndsWith($".{name}", StringComparison.Ordinal) || type.EndsWith($".{name}]", StringComparison.Ordinal))
            {
                return $"must be one of {names}";
            }
        }

        if (type.Contains("Int32", StringComparison.Ordinal))
        {
            return "must be a whole number";
        }

        if (type.Contains("Double", StringComparison.Ordinal))
        {
            return "must be a number";
        }

        if (type.Contains("DateTimeOffset", StringComparison.Ordinal))
        {
            return OffsetTimeConverter.Expectation;
        }

        if (type.Contains("TimeSpan", StringComparison.Ordinal))
        {
            return "must be a duration as hh:mm:ss, e.g. 01:30:00";
        }

        if (type.Contains("Boolean", StringComparison.Ordinal))
        {
            return "must be true or false";
        }

        if (type.Contains("String", StringComparison.Ordinal))
        {
            return "must be a string";
        }

        if (type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal))
        {
            return "must be an array";
        }

        return "must be an object";
    }
}
