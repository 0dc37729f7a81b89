using System.Globalization;

namespace ExerciseRules;

/// <summary>
/// How values read in the library's texts for people (records' <c>ToString</c>, traces, explanations): the same on
/// every machine, whatever its culture (<c>0.5</c>, never <c>0,5</c>; times as ISO 8601).
/// </summary>
internal static class Formats
{
    /// <summary>Formats a value; <see langword="null"/> is empty.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
