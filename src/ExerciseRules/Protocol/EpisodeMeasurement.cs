using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Protocol;

/// <summary>
/// The input facts of the press-up protocol, measured from a history in one pass: the episode, the red flags,
/// the latest session and what the finished sets say. The protocol's rules derive everything else from these.
/// </summary>
/// <param name="Episode">What the whole episode says.</param>
/// <param name="RedFlags">The red flags reported.</param>
/// <param name="LatestSession">The last session, or <see langword="null"/> if there is none.</param>
/// <param name="FinishedSets">What the finished sets say for progression.</param>
public sealed record EpisodeMeasurement(
    Episode Episode,
    ReportedRedFlags RedFlags,
    LatestSession? LatestSession,
    FinishedSets FinishedSets)
{
    /// <summary>Measures a history. The history should be valid (see <see cref="Validation.HistoryValidator"/>).</summary>
    /// <param name="history">The history.</param>
    /// <param name="now">The moment of advice.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns>The input facts.</returns>
    public static EpisodeMeasurement Of(History history, DateTimeOffset now, ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var sessions = ImmutableCollectionsMarshal.AsArray(history.Sessions)!;
        var episode = new EpisodeAccumulator(options);
        for (var i = 0; i < sessions.Length; i++)
        {
            // Only the last session may be the set under way, so only its reps' responses are kept.
            episode.AddSession(sessions[i], recordResponses: i == sessions.Length - 1);
        }

        return episode.Measure(now, history.Baseline, history.RedFlags, sessions.Length == 0 ? null : sessions[^1]);
    }

    /// <summary>
    /// Checks and measures a history in one pass, session by session (each session checked by the fast validation
    /// path, then fed to the measurement while its reps are still in cache).
    /// </summary>
    /// <returns>The input facts, or <see langword="null"/> when the history is not valid (the caller then asks the validator why).</returns>
    internal static EpisodeMeasurement? MeasureIfValid(History history, DateTimeOffset now, ProtocolOptions options, InputLimits limits)
    {
        if (!HistoryCheck.IsValidHead(history, limits))
        {
            return null;
        }

        var sessions = ImmutableCollectionsMarshal.AsArray(history.Sessions)!;
        var nowTicks = now.UtcTicks;
        var previousEnd = long.MinValue;
        var episode = new EpisodeAccumulator(options);
        for (var i = 0; i < sessions.Length; i++)
        {
            if (!HistoryCheck.IsValidNext(sessions[i], previousEnd, nowTicks, limits, out previousEnd))
            {
                return null;
            }

            episode.AddSession(sessions[i], recordResponses: i == sessions.Length - 1);
        }

        return episode.Measure(now, history.Baseline, history.RedFlags, sessions.Length == 0 ? null : sessions[^1]);
    }

    /// <summary>Gets whether a session counts as open: not completed and idle for less than <see cref="ProtocolOptions.SessionTimeout"/>.</summary>
    /// <param name="session">The session.</param>
    /// <param name="idleFor">The time since its last activity.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns><see langword="true"/> if it is open.</returns>
    public static bool IsOpen(Session session, TimeSpan idleFor, ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        return IsOpen(session.Completed, idleFor, options);
    }

    internal static bool IsOpen(bool completed, TimeSpan idleFor, ProtocolOptions options) =>
        !completed && idleFor < options.SessionTimeout;

    /// <summary>Gets the latest time known for a session: its start, or the latest time of its reps.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The time of its last activity.</returns>
    /// <remarks>Validation calls this before it has rejected null reps, so a null rep is skipped rather than dereferenced.</remarks>
    public static DateTimeOffset LastActivityOf(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var last = session.StartedAt;
        foreach (var rep in session.Reps)
        {
            if (rep?.At is { } at && at > last)
            {
                last = at;
            }
        }

        return last;
    }

    /// <summary>Gets the input facts, as a rule session takes them: the episode, the red flags, the finished sets and the latest session (when there is one).</summary>
    /// <returns>The facts.</returns>
    public IReadOnlyList<object> ToFacts() =>
        LatestSession is null ? [Episode, RedFlags, FinishedSets] : [Episode, RedFlags, FinishedSets, LatestSession];
}
