using System.Globalization;
using System.Text.Json;

namespace ExerciseRules.Serialization;

/// <summary>The names and value formats of the wire format (camelCase), shared by the serializer, validation messages and the CLI.</summary>
public static class WireNames
{
    /// <summary>Gets the wire name of an enum value, e.g. <c>proneOnElbows</c>.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The camelCase name.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Gets every wire name of an enum, in declaration order, joined by ", ".</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <returns>The names, e.g. <c>proneLying, proneOnElbows, pressUp</c>.</returns>
    public static string AllOf<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Of));

    /// <summary>Formats a time for messages in ISO 8601 form: <c>2026-11-24T09:55:00Z</c> in UTC, else with its offset (<c>2026-11-24T10:55:00+01:00</c>).</summary>
    /// <param name="value">The time.</param>
    /// <returns>The text.</returns>
    public static string Time(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
