using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// The one measurement of an episode, fed session by session and rep by rep. <see cref="EpisodeMeasurement.Of"/>
/// feeds it a whole history in one pass; <see cref="AdviceTracker"/> feeds it one event at a time. Every step is
/// O(1) (amortised), and <see cref="Measure"/> costs O(reps of the latest session + PersistDays · log n): nothing
/// depends on how many sessions came before.
/// </summary>
/// <remarks>
/// Every session but the latest is finished: its outcome is folded into the progression state when the next one
/// begins. The latest session is kept apart, because whether it is finished depends on the moment of advice (it
/// is open while not completed and active less than <c>SessionTimeout</c> ago); <see cref="Measure"/> folds it into
/// a copy when it is not open. Session starts are kept only while they can still fall in one of the last
/// <c>PersistDays</c> 24-hour windows of a valid moment of advice (no earlier than the latest start).
/// </remarks>
internal sealed class EpisodeAccumulator
{
    private const int ExerciseCount = 3;

    private readonly ProtocolOptions _options;
    private readonly long _windowTicks;
    private readonly SetAccumulator _set;
    private readonly bool[] _tolerated = new bool[ExerciseCount];
    private readonly double?[] _lastToleratedRange = new double?[ExerciseCount];
    private (Exercise Exercise, SetOutcome Outcome)? _lastFinished;
    private int? _finishedPain;
    private SymptomLocation? _finishedLocation;
    private DateTimeOffset? _firstSessionAt;

    // Session starts (UTC ticks) that may still count for regularity, sorted, in _starts[_head.._end).
    private long[] _starts = new long[16];
    private int _head;
    private int _end;
    private long _maxStart = long.MinValue;

    // The latest session.
    private bool _hasLatest;
    private Exercise _exercise;
    private SymptomReport? _before;
    private SymptomReport? _after;
    private bool _completed;

    public EpisodeAccumulator(ProtocolOptions options)
    {
        _options = options;
        _windowTicks = options.PersistDays * TimeSpan.TicksPerDay;
        _set = new SetAccumulator(options);
    }

    /// <summary>Gets the number of sessions fed so far.</summary>
    public int SessionCount { get; private set; }

    /// <summary>Gets whether a session was fed.</summary>
    public bool HasLatest => _hasLatest;

    /// <summary>Gets the latest time of the latest session (its start or its latest rep time), if there is one.</summary>
    public DateTimeOffset LastActivity => _set.LastActivity;

    /// <summary>Gets the number of reps of the latest session.</summary>
    public int LatestRepCount => _set.RepCount;

    /// <summary>Feeds a whole session.</summary>
    /// <param name="session">The session.</param>
    /// <param name="recordResponses">Whether to keep its reps' responses (needed when it is the latest session at <see cref="Measure"/>).</param>
    public void AddSession(Session session, bool recordResponses)
    {
        BeginSession(session.Exercise, session.StartedAt, session.Before, recordResponses);

        // A plain array: ImmutableArray's enumerator is not inlined across assemblies for reference types.
        _set.AddAll(ImmutableCollectionsMarshal.AsArray(session.Reps)!);

        EndSession(session.After, session.Completed);
    }

    /// <summary>Starts a new latest session; the one before it, if any, is finished from now on.</summary>
    public void BeginSession(Exercise exercise, DateTimeOffset startedAt, SymptomReport? before, bool recordResponses)
    {
        if (_hasLatest)
        {
            FoldLatest(_tolerated, _lastToleratedRange, ref _lastFinished);
            _finishedPain = _after?.Pain ?? _set.Pain ?? _finishedPain;
            _finishedLocation = _after?.Location ?? _set.Location ?? _finishedLocation;
        }

        _hasLatest = true;
        _firstSessionAt ??= startedAt;
        SessionCount++;
        _exercise = exercise;
        _before = before;
        _after = null;
        _completed = false;
        _set.Start(before, startedAt, recordResponses);
        AddStart(startedAt.UtcTicks);
    }

    /// <summary>Adds a rep to the latest session.</summary>
    public void AddRep(Rep rep)
    {
        _set.Add(rep);
    }

    /// <summary>Sets the after-set symptoms of the latest session and whether it was completed.</summary>
    public void EndSession(SymptomReport? after, bool completed)
    {
        _after = after;
        _completed = completed;
    }

