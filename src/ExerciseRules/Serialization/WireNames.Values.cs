using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ExerciseRules.Serialization;

// The two value forms of the wire format that are text: times and durations. One strict reader of each, used by the
// JSON reader, the command line (--now), configuration binding and any host (a query string's time), so that every
// entry point accepts exactly the same forms and says the same thing about the rest. They read character by
// character (ASCII digits only: char.IsDigit and regex \d take any Unicode digit), and a text is read to its very
// end, so "...Z\n" is refused. The regexes below only choose a hint for a text already refused; each is anchored
// with \A and \z, never $, which in .NET also matches before a final "\n".
public static partial class WireNames
{
    /// <summary>What a time must be, as error messages say it.</summary>
    internal const string TimeExpectation = "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z";

    /// <summary>What a duration must be, as error messages say it.</summary>
    internal const string DurationExpectation = "must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days)";

    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>
    /// Reads a time in the wire format's form: ISO 8601 with an explicit offset, <c>2026-11-24T09:55:00Z</c> or
    /// <c>2026-11-24T10:55:00+01:00</c>; seconds and up to seven digits of fraction are optional. Nothing else is
    /// accepted: no time without an offset (it would take the offset of whatever machine reads it), no other
    /// culture's form, no white space or line break before or after.
    /// </summary>
    /// <param name="text">The text, e.g. from a query string or a command-line option.</param>
    /// <param name="value">The time read, with the offset given.</param>
    /// <param name="problem">
    /// When the text is not a time: what it must be and, where it can tell, what is wrong, e.g.
    /// <c>must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-02-30 is not a date in the calendar</c>.
    /// Put the field's name in front (<c>now: ...</c>).
    /// </param>
    /// <returns>Whether the text is a time.</returns>
    public static bool TryParseTime(string? text, out DateTimeOffset value, [NotNullWhen(false)] out string? problem)
    {
        // A hand-written reader of the one form (no regex, no allocation when the time is good): yyyy-MM-ddTHH:mm,
        // then optionally :ss and .f to .fffffff, then Z or +hh:mm / -hh:mm, and nothing after.
        value = default;
        var reader = new Digits(text);
        if (!(reader.Read(4, out var year) && reader.Skip('-') && reader.Read(2, out var month) && reader.Skip('-') && reader.Read(2, out var day)
            && reader.Skip('T') && reader.Read(2, out var hour) && reader.Skip(':') && reader.Read(2, out var minute)))
        {
            problem = TimeExpectation + TimeHint(text);
            return false;
        }

        const int clockStart = 11;
        int second = 0, ticks = 0;
        if (reader.Skip(':') && !(reader.Read(2, out second) && (!reader.Skip('.') || reader.ReadFraction(out ticks))))
        {
            problem = TimeExpectation + TimeHint(text);
            return false;
        }

        var clockEnd = reader.Position;
        var offsetMinutes = 0;
        if (reader.AtEnd)
        {
            problem = TimeExpectation + "; it has no offset: add Z for UTC, or an offset such as +01:00";
            return false;
        }

        if (!reader.Skip('Z'))
        {
            var sign = reader.Skip('+') ? 1 : reader.Skip('-') ? -1 : 0;
            if (sign == 0 || !(reader.Read(2, out var offsetHours) && reader.Skip(':') && reader.Read(2, out var offsetMins)) || !reader.AtEnd)
            {
                problem = TimeExpectation + TimeHint(text);
                return false;
            }

            offsetMinutes = (offsetHours * 60) + offsetMins;
            if (offsetMins > 59 || offsetMinutes > MaxOffsetMinutes)
            {
                problem = TimeExpectation + $"; the offset {text![clockEnd..]} is out of range (offsets run from -14:00 to +14:00)";
                return false;
            }

            offsetMinutes *= sign;
        }
        else if (!reader.AtEnd)
        {
            problem = TimeExpectation + TimeHint(text);
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = TimeExpectation + $"; {text![..10]} is not a date in the calendar";
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            var clock = text![clockStart..clockEnd];
            var dot = clock.IndexOf('.', StringComparison.Ordinal);
            problem = TimeExpectation + $"; {(dot < 0 ? clock : clock[..dot])} is not a time of day (hours run from 00 to 23, minutes and seconds from 00 to 59)";
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks)
        {
            problem = TimeExpectation + "; in UTC it falls before 0001-01-01T00:00:00Z, the earliest time there is";
            return false;
        }

        if (utcTicks > DateTime.MaxValue.Ticks)
        {
            problem = TimeExpectation + "; in UTC it falls after 9999-12-31T23:59:59.9999999Z, the latest time there is";
            return false;
        }

        value = new DateTimeOffset(local, offset);
        problem = null;
        return true;
    }

