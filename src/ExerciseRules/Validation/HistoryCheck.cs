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
        if (!IsValid(history.Baseline))
        {
            return false;
        }

        var flags = history.RedFlags;
        if (flags.Length > limits.MaxRedFlags)
        {
            return false;
        }

        foreach (var flag in flags)
        {
            if (!IsDefined(flag))
            {
                return false;
            }
        }

        var sessions = history.Sessions;
        if (sessions.Length > limits.MaxSessions)
        {
            return false;
        }

        var previousEnd = DateTimeOffset.MinValue;
        for (var i = 0; i < sessions.Length; i++)
        {
            var session = sessions[i];
            if (session is null || !IsValid(session, now, limits, out var end) || (i > 0 && session.StartedAt < previousEnd))
            {
                return false;
            }

            previousEnd = end;
        }

        return true;
    }

    /// <summary>Gets whether a session is valid on its own (everything but its order against the session before it).</summary>
    /// <param name="session">The session.</param>
    /// <param name="now">The moment of advice.</param>
    /// <param name="limits">The input limits.</param>
    /// <param name="lastActivity">Its start, or its latest rep time.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(Session session, DateTimeOffset now, InputLimits limits, out DateTimeOffset lastActivity)
    {
        lastActivity = session.StartedAt;
        if (!IsDefined(session.Exercise) || session.StartedAt > now || !IsValid(session.Before) || !IsValid(session.After))
        {
            return false;
        }

        var reps = session.Reps;
        if (reps.Length > limits.MaxRepsPerSession)
        {
            return false;
        }

        var rangeRequired = session.Exercise == Exercise.PressUp;
        DateTimeOffset? previous = null;
        foreach (var rep in reps)
        {
            if (rep is null || !IsValid(rep, rangeRequired))
            {
                return false;
            }

            if (rep.At is { } at)
            {
                if (!IsValidRepTime(at, session.StartedAt, previous, now))
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