    /// <summary>Measures the episode at a moment no earlier than any time fed.</summary>
    /// <param name="now">The moment of advice.</param>
    /// <param name="baseline">The baseline symptoms.</param>
    /// <param name="redFlags">The red flags reported.</param>
    /// <param name="latestSession">The latest session as a model object (the one fed last), or <see langword="null"/> if none was fed.</param>
    /// <returns>The input facts.</returns>
    public EpisodeMeasurement Measure(DateTimeOffset now, SymptomReport? baseline, ImmutableArray<RedFlag> redFlags, Session? latestSession)
    {
        var pain = _finishedPain;
        var location = _finishedLocation;
        var tolerated = new bool[ExerciseCount];
        var lastToleratedRange = new double?[ExerciseCount];
        Array.Copy(_tolerated, tolerated, ExerciseCount);
        Array.Copy(_lastToleratedRange, lastToleratedRange, ExerciseCount);
        var lastFinished = _lastFinished;
        LatestSession? latest = null;
        if (_hasLatest)
        {
            if (latestSession is null)
            {
                throw new ArgumentNullException(nameof(latestSession), "A session was fed, so the latest session is needed.");
            }

            pain = _after?.Pain ?? _set.Pain ?? pain;
            location = _after?.Location ?? _set.Location ?? location;
            var lastActivity = _set.LastActivity;
            var idle = now - lastActivity;
            latest = new LatestSession(latestSession, _set.ToMeasures(_before, _after), lastActivity, idle);
            if (!EpisodeMeasurement.IsOpen(_completed, idle, _options))
            {
                FoldLatest(tolerated, lastToleratedRange, ref lastFinished);
            }
        }

        var episode = new Episode(now, baseline, _firstSessionAt, pain, location, SessionsPerDay(now.UtcTicks));
        return new EpisodeMeasurement(
            episode,
            new ReportedRedFlags(redFlags),
            latest,
            new FinishedSets(lastFinished, ImmutableCollectionsMarshal.AsImmutableArray(tolerated), ImmutableCollectionsMarshal.AsImmutableArray(lastToleratedRange)));
    }

    private void FoldLatest(bool[] tolerated, double?[] lastToleratedRange, ref (Exercise Exercise, SetOutcome Outcome)? lastFinished)
    {
        var outcome = _set.OutcomeOf(_before, _after, _completed, _options);
        var index = (int)_exercise;
        if ((uint)index < ExerciseCount)
        {
            tolerated[index] |= outcome == SetOutcome.Tolerated;
            lastToleratedRange[index] = _set.LastToleratedRange;
        }

        lastFinished = (_exercise, outcome);
    }

    private void AddStart(long start)
    {
        if (start > _maxStart)
        {
            _maxStart = start;
        }

        // Starts that are PersistDays or more before the latest start can no longer fall in a window.
        while (_head < _end && _maxStart - _starts[_head] >= _windowTicks)
        {
            _head++;
        }

        if (_end == _starts.Length)
        {
            var live = _end - _head;
            if (_head > 0 && live < _starts.Length / 2)
            {
                Array.Copy(_starts, _head, _starts, 0, live);
            }
            else
            {
                var grown = new long[_starts.Length * 2];
                Array.Copy(_starts, _head, grown, 0, live);
                _starts = grown;
            }

            _head = 0;
            _end = live;
        }

        // Sessions come in time order, so this is an append; an out-of-order start is inserted in place.
        var i = _end;
        while (i > _head && _starts[i - 1] > start)
        {
            _starts[i] = _starts[i - 1];
            i--;
        }

        _starts[i] = start;
        _end++;
    }

    /// <summary>Sessions started in each of the last PersistDays 24-hour windows counted back from now: window k is (now − (k+1)·24 h, now − k·24 h].</summary>
    private ImmutableArray<int> SessionsPerDay(long now)
    {
        var perDay = new int[_options.PersistDays];
        var span = _starts.AsSpan(_head, _end - _head);
        var upper = CountAtOrBefore(span, now);
        for (var k = 0; k < perDay.Length; k++)
        {
            var lower = CountAtOrBefore(span, now - ((k + 1) * TimeSpan.TicksPerDay));
            perDay[k] = upper - lower;
            upper = lower;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(perDay);
    }

    private static int CountAtOrBefore(ReadOnlySpan<long> sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
