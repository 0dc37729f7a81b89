namespace ExerciseRules.Protocol;

/// <summary>
/// Date arithmetic of the protocol that is safe at the ends of the calendar. A history may hold any time that
/// <see cref="DateTimeOffset"/> can (0001-01-01 to 9999-12-31), so "the last session's end plus
/// <c>SessionInterval</c>" can fall past the calendar's end. Such a due time is the calendar's last moment,
/// <see cref="DateTimeOffset.MaxValue"/> (docs/protocol-decisions.md): the advice stays valid and says "not before
/// the end of the calendar" instead of failing.
/// </summary>
internal static class ProtocolTime
{
    /// <summary>Adds a non-negative duration, saturating at <see cref="DateTimeOffset.MaxValue"/>.</summary>
    /// <param name="time">The time.</param>
    /// <param name="duration">The duration (the protocol's durations are positive).</param>
    /// <returns>
    /// <paramref name="time"/> + <paramref name="duration"/>, in the time's own offset; in UTC when only the local
    /// clock time would pass the calendar's end; <see cref="DateTimeOffset.MaxValue"/> when the instant itself would.
    /// </returns>
    public static DateTimeOffset Add(DateTimeOffset time, TimeSpan duration)
    {
        var max = DateTimeOffset.MaxValue.UtcTicks;
        if (duration.Ticks > max - time.UtcTicks)
        {
            return DateTimeOffset.MaxValue;
        }

        return duration.Ticks <= max - time.Ticks
            ? time + duration
            : new DateTimeOffset(time.UtcTicks + duration.Ticks, TimeSpan.Zero);
    }
}
