using System.Runtime.InteropServices;
using ExerciseRules.Model;

namespace ExerciseRules.Validation;

/// <summary>
/// The fast path of validation: hand-written checks, without allocation, that answer only "is this valid?". They
/// check exactly what <see cref="HistoryValidator"/> checks. When they say no, the caller runs the FluentValidation
/// validators, which stay the only source of error paths and messages; when they say yes, no validator runs. A
/// property test over valid and broken histories (tests/ExerciseRules.Protocol.Tests) holds the two to the same answer.
/// </summary>
internal static class HistoryCheck
{
    /// <summary>Gets whether a history is valid for advice at <paramref name="now"/> within <paramref name="limits"/>.</summary>
    public static bool IsValid(History history, DateTimeOffset now, InputLimits limits)
    {
        if (!IsValidHead(history, limits))
        {
            return false;
        }

        // Plain array loops: ImmutableArray's enumerator is not inlined across assemblies for reference types.
        var sessions = ImmutableCollectionsMarshal.AsArray(history.Sessions)!;
        var nowTicks = now.UtcTicks;
        var previousEnd = long.MinValue;
        foreach (var session in sessions)
        {
            if (!IsValidNext(session, previousEnd, nowTicks, limits, out previousEnd))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether everything but the sessions themselves is valid: the baseline, the red flags, and how many sessions there are.</summary>
    public static bool IsValidHead(History history, InputLimits limits)
    {
        if (!IsValid(history.Baseline))
        {
            return false;
        }

        var flags = history.RedFlags;
        if (flags.Length > limits.MaxRedFlags)
        {
            return false;
        }

        foreach (var flag in flags.AsSpan())
        {
            if (!IsDefined(flag))
            {
                return false;
            }
        }

        return history.Sessions.Length <= limits.MaxSessions;
    }

    /// <summary>
    /// Gets whether the next session of a history is valid: on its own, and not started before the last activity of
    /// the session before it (<paramref name="previousEnd"/>, UTC ticks; <see cref="long.MinValue"/> for the first).
    /// </summary>
    /// <param name="session">The session (null is not valid).</param>
    /// <param name="previousEnd">The last activity of the session before it, in UTC ticks.</param>
    /// <param name="now">The moment of advice, in UTC ticks.</param>
    /// <param name="limits">The input limits.</param>
    /// <param name="end">Its own last activity (its start, or its latest rep time), in UTC ticks.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidNext(Session? session, long previousEnd, long now, InputLimits limits, out long end)
    {
        end = long.MinValue;
        return session is not null && session.StartedAt.UtcTicks >= previousEnd && IsValid(session, now, limits, out end);
    }

    private static bool IsValid(Session session, long now, InputLimits limits, out long lastActivity)
    {
        var startedAt = session.StartedAt.UtcTicks;
        lastActivity = startedAt;
        if (!IsDefined(session.Exercise) || startedAt > now || !IsValid(session.Before) || !IsValid(session.After))
        {
            return false;
        }

        var reps = ImmutableCollectionsMarshal.AsArray(session.Reps)!;
        if (reps.Length > limits.MaxRepsPerSession)
        {
            return false;
        }

        var rangeRequired = session.Exercise == Exercise.PressUp;
        var previous = long.MinValue;
        foreach (var rep in reps)
        {
            if (rep is null || !IsValid(rep, rangeRequired))
            {
                return false;
            }

            if (rep.At is { } time)
            {
                // Comparing DateTimeOffsets compares their UTC instants: these ticks.
                var at = time.UtcTicks;
                if (at < startedAt || at < previous || at > now)
                {
                    return false;
                }

                previous = at;
                if (at > lastActivity)
                {
                    lastActivity = at;
                }
            }
        }

        return true;
    }

    /// <summary>Gets whether a rep's time is valid: not before its session's start, nor the previous rep time, nor later than now.</summary>
    public static bool IsValidRepTime(DateTimeOffset at, DateTimeOffset startedAt, DateTimeOffset? previous, DateTimeOffset now) =>
        at >= startedAt && !(previous is { } p && at < p) && at <= now;

    /// <summary>Gets whether a rep's own fields are valid (not its time).</summary>
    public static bool IsValid(Rep rep, bool rangeRequired)
    {
        if (rep.Range is { } range)
        {
            if (!(range >= 0 && range <= 1))
            {
                return false;
            }
        }
        else if (rangeRequired)
        {
            return false;
        }

        return IsValidPain(rep.Pain)
            && IsValidLocation(rep.Location)
            && (rep.DurationSeconds is not { } d || (d > 0 && d <= 600));
    }

    /// <summary>Gets whether a symptom report is absent or valid.</summary>
    public static bool IsValid(SymptomReport? report) =>
        report is null || (IsValidPain(report.Pain) && IsValidLocation(report.Location));

    public static bool IsDefined(Exercise exercise) => (uint)exercise <= (uint)Exercise.PressUp;

    public static bool IsDefined(RedFlag flag) => (uint)flag <= (uint)RedFlag.HistoryOfCancer;

    private static bool IsValidPain(int? pain) => pain is not { } p || (p >= SymptomReport.MinPain && p <= SymptomReport.MaxPain);

    private static bool IsValidLocation(SymptomLocation? location) => location is not { } l || (uint)l <= (uint)SymptomLocation.Foot;
}
