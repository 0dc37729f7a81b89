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

        // System.Text.Json throws InvalidOperationException (wrapped) when a string cannot become .NET text.
        if (ex.InnerException is InvalidOperationException inner)
        {
            if (inner.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
            {
                return new InputError(path, LoneSurrogate);
            }

            if (inner.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || inner.Message.Contains("transcode", StringComparison.OrdinalIgnoreCase))
            {
                return new InputError(path, NotUtf8);
            }
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

        // A syntax error: say where it is in the text, as people count lines and columns, and why in JSON's terms
        // (System.Text.Json's own words for some of them are advice to the programmer: "Change the reader options").
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).TrimEnd('.');
        if (reason.Contains("trailing comma", StringComparison.Ordinal))
        {
            reason = "a comma after the last item is not allowed; remove it";
        }
        else if (reason.StartsWith("'/' is invalid", StringComparison.Ordinal))
        {
            reason = "comments are not allowed in JSON";
        }
        else if (reason.Contains("invalid UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            reason = "the text is not valid UTF-8; the document must be UTF-8";
        }

        var line = (ex.LineNumber ?? 0) + 1;
        var column = (ex.BytePositionInLine ?? 0) + 1;
        return new InputError(path, $"is not valid JSON at line {line}, column {column}: {reason}");
    }

    public const int MaxDepth = 32;

    public const string LoneSurrogate = "holds text that is not valid Unicode: a lone surrogate (an escaped \\uD800 to \\uDFFF without its pair)";

    public const string NotUtf8 = "holds bytes that are not valid UTF-8; the document must be UTF-8";

    /// <summary>
    /// The problem with a document that is not UTF-8 at all (UTF-16 or UTF-32, told by its first bytes: JSON text
    /// starts with an ASCII character, and no UTF-8 JSON holds a 0x00 byte), or <see langword="null"/>. A UTF-8 byte
    /// order mark is not a problem: <see cref="SkipUtf8Bom"/> drops it.
    /// </summary>
    public static InputError? EncodingProblem(ReadOnlySpan<byte> utf8Json)
    {
        var name = utf8Json switch
        {
            [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => "UTF-32 (it starts with a UTF-32 byte order mark)",
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16 (it starts with a UTF-16 byte order mark)",
            [not 0, 0, 0, 0, ..] or [0, 0, 0, not 0, ..] => "UTF-32",
            [not 0, 0, ..] or [0, not 0, ..] => "UTF-16",
            [0, ..] => "not text",
            _ => null,
        };
        return name is null ? null : new InputError(InputError.RootPath, $"must be UTF-8; this document looks like {name}: save it as UTF-8");
    }

    /// <summary>The document without a UTF-8 byte order mark, which RFC 8259 lets a reader ignore.</summary>
    public static ReadOnlySpan<byte> SkipUtf8Bom(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json[3..] : utf8Json;

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
        // "System.Nullable`1[[ExerciseRules.Model.SymptomLocation, ExerciseRules, Version=...]]": the type inside.
        const string nullable = "System.Nullable`1[[";
        if (type.StartsWith(nullable, StringComparison.Ordinal))
        {
            var end = type.IndexOf(',', nullable.Length);
            type = end < 0 ? type[nullable.Length..] : type[nullable.Length..end];
        }

        foreach (var (name, names) in s_enums)
        {
            if (type.EndsWith($".{name}", StringComparison.Ordinal) || type.EndsWith($".{name}]", StringComparison.Ordinal) || type.EndsWith($".{name}]]", StringComparison.Ordinal))
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
