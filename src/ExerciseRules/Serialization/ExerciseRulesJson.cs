using System.Text;
using System.Text.Json;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Serialization;

/// <summary>
/// Reads and writes the wire format (DESIGN.md): camelCase JSON, enums as camelCase names. Reading is strict:
/// unknown properties, unknown enum names, numbers where names belong and wrong types are errors with their
/// path. Parsing stops at the first JSON error; after that, every missing required field is reported at once, and
/// validation (<see cref="Advisor.Advise(History, DateTimeOffset)"/>) reports every other problem.
/// </summary>
public static class ExerciseRulesJson
{
    /// <summary>Reads a history, within <see cref="InputLimits.Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The history, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<History> ParseHistory(string json) => ParseHistory(json, InputLimits.Default);

    /// <summary>Reads a history from UTF-8 bytes, within <see cref="InputLimits.Default"/>.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a UTF-8 byte order mark is allowed; UTF-16 is an error at <c>$</c> that says the document must be UTF-8).</param>
    /// <returns>The history, or the problems found.</returns>
    public static ParseResult<History> ParseHistory(ReadOnlySpan<byte> utf8Json) => ParseHistory(utf8Json, InputLimits.Default);

    /// <summary>Reads a history.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">How much input to accept; <see langword="null"/> for <see cref="InputLimits.Default"/>. A document over
    /// <see cref="InputLimits.MaxDocumentBytes"/> (as UTF-8) is refused before it is parsed, with an error at <c>$</c>; lists over
    /// the count limits are refused before their elements are read.</param>
    /// <returns>The history, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<History> ParseHistory(string json, InputLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= InputLimits.Default;
        if (limits.DocumentProblem(Encoding.UTF8.GetByteCount(json)) is { } tooBig)
        {
            return ParseResult<History>.Invalid(tooBig);
        }

        return ParseHistory(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a history from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="limits">How much input to accept; <see langword="null"/> for <see cref="InputLimits.Default"/> (see <see cref="ParseHistory(string, InputLimits?)"/>).</param>
    /// <returns>The history, or the problems found.</returns>
    public static ParseResult<History> ParseHistory(ReadOnlySpan<byte> utf8Json, InputLimits? limits)
    {
        limits ??= InputLimits.Default;
        if (limits.DocumentProblem(utf8Json.Length) is { } tooBig)
        {
            return ParseResult<History>.Invalid(tooBig);
        }

        if (!TryDeserialize(utf8Json, WireJsonContext.Default.HistoryDto, out var dto, out var error))
        {
            return ParseResult<History>.Invalid(error);
        }

        var errors = new List<InputError>();
        var history = WireMapping.ToModel(dto, limits, errors);
        return history is null ? ParseResult<History>.Invalid([.. errors]) : ParseResult<History>.Valid(history);
    }

    /// <summary>Reads protocol options and validates them. Options left out keep their defaults; unknown names are errors.</summary>
    /// <param name="json">The JSON text, e.g. <c>{ "maxReps": 12, "sessionInterval": "01:30:00" }</c>.</param>
    /// <returns>The options, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<ProtocolOptions> ParseOptions(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseOptions(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads protocol options from UTF-8 bytes and validates them (see <see cref="ParseOptions(string)"/>).</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a UTF-8 byte order mark is allowed; UTF-16 is an error at <c>$</c>).</param>
    /// <returns>The options, or every problem found.</returns>
    public static ParseResult<ProtocolOptions> ParseOptions(ReadOnlySpan<byte> utf8Json)
    {
        // Read into the builder, which starts at every default, so options left out keep theirs.
        if (!TryDeserialize(utf8Json, WireJsonContext.Default.ProtocolOptionsBuilder, out var builder, out var error))
        {
            return ParseResult<ProtocolOptions>.Invalid(error);
        }

        var options = builder.Build();

        var result = ProtocolOptionsValidator.Instance.Validate(options);
        return result.IsValid ? ParseResult<ProtocolOptions>.Valid(options) : ParseResult<ProtocolOptions>.Invalid(result.ToInputErrors());
    }

    /// <summary>Reads advice written by <see cref="Serialize(Advice)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The advice, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<Advice> ParseAdvice(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!TryDeserialize(Encoding.UTF8.GetBytes(json), AdviceJsonContext.Default.AdviceDto, out var dto, out var error))
        {
            return ParseResult<Advice>.Invalid(error);
        }

        var errors = new List<InputError>();
        var advice = WireMapping.ToModel(dto, errors);
        return advice is null ? ParseResult<Advice>.Invalid([.. errors]) : ParseResult<Advice>.Valid(advice);
    }

    /// <summary>Writes a history (optional fields that are not set are left out).</summary>
    /// <param name="history">The history.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="JsonException">The history holds a value no enum defines (e.g. <c>(SymptomLocation)9</c>), which the wire format cannot write; validate it first.</exception>
    public static string Serialize(History history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return JsonSerializer.Serialize(WireMapping.ToDto(history), WireJsonContext.Default.HistoryDto);
    }

    /// <summary>Writes advice (fields that do not apply are written as null).</summary>
    /// <param name="advice">The advice.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advice"/> is null.</exception>
    public static string Serialize(Advice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return JsonSerializer.Serialize(WireMapping.ToDto(advice), AdviceJsonContext.Default.AdviceDto);
    }

    /// <summary>Writes protocol options, every one of them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static string Serialize(ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JsonSerializer.Serialize(options, WireJsonContext.Default.ProtocolOptions);
    }

    internal static bool TryDeserialize<T>(
        ReadOnlySpan<byte> utf8Json,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out InputError? error)
        where T : class
    {
        if (JsonErrors.EncodingProblem(utf8Json) is { } encoding)
        {
            value = null;
            error = encoding;
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(JsonErrors.SkipUtf8Bom(utf8Json), typeInfo);
        }
        catch (JsonException ex)
        {
            value = null;
            error = JsonErrors.From(ex);
            return false;
        }

        if (value is null)
        {
            error = new InputError(InputError.RootPath, "must be a JSON object, not null");
            return false;
        }

        error = null;
        return true;
    }
}

/// <summary>Advice straight from wire-format JSON: the entry the command line and web hosts use.</summary>
public static class AdvisorJsonExtensions
{
    /// <summary>Reads a history from JSON and advises on it. Problems with the JSON and with the history come back as errors, never as exceptions. The advisor's <see cref="Advisor.Limits"/> apply.</summary>
    /// <param name="advisor">The advisor.</param>
    /// <param name="historyJson">The history as wire-format JSON.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advisor"/> or <paramref name="historyJson"/> is null.</exception>
    public static AdviceResult AdviseJson(this Advisor advisor, string historyJson, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        var parsed = ExerciseRulesJson.ParseHistory(historyJson, advisor.Limits);
        return parsed.IsValid ? advisor.Advise(parsed.Value, now) : AdviceResult.FromErrors(parsed.Errors);
    }
}
