using ExerciseRules.Serialization;

namespace AdviceApi;

/// <summary>
/// Reads <c>?now=</c> as the wire format reads times (<see cref="WireNames.TryParseTime"/>: ISO 8601 with <c>Z</c> or an
/// offset, nothing before or after, so no trailing <c>\n</c>), with one hint of the API's own: a <c>+</c> in a query
/// string arrives as a space.
/// </summary>
public static class IsoMoment
{
    /// <summary>Reads a moment.</summary>
    /// <param name="text">The text, e.g. <c>2026-11-24T09:58:00Z</c> or <c>2026-11-24T10:58:00+01:00</c>.</param>
    /// <param name="value">The moment, when the text is one.</param>
    /// <param name="error">What is wrong (the library's message for a time), when it is not.</param>
    /// <returns>Whether the text is a moment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out DateTimeOffset value, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (WireNames.TryParseTime(text, out value, out var problem))
        {
            error = string.Empty;
            return true;
        }

        // 2026-11-24T10:58:00+01:00 in a query string without %2B arrives as "2026-11-24T10:58:00 01:00".
        error = text.Length > 19 && text[^6] == ' ' ? problem + " (a + in a query string reads as a space: write it as %2B)" : problem;
        return false;
    }
}
