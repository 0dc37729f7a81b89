using System.Globalization;
using ExerciseRules.Serialization;

namespace ExerciseRules.Scenarios;

/// <summary>
/// An expected value of an advice field that may be <see langword="null"/>: either a value, or
/// <see cref="Null"/> for "the field must be null". An expectation that is not set at all (a
/// <see langword="null"/> <see cref="ExpectedValue{T}"/>) is not checked.
/// </summary>
/// <typeparam name="T">The value type of the field.</typeparam>
/// <param name="Value">The expected value, or <see langword="null"/> when the field must be null.</param>
/// <example>
/// <code>
/// new ScenarioExpectation { TargetRange = 0.4 }                             // must be 0.4
/// new ScenarioExpectation { TargetRange = ExpectedValue&lt;double&gt;.Null }  // must be null
/// new ScenarioExpectation()                                                 // not checked
/// </code>
/// </example>
public sealed record ExpectedValue<T>(T? Value)
    where T : struct
{
    /// <summary>Gets the expectation that the field is <see langword="null"/>.</summary>
    public static ExpectedValue<T> Null { get; } = new((T?)null);

    /// <summary>Expects a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The expectation.</returns>
    public static ExpectedValue<T> Of(T value) => new(value);

    /// <summary>Expects a value (so <c>TargetRange = 0.4</c> reads naturally).</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ExpectedValue<T>(T value) => new(value);

    /// <summary>Writes the value as the wire format does: <c>null</c>, <c>0.4</c>, <c>pressUp</c>, <c>2026-11-24T10:07:00Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(Value);

    internal static string Format(T? value) => value switch
    {
        null => "null",
        DateTimeOffset time => WireNames.Time(time),
        Enum e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        var other => other.Value.ToString() ?? string.Empty,
    };
}
