using System.Text.Json;
using System.Text.Json.Serialization;
using ExerciseRules.Engine;
using ExerciseRules.Model;

namespace ExerciseRules.Serialization;

/// <summary>
/// Strict reading and compact writing of histories and options, and strict reading of scenario files: camelCase,
/// enums as camelCase names, unknown and duplicate properties rejected (a duplicate is ambiguous: parsers differ
/// on which value wins).
/// </summary>
[JsonSourceGenerationOptions(
    AllowDuplicateProperties = false,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    WriteIndented = true,
    MaxDepth = JsonErrors.MaxDepth,
    Converters =
    [
        typeof(CamelCaseEnumConverter<Exercise>),
        typeof(CamelCaseEnumConverter<SymptomLocation>),
        typeof(CamelCaseEnumConverter<RedFlag>),
        typeof(CamelCaseEnumConverter<AdviceStep>),
        typeof(CamelCaseEnumConverter<Urgency>),
        typeof(CamelCaseEnumConverter<RuleStage>),
        typeof(OffsetTimeConverter),
        typeof(ExpectedValueConverter<Exercise>),
        typeof(ExpectedValueConverter<double>),
        typeof(ExpectedValueConverter<int>),
        typeof(ExpectedValueConverter<DateTimeOffset>),
    ])]
[JsonSerializable(typeof(HistoryDto))]
[JsonSerializable(typeof(ScenarioDto))]
[JsonSerializable(typeof(ProtocolOptions))]
[JsonSerializable(typeof(ProtocolOptionsBuilder))]
internal sealed partial class WireJsonContext : JsonSerializerContext;

/// <summary>Writing (and reading back) advice: like <see cref="WireJsonContext"/>, but fields that do not apply are written as null.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = true,
    MaxDepth = JsonErrors.MaxDepth,
    Converters =
    [
        typeof(CamelCaseEnumConverter<Exercise>),
        typeof(CamelCaseEnumConverter<AdviceStep>),
        typeof(CamelCaseEnumConverter<Urgency>),
        typeof(CamelCaseEnumConverter<RuleStage>),
        typeof(OffsetTimeConverter),
    ])]
[JsonSerializable(typeof(AdviceDto))]
internal sealed partial class AdviceJsonContext : JsonSerializerContext;

/// <summary>
/// Enums as their exact camelCase names only. System.Text.Json's own enum converter also accepts other casings,
/// numeric strings and comma-joined names ("back, buttock" reads as thigh), which a health record must not.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> s_byName =
        Enum.GetValues<T>().ToDictionary(WireNames.Of, v => v, StringComparer.Ordinal);

    private static readonly Dictionary<T, string> s_byValue =
        Enum.GetValues<T>().ToDictionary(v => v, WireNames.Of);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && s_byName.TryGetValue(name, out var value))
        {
            return value;
        }

        throw new JsonException($"must be one of {WireNames.AllOf<T>()}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (!s_byValue.TryGetValue(value, out var name))
        {
            throw new JsonException($"{typeof(T).Name} has no value {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}; it cannot be written.");
        }

        writer.WriteStringValue(name);
    }
}

/// <summary>
/// Times as ISO 8601 with an explicit offset (<c>Z</c> or <c>+01:00</c>) only. A time without one would take the
/// offset of whatever machine reads it, and the same history would get different advice on different machines.
/// </summary>
internal sealed partial class OffsetTimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Expectation = "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, out var value) ? value : throw new JsonException(Expectation);

    /// <summary>Reads a time with an offset from the current token, if it is one.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String
            && reader.GetString() is { } text
            && WithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out value);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WithOffset();
}