    /// <summary>
    /// Reads a duration in the wire format's form, <c>[-]hh:mm:ss</c> with two or more digits of hours (they may be
    /// more than 23: <c>48:00:00</c> is two days), two of minutes and of seconds (00 to 59), and optionally up to
    /// seven digits of fraction of a second (<c>00:00:01.5</c>). Nothing else is accepted: not a bare number
    /// (<c>"2"</c> has no unit), not .NET's <c>d.hh:mm:ss</c>, no white space or line break.
    /// </summary>
    /// <param name="text">The text, e.g. <c>01:30:00</c>.</param>
    /// <param name="value">The duration read.</param>
    /// <param name="problem">
    /// When the text is not a duration: what it must be and, where it can tell, what is wrong, e.g.
    /// <c>must be a duration as hh:mm:ss, ...; a bare number has no unit: ...</c>. Put the field's name in front.
    /// </param>
    /// <returns>Whether the text is a duration.</returns>
    public static bool TryParseDuration(string? text, out TimeSpan value, [NotNullWhen(false)] out string? problem)
    {
        value = default;
        var reader = new Digits(text);
        var negative = reader.Skip('-');
        var hoursStart = reader.Position;
        Int128 hours = 0;
        while (reader.ReadOne(out var digit))
        {
            hours = Int128.Min((hours * 10) + digit, long.MaxValue);
        }

        if (reader.Position - hoursStart < 2
            || !(reader.Skip(':') && reader.Read(2, out var minutes) && reader.Skip(':') && reader.Read(2, out var seconds)))
        {
            problem = DurationExpectation + DurationHint(text);
            return false;
        }

        var fraction = 0;
        if ((reader.Skip('.') && !reader.ReadFraction(out fraction)) || !reader.AtEnd)
        {
            problem = DurationExpectation + DurationHint(text);
            return false;
        }

        if (minutes > 59 || seconds > 59)
        {
            problem = DurationExpectation + "; minutes and seconds run from 00 to 59";
            return false;
        }

        var ticks = (hours * TimeSpan.TicksPerHour) + ((Int128)minutes * TimeSpan.TicksPerMinute) + ((Int128)seconds * TimeSpan.TicksPerSecond) + fraction;
        if (negative)
        {
            ticks = -ticks;
        }

        if (ticks > TimeSpan.MaxValue.Ticks || ticks < TimeSpan.MinValue.Ticks)
        {
            problem = DurationExpectation + "; it is longer than any duration can be (about 29,000 years)";
            return false;
        }

        value = new TimeSpan((long)ticks);
        problem = null;
        return true;
    }

    /// <summary>
    /// Writes a duration in the wire format's form, which <see cref="TryParseDuration"/> reads back to the same
    /// value: <c>02:00:00</c>, <c>168:00:00</c> (hours are not folded into days), <c>-00:30:00</c>, and a fraction of a
    /// second only when there is one (<c>00:00:01.5</c>).
    /// </summary>
    /// <param name="value">The duration.</param>
    /// <returns>The text.</returns>
    public static string Duration(TimeSpan value)
    {
        var negative = value.Ticks < 0;
        var ticks = negative ? (ulong)(-(value.Ticks + 1)) + 1 : (ulong)value.Ticks;
        var hours = ticks / TimeSpan.TicksPerHour;
        var minutes = ticks / TimeSpan.TicksPerMinute % 60;
        var seconds = ticks / TimeSpan.TicksPerSecond % 60;
        var fraction = ticks % TimeSpan.TicksPerSecond;
        var text = string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : string.Empty)}{hours:00}:{minutes:00}:{seconds:00}");
        return fraction == 0 ? text : text + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static string TimeHint(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Trim().Length != text.Length)
        {
            return "; it has white space or a line break before or after it";
        }

        return text.Length > 10 && text[10] == ' ' && DateLike().IsMatch(text)
            ? "; write a T between the date and the time, not a space"
            : string.Empty;
    }

    private static string DurationHint(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Trim().Length != text.Length)
        {
            return "; it has white space or a line break before or after it";
        }

        if (BareNumber().IsMatch(text))
        {
            return "; a bare number has no unit";
        }

        var days = DaysForm().Match(text);
        if (days.Success && days.Groups["days"].Value.Length <= 6)
        {
            var hours = (long.Parse(days.Groups["days"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) * 24)
                + long.Parse(days.Groups["hours"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"; days are written as hours: {text} is {days.Groups["sign"].Value}{hours:00}:{days.Groups["rest"].Value}");
        }

        return OneDigitHours().IsMatch(text) ? "; write the hours with two digits, e.g. 01:30:00" : string.Empty;
    }

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{2}-[0-9]{2} ", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\A-?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex(
        @"\A(?<sign>-)?(?<days>[0-9]+)\.(?<hours>[0-9]{1,2}):(?<rest>[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?)\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DaysForm();

    [GeneratedRegex(@"\A-?[0-9]:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex OneDigitHours();

    /// <summary>Reads ASCII digits and separators from the start of a text, one after the other.</summary>
    private ref struct Digits(string? text)
    {
        private readonly ReadOnlySpan<char> _text = text;

        public int Position { get; private set; }

        public readonly bool AtEnd => Position == _text.Length;

        /// <summary>Reads exactly <paramref name="count"/> digits 0-9 as a number.</summary>
        public bool Read(int count, out int number)
        {
            number = 0;
            if (Position + count > _text.Length)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                var c = _text[Position + i];
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                number = (number * 10) + (c - '0');
            }

            Position += count;
            return true;
        }

        /// <summary>Reads one digit, if the next character is one.</summary>
        public bool ReadOne(out int digit)
        {
            digit = 0;
            if (AtEnd || !char.IsAsciiDigit(_text[Position]))
            {
                return false;
            }

            digit = _text[Position++] - '0';
            return true;
        }

        /// <summary>Reads one to seven digits of a fraction of a second, as ticks (100 ns).</summary>
        public bool ReadFraction(out int ticks)
        {
            ticks = 0;
            var count = 0;
            while (ReadOne(out var digit))
            {
                if (++count > 7)
                {
                    return false;
                }

                ticks = (ticks * 10) + digit;
            }

            for (var i = count; i < 7; i++)
            {
                ticks *= 10;
            }

            return count > 0;
        }

        /// <summary>Skips the next character if it is <paramref name="c"/>.</summary>
        public bool Skip(char c)
        {
            if (AtEnd || _text[Position] != c)
            {
                return false;
            }

            Position++;
            return true;
        }
    }
}
