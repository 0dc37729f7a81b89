using System.Collections.Immutable;
using System.Diagnostics;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules;

/// <summary>
/// Live advice for an app that records a person's programme as it happens: feed it one event at a time (a
/// session started, a rep done, a session finished, a red flag, the baseline) and get the advice after each.
/// Each event costs O(1) whatever the length of the history (at most O(reps of the current set)).
/// </summary>
/// <remarks>
/// <para>
/// The tracker holds a history, the one its events describe, and its advice is always what
/// <see cref="Advisor.Advise(History, DateTimeOffset)"/> gives for that history at the same moment: the same
/// measurement code runs, fed event by event instead of in one pass. An event that would make the history invalid
/// is refused with the errors the advisor would report for that history (same paths, same messages, e.g.
/// <c>sessions[41].reps[3].pain: must be between 0 and 10</c>), and the tracker stays as it was.
/// </para>
/// <para>
/// A tracker is mutable and not thread-safe: use one per person, from one thread at a time. Save it with
/// <see cref="ToJson"/> (the history in the wire format) and restore it with <see cref="FromJson"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var tracker = new AdviceTracker(advisor);
/// tracker.SetBaseline(new SymptomReport(6, SymptomLocation.Thigh), now);
/// tracker.StartSession(Exercise.PressUp, now, before: new SymptomReport(5, SymptomLocation.Buttock), now);
/// AdviceResult result = tracker.AddRep(new Rep(Range: 0.4, Pain: 5, Location: SymptomLocation.Buttock, At: now), now);
/// </code>
/// </example>
public sealed class AdviceTracker
{
    private readonly EpisodeAccumulator _episode;
    private readonly ImmutableArray<Session>.Builder _sessions = ImmutableArray.CreateBuilder<Session>();
    private readonly ImmutableArray<Rep>.Builder _reps = ImmutableArray.CreateBuilder<Rep>();
    private ImmutableArray<RedFlag> _redFlags = [];
    private SymptomReport? _baseline;

    // The latest session (not in _sessions until the next one starts).
    private bool _hasLatest;
    private Exercise _exercise;
    private DateTimeOffset _startedAt;
    private SymptomReport? _before;
    private SymptomReport? _after;
    private bool _completed;
    private DateTimeOffset? _lastRepAt;
    private Session? _latest;

    /// <summary>Creates a tracker with an empty history.</summary>
    /// <param name="advisor">The advisor whose options, limits, texts and telemetry the tracker uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="advisor"/> is null.</exception>
    public AdviceTracker(Advisor advisor)
    {
        Advisor = Preconditions.CheckNotNull(advisor);
        _episode = new EpisodeAccumulator(advisor.Options);
    }

    /// <summary>Gets the advisor the tracker advises with.</summary>
    public Advisor Advisor { get; }

    /// <summary>Gets the number of sessions in the history.</summary>
    public int SessionCount => _episode.SessionCount;

    /// <summary>Gets the baseline symptoms, if reported.</summary>
    public SymptomReport? Baseline => _baseline;

    /// <summary>Gets the red flags reported, in the order they were reported.</summary>
    public ImmutableArray<RedFlag> RedFlags => _redFlags;

    /// <summary>Gets the latest session as it stands (the set under way, or the last one finished), or <see langword="null"/> if there is none.</summary>
    public Session? LatestSession => _hasLatest ? Latest() : null;

    /// <summary>Creates a tracker holding a history, for example one saved with <see cref="ToJson"/>.</summary>
    /// <param name="advisor">The advisor whose options, limits, texts and telemetry the tracker uses.</param>
    /// <param name="history">The history so far; it must be valid (every check but those against the moment of advice, which come with each event).</param>
    /// <returns>The tracker, or every problem with the history.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseResult<AdviceTracker> FromHistory(Advisor advisor, History history)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(history);
        if (!HistoryCheck.IsValid(history, DateTimeOffset.MaxValue, advisor.Limits))
        {
            var validation = advisor.Validator.Validate(history);
            if (!validation.IsValid)
            {
                return ParseResult<AdviceTracker>.Invalid(validation.ToInputErrors());
            }
        }

