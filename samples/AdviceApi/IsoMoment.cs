using System.Globalization;

namespace AdviceApi;

/// <summary>
/// Reads a moment written as the wire format writes times: <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> followed by <c>Z</c> or an
/// offset <c>±HH:MM</c>, ASCII digits only, and nothing before or after it (no regex: .NET's <c>$</c> would let a final
/// <c>\n</c> through). A value that has the form but is not a real moment gets a message that says which part is out of range.
/// </summary>
public static class IsoMoment
{
    /// <summary>What a moment must be, in the library's words for the wire format's times.</summary>
    public const string Expectation = "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:58:00Z";

    private static readonly DateTimeOffset s_first = DateTimeOffset.MinValue;
    private static readonly DateTimeOffset s_last = DateTimeOffset.MaxValue;

    /// <summary>Reads a moment.</summary>
    /// <param name="text">The text, e.g. <c>2026-11-24T09:58:00Z</c> or <c>2026-11-24T10:58:00+01:00</c>.</param>
    /// <param name="value">The moment, when the text is one.</param>
    /// <param name="error">What is wrong (a message for the field, e.g. <c>has the offset +14:01; …</c>), when it is not.</param>
    /// <returns>Whether the text is a moment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out DateTimeOffset value, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        if (!TryReadForm(text, out var parts))
        {
            // A + in a query string arrives as a space: say so, since that is the usual reason for "… 01:00".
            error = text.Contains(' ', StringComparison.Ordinal)
                ? Expectation + " (a + in a query string reads as a space: write it as %2B)"
                : Expectation;
            return false;
        }

        if (parts.Year == 0)
        {
            error = "has the year 0000; years go from 0001 to 9999";
            return false;
        }

        if (parts.Month is < 1 or > 12)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"has the month {parts.Month:00}; months go from 01 to 12");
            return false;
        }

        var days = DateTime.DaysInMonth(parts.Year, parts.Month);
        if (parts.Day < 1 || parts.Day > days)
        {
            var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(parts.Month);
            error = string.Create(CultureInfo.InvariantCulture,
                $"has the date {parts.Year:0000}-{parts.Month:00}-{parts.Day:00}, which is not in the calendar ({month} {parts.Year:0000} has {days} days)");
            return false;
        }

        if (parts.Hour > 23 || parts.Minute > 59 || parts.Second > 59)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"has the time {parts.Hour:00}:{parts.Minute:00}:{parts.Second:00}; hours go from 00 to 23, minutes and seconds from 00 to 59");
            return false;
        }

        var offsetMinutes = (parts.OffsetHours * 60) + parts.OffsetMinutes;
        if (parts.OffsetMinutes > 59 || offsetMinutes > 14 * 60)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"has the offset {(parts.OffsetNegative ? '-' : '+')}{parts.OffsetHours:00}:{parts.OffsetMinutes:00}; offsets go from -14:00 to +14:00");
            return false;
        }

        var offset = TimeSpan.FromMinutes(parts.OffsetNegative ? -offsetMinutes : offsetMinutes);
        var local = new DateTime(parts.Year, parts.Month, parts.Day, parts.Hour, parts.Minute, parts.Second, DateTimeKind.Unspecified).AddTicks(parts.Ticks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < s_first.UtcTicks || utcTicks > s_last.UtcTicks)
        {
            error = "falls outside the calendar in UTC, which goes from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.9999999Z";
            return false;
        }

        value = new DateTimeOffset(local, offset);
        error = string.Empty;
        return true;
    }

    /// <summary>Checks the form character by character and reads its numbers, without judging their ranges.</summary>
    private static bool TryReadForm(string text, out Parts parts)
    {
        parts = default;
        var s = text.AsSpan();

        // yyyy-MM-ddTHH:mm is 16 characters; the shortest whole moment adds Z.
        if (s.Length < 17 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':'
            || !Digits(s[..4], out parts.Year) || !Digits(s.Slice(5, 2), out parts.Month) || !Digits(s.Slice(8, 2), out parts.Day)
            || !Digits(s.Slice(11, 2), out parts.Hour) || !Digits(s.Slice(14, 2), out parts.Minute))
        {
            return false;
        }

        var i = 16;
        if (s[i] == ':')
        {
            if (s.Length < i + 3 || !Digits(s.Slice(i + 1, 2), out parts.Second))
            {
                return false;
            }

            i += 3;
            if (i < s.Length && s[i] == '.')
            {
                var start = ++i;
                while (i < s.Length && IsDigit(s[i]))
                {
                    i++;
                }

                var count = i - start;
                if (count is < 1 or > 7 || !Digits(s[start..i], out var fraction))
                {
                    return false;
                }

                parts.Ticks = fraction * Pow10(7 - count);
            }
        }

        var zone = s[i..];
        if (zone is "Z")
        {
            return true;
        }

        if (zone.Length != 6 || zone[0] is not ('+' or '-') || zone[3] != ':'
            || !Digits(zone.Slice(1, 2), out parts.OffsetHours) || !Digits(zone.Slice(4, 2), out parts.OffsetMinutes))
        {
            return false;
        }

        parts.OffsetNegative = zone[0] == '-';
        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool Digits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!IsDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return digits.Length > 0;
    }

    private static int Pow10(int power)
    {
        var result = 1;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }

    private struct Parts
    {
        public int Year;
        public int Month;
        public int Day;
        public int Hour;
        public int Minute;
        public int Second;
        public int Ticks;
        public bool OffsetNegative;
        public int OffsetHours;
        public int OffsetMinutes;
    }
}
