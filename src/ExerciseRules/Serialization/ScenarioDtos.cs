using System.Text.Json;
using System.Text.Json.Serialization;
using ExerciseRules.Model;
using ExerciseRules.Scenarios;

namespace ExerciseRules.Serialization;

// The shapes of a scenario file. As with the history, every property is nullable so that a missing required field
// becomes an error naming the field, with all the others, rather than a parser exception.

internal sealed class ScenarioDto
{
    public string? Name { get; set; }

    public string? Source { get; set; }

    public DateTimeOffset? Now { get; set; }

    public ProtocolOptionsBuilder? Options { get; set; }

    /// <summary>Kept as raw JSON and read by <see cref="ExerciseRulesJson.ParseHistory(string)"/>, so that a history that is not valid is a failure of the scenario, not of the file.</summary>
    public JsonElement? History { get; set; }

    public string? HistoryFile { get; set; }

    public ExpectationDto? Expect { get; set; }
}

internal sealed class ExpectationDto
{
    public AdviceStep? Step { get; set; }

    public Urgency? Urgency { get; set; }

    public ExpectedValue<Exercise>? Exercise { get; set; }

    public ExpectedValue<double>? TargetRange { get; set; }

    public double? TargetRangeAtMost { get; set; }

    public double? TargetRangeAtLeast { get; set; }

    public ExpectedValue<int>? RestSeconds { get; set; }

    public ExpectedValue<int>? RepsDone { get; set; }

    public ExpectedValue<DateTimeOffset>? NextSessionDue { get; set; }

    public List<string?>? MessagesInclude { get; set; }

    public List<string?>? MessagesExclude { get; set; }

    public string? DecidedBy { get; set; }

    public List<string?>? FiredInclude { get; set; }

    public List<string?>? FiredExclude { get; set; }
}

/// <summary>
/// An expected value that may be null: JSON <c>null</c> reads as <see cref="ExpectedValue{T}.Null"/> ("must be
/// null"), so that it differs from a property left out ("not checked").
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ExpectedValueConverter<T> : JsonConverter<ExpectedValue<T>>
    where T : struct
{
    public override bool HandleNull => true;

    public override ExpectedValue<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ExpectedValue<T>.Null;
        }

        string? problem = null;
        object? value = typeof(T) switch
        {
            var t when t == typeof(double) && reader.TokenType == JsonTokenType.Number => reader.GetDouble(),
            var t when t == typeof(int) && reader.TokenType == JsonTokenType.Number => reader.TryGetInt32(out var whole) ? whole : Problem(WholeNumberConverter.Problem(ref reader), out problem),
            var t when t == typeof(DateTimeOffset) && reader.TokenType == JsonTokenType.String =>
                OffsetTimeConverter.TryRead(ref reader, out var time, out var timeProblem) ? time : Problem(timeProblem, out problem),
            var t when t == typeof(Exercise) => new CamelCaseEnumConverter<Exercise>().Read(ref reader, t, options),
            _ => null,
        };

        if (value is T known)
        {
            return new ExpectedValue<T>(known);
        }

        // "must be X or null", then what is wrong with the value given, if more can be said ("; 2026-02-30 is not a date ...").
        if (problem is not null && typeof(T) == typeof(DateTimeOffset))
        {
            var cut = problem.IndexOf("; ", StringComparison.Ordinal);
            throw new JsonException(cut < 0 ? $"{problem}, or null" : $"{problem[..cut]}, or null{problem[cut..]}");
        }

        throw new JsonException($"{problem ?? Expectation()} or null");
    }

    private static object? Problem(string text, out string? problem)
    {
        problem = text;
        return null;
    }

    public override void Write(Utf8JsonWriter writer, ExpectedValue<T> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Scenario expectations are read, not written.");

    private static string Expectation() => typeof(T) switch
    {
        var t when t == typeof(double) => "must be a number",
        var t when t == typeof(int) => "must be a whole number",
        var t when t == typeof(DateTimeOffset) => OffsetTimeConverter.Expectation + ",",
        _ => $"must be one of {WireNames.AllOf<Exercise>()}",
    };
}
