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
        typeof(DurationConverter),
        typeof(WholeNumberConverter),
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
        typeof(WholeNumberConverter),
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
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"must be one of {WireNames.AllOf<T>()}");
        }

        if (Text.Of(ref reader) is not { } name)
        {
            throw new JsonException($"must be one of {WireNames.AllOf<T>()}; the value given is not valid text ({Text.Invalid})");
        }

        return s_byName.TryGetValue(name, out var value) ? value : throw new JsonException($"must be one of {WireNames.AllOf<T>()}");
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
/// Times as ISO 8601 with an explicit offset (<c>Z</c> or <c>+01:00</c>) only, read by <see cref="WireNames.TryParseTime"/>.
/// A time without one would take the offset of whatever machine reads it, and the same history would get different
/// advice on different machines.
/// </summary>
internal sealed class OffsetTimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Expectation = WireNames.TimeExpectation;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, out var value, out var problem) ? value : throw new JsonException(problem);

    /// <summary>Reads a time with an offset from the current token, if it is one; else says what is wrong with it.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            problem = Expectation;
            return false;
        }

        return WireNames.TryParseTime(Text.Of(ref reader), out value, out problem);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}

/// <summary>
/// Durations as <c>[-]hh:mm:ss</c> only, read by <see cref="WireNames.TryParseDuration"/> and written by
/// <see cref="WireNames.Duration"/>. System.Text.Json's own converter reads <c>"2"</c> as two days.
/// </summary>
internal sealed class DurationConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(WireNames.DurationExpectation);
        }

        return WireNames.TryParseDuration(Text.Of(ref reader), out var value, out var problem) ? value : throw new JsonException(problem);
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireNames.Duration(value));
}

/// <summary>
/// Whole numbers (<see cref="int"/>): a number that is whole but too large or too small gets a message with the range,
/// not "must be a whole number", which it is.
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    public const string Expectation = "must be a whole number";

    public const string OutOfRange = "must be a whole number between -2147483648 and 2147483647";

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            throw new JsonException(Problem(ref reader));
        }

        throw new JsonException(Expectation);
    }

    /// <summary>What is wrong with a number token that is not an <see cref="int"/>.</summary>
    public static string Problem(ref Utf8JsonReader reader)
    {
        // A number token is never escaped and never split: its bytes are the number as written.
        var written = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        if (Array.TrueForAll(written, b => b is (byte)'-' or (>= (byte)'0' and <= (byte)'9')))
        {
            return OutOfRange;
        }

        return reader.TryGetDouble(out var number) && double.IsInteger(number) && Math.Abs(number) <= int.MaxValue
            ? Expectation + " written without a decimal point or exponent, e.g. 2 rather than 2.0"
            : Expectation;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Reading a string token as text.</summary>
internal static class Text
{
    /// <summary>Why a string is not text, for messages.</summary>
    public const string Invalid = "it holds a lone surrogate, an escaped \\uD800 to \\uDFFF without its pair, or bytes that are not UTF-8";

    /// <summary>
    /// Gets the string of the current token, or <see langword="null"/> when it is not valid Unicode text (a lone
    /// surrogate such as <c>\ud800</c>, or bytes that are not UTF-8), which no value of the wire format can be.
    /// </summary>
    public static string? Of(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