        var tracker = new AdviceTracker(advisor) { _baseline = history.Baseline, _redFlags = history.RedFlags };
        foreach (var session in history.Sessions)
        {
            tracker.ApplyStart(session.Exercise, session.StartedAt, session.Before);
            foreach (var rep in session.Reps)
            {
                tracker.ApplyRep(rep);
            }

            tracker.ApplyFinish(session.After, session.Completed);
        }

        return ParseResult<AdviceTracker>.Valid(tracker);
    }

    /// <summary>Restores a tracker saved with <see cref="ToJson"/> (any wire-format history will do).</summary>
    /// <param name="advisor">The advisor whose options, limits, texts and telemetry the tracker uses; its <see cref="Advisor.Limits"/> bound the document.</param>
    /// <param name="json">The history JSON.</param>
    /// <returns>The tracker, or every problem with the JSON or the history.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseResult<AdviceTracker> FromJson(Advisor advisor, string json)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(json);
        var parsed = ExerciseRulesJson.ParseHistory(json, advisor.Limits);
        return parsed.IsValid ? FromHistory(advisor, parsed.Value) : ParseResult<AdviceTracker>.Invalid(parsed.Errors);
    }

    /// <summary>Saves the tracker: its history in the wire format. Restore it with <see cref="FromJson"/>.</summary>
    /// <returns>The JSON.</returns>
    public string ToJson() => ExerciseRulesJson.Serialize(ToHistory());

    /// <summary>Gets the history the events so far describe. This copies it: O(sessions).</summary>
    /// <returns>The history.</returns>
    public History ToHistory()
    {
        var sessions = ImmutableArray.CreateBuilder<Session>(_sessions.Count + (_hasLatest ? 1 : 0));
        sessions.AddRange(_sessions);
        if (_hasLatest)
        {
            sessions.Add(Latest());
        }

        return new History(sessions.MoveToImmutable(), _baseline, _redFlags);
    }

    /// <summary>Advises at a moment, on the history so far.</summary>
    /// <param name="now">The moment of advice; no time in the history may be later.</param>
    /// <returns>The advice, or every problem with the history at that moment.</returns>
    public AdviceResult Advise(DateTimeOffset now) => Evaluate(now, trace: false);

    /// <summary>Advises at a moment and explains it (see <see cref="Advisor.Explain(History, DateTimeOffset)"/>).</summary>
    /// <param name="now">The moment of advice; no time in the history may be later.</param>
    /// <returns>The advice and its explanation, or every problem with the history at that moment.</returns>
    public AdviceResult Explain(DateTimeOffset now) => Evaluate(now, trace: true);

    /// <summary>Records the symptoms when self-treatment started (replacing any recorded before), then advises.</summary>
    /// <param name="baseline">The baseline symptoms.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice, or the errors at <c>baseline</c> (the tracker is then unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is null.</exception>
    public AdviceResult SetBaseline(SymptomReport baseline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (!(HistoryCheck.IsValid(baseline) && IsNotBeforeHistory(now)))
        {
            if (Refuse(now, new History(baseline: baseline), sessionOffset: 0) is { } refused)
            {
                return refused;
            }
        }

        _baseline = baseline;
        return Advise(now);
    }

    /// <summary>Records a red flag the person reported, then advises.</summary>
    /// <param name="flag">The red flag.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice, or the errors at <c>redFlags</c> (the tracker is then unchanged).</returns>
    public AdviceResult ReportRedFlag(RedFlag flag, DateTimeOffset now)
    {
        var flags = _redFlags.Add(flag);
        if (!(HistoryCheck.IsDefined(flag) && flags.Length <= Advisor.Limits.MaxRedFlags && IsNotBeforeHistory(now)))
        {
            if (Refuse(now, new History(redFlags: flags), sessionOffset: 0) is { } refused)
            {
                return refused;
            }
        }

        _redFlags = flags;
        return Advise(now);
    }

    /// <summary>Records the start of a new session (the one before it, if any, is over), then advises.</summary>
    /// <param name="exercise">The exercise of the set.</param>
    /// <param name="startedAt">When the session started: not before the previous session's last activity, nor later than now.</param>
    /// <param name="before">The symptoms before the set, if reported.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice, or the errors at <c>sessions[n]</c> (the tracker is then unchanged).</returns>
    public AdviceResult StartSession(Exercise exercise, DateTimeOffset startedAt, SymptomReport? before, DateTimeOffset now)
    {
        var count = _episode.SessionCount;
        var fits = count < Advisor.Limits.MaxSessions
            && HistoryCheck.IsDefined(exercise) && startedAt <= now && HistoryCheck.IsValid(before)
            && !(_hasLatest && startedAt < _episode.LastActivity);
        if (!(fits && IsNotBeforeHistory(now)))
        {
            var session = new Session(exercise, startedAt, before: before);
            History equivalent;
            int offset;
            if (count + 1 > Advisor.Limits.MaxSessions)
            {
                // Over the limit the validator reports the count alone; the sessions themselves are not looked at.
                equivalent = new History([.. Enumerable.Repeat(session, count + 1)]);
                offset = 0;
            }
            else
            {
                equivalent = new History(_hasLatest ? [Latest(), session] : [session]);
                offset = _hasLatest ? count - 1 : count;
            }

            if (Refuse(now, equivalent, offset) is { } refused)
            {
                return refused;
            }
        }

        ApplyStart(exercise, startedAt, before);
        return Advise(now);
    }

    /// <summary>Records a rep of the latest session, then advises.</summary>
    /// <param name="rep">The rep: its range (required for the press-up), symptoms, duration and time.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice, or the errors at <c>sessions[n].reps[m]</c> (the tracker is then unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rep"/> is null.</exception>
    public AdviceResult AddRep(Rep rep, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rep);
        if (!_hasLatest)
        {
            return NoSession("a rep");
        }

        var fits = _reps.Count < Advisor.Limits.MaxRepsPerSession
            && HistoryCheck.IsValid(rep, rangeRequired: _exercise == Exercise.PressUp)
            && (rep.At is not { } at || HistoryCheck.IsValidRepTime(at, _startedAt, _lastRepAt, now));
        if (!(fits && IsNotBeforeHistory(now)))
        {
            var session = Latest() with { Reps = _reps.ToImmutable().Add(rep) };
            if (Refuse(now, new History([session]), _episode.SessionCount - 1) is { } refused)
            {
                return refused;
            }
        }

        ApplyRep(rep);
        return Advise(now);
    }

    /// <summary>Records the end of the latest session, then advises.</summary>
    /// <param name="after">The symptoms after the set, if reported.</param>
    /// <param name="completed">Whether the person finished the set (a set stopped early is not completed).</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice, or the errors at <c>sessions[n].after</c> (the tracker is then unchanged).</returns>
    public AdviceResult FinishSession(SymptomReport? after, bool completed, DateTimeOffset now)
    {
        if (!_hasLatest)
        {
            return NoSession("the end of a session");
        }

        if (!(HistoryCheck.IsValid(after) && IsNotBeforeHistory(now)))
        {
            var session = Latest() with { After = after, Completed = completed };
            if (Refuse(now, new History([session]), _episode.SessionCount - 1) is { } refused)
            {
                return refused;
            }
        }

        ApplyFinish(after, completed);
        return Advise(now);
    }

    private AdviceResult Evaluate(DateTimeOffset now, bool trace)
    {
        using var activity = Advisor.StartActivity();
        if (!IsNotBeforeHistory(now) && Advisor.Reject(ToHistory(), now, activity) is { } rejected)
        {
            return rejected;
        }

        var measurement = _episode.Measure(now, _baseline, _redFlags, _hasLatest ? Latest() : null);
        return Advisor.Decide(measurement, activity, trace);
    }

    /// <summary>Whether no time already in the history is later than now, so the history so far is valid at now.</summary>
    private bool IsNotBeforeHistory(DateTimeOffset now) => !_hasLatest || _episode.LastActivity <= now;

    /// <summary>
    /// The errors for an event the fast checks refused: the advisor's validator runs on the smallest history that
    /// has the same errors as the whole history with the event (the history so far is valid, and the event can
    /// only make its own part invalid), and its paths are moved to where that part is. When the history so far is
    /// itself invalid at <paramref name="now"/> (a clock that went back), the whole history is validated.
    /// </summary>
    /// <param name="now">The moment of advice.</param>
    /// <param name="part">The part the event changes: the baseline, the red flags, or one or two sessions.</param>
    /// <param name="sessionOffset">The index in the whole history of the first session of <paramref name="part"/>.</param>
    /// <returns>The result with the errors, or <see langword="null"/> when the validator finds none.</returns>
    private AdviceResult? Refuse(DateTimeOffset now, History part, int sessionOffset)
    {
        using var activity = Advisor.StartActivity();
        if (!IsNotBeforeHistory(now))
        {
            return Advisor.Reject(WholeHistoryWith(part, sessionOffset), now, activity);
        }

        var result = Advisor.Reject(part, now, activity);
        if (result is null || sessionOffset == 0)
        {
            return result;
        }

        var errors = result.Errors.Select(e => new InputError(Shift(e.Path, sessionOffset), ShiftIn(e.Message, sessionOffset)));
        return AdviceResult.Invalid([.. errors]);
    }

    private History WholeHistoryWith(History part, int sessionOffset)
    {
        var whole = ToHistory();
        if (part.Baseline is not null)
        {
            return whole with { Baseline = part.Baseline };
        }

        if (!part.RedFlags.IsEmpty)
        {
            return whole with { RedFlags = part.RedFlags };
        }

        var sessions = whole.Sessions.RemoveRange(sessionOffset, whole.Sessions.Length - sessionOffset).AddRange(part.Sessions);
        return whole with { Sessions = sessions };
    }

    /// <summary>Moves <c>sessions[k]</c> at the start of a path to <c>sessions[k + offset]</c>.</summary>
    private static string Shift(string path, int offset)
    {
        const string Prefix = "sessions[";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return path;
        }

        var close = path.IndexOf(']', Prefix.Length);
        if (close < 0 || !int.TryParse(path.AsSpan(Prefix.Length, close - Prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return path;
        }

        return $"{Prefix}{index + offset}{path[close..]}";
    }

    /// <summary>Moves the one session a message can name (the order check's <c>sessions[0]</c>, the session before) by the offset.</summary>
    private static string ShiftIn(string message, int offset) =>
        message.Replace("sessions[0]", $"sessions[{offset}]", StringComparison.Ordinal);

    private static AdviceResult NoSession(string what) =>
        AdviceResult.Invalid([new InputError("sessions", $"has no session to record {what} in; start a session first")]);

    private void ApplyStart(Exercise exercise, DateTimeOffset startedAt, SymptomReport? before)
    {
        if (_hasLatest)
        {
            _sessions.Add(Latest());
        }

        _episode.BeginSession(exercise, startedAt, before, recordResponses: true);
        _hasLatest = true;
        _exercise = exercise;
        _startedAt = startedAt;
        _before = before;
        _after = null;
        _completed = false;
        _lastRepAt = null;
        _reps.Clear();
        _latest = null;
    }

    private void ApplyRep(Rep rep)
    {
        _episode.AddRep(rep);
        _reps.Add(rep);
        _lastRepAt = rep.At ?? _lastRepAt;
        _latest = null;
    }

    private void ApplyFinish(SymptomReport? after, bool completed)
    {
        _episode.EndSession(after, completed);
        _after = after;
        _completed = completed;
        _latest = null;
    }

    /// <summary>The latest session as a model object, built once per change (O(its reps)).</summary>
    private Session Latest()
    {
        Debug.Assert(_hasLatest, "There is a latest session.");
        return _latest ??= new Session(_exercise, _startedAt, _reps.ToImmutable(), _completed, _before, _after);
    }
}
