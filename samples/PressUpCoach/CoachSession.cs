using System.Collections.Immutable;
using ExerciseRules;
using ExerciseRules.Model;

namespace PressUpCoach;

/// <summary>
/// One person's episode, kept in memory: every event (a set started, a rep done, a set finished) is added to the
/// history, and the advisor is asked for the next step at once, as a host app would.
/// </summary>
public sealed class CoachSession
{
    private readonly Advisor _advisor;
    private readonly TimeProvider _clock;

    /// <summary>Creates a session.</summary>
    /// <param name="advisor">The advisor (its protocol options are the ones in force).</param>
    /// <param name="clock">The clock that stamps events and is the moment of advice.</param>
    /// <param name="history">The history so far; empty when left out.</param>
    public CoachSession(Advisor advisor, TimeProvider clock, History? history = null)
    {
        _advisor = advisor ?? throw new ArgumentNullException(nameof(advisor));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        History = history ?? new History();
    }

    /// <summary>Gets the history so far.</summary>
    public History History { get; private set; }

    /// <summary>Gets the protocol options in force.</summary>
    public ProtocolOptions Options => _advisor.Options;

    /// <summary>Gets the current moment, in the clock's local time zone (so the advice's times read as local times).</summary>
    public DateTimeOffset Now => _clock.GetLocalNow();

    /// <summary>Gets the number of reps in the latest session.</summary>
    public int RepsInLatestSession => History.Sessions.IsEmpty ? 0 : History.Sessions[^1].Reps.Length;

    /// <summary>Gets the advice for the history as it stands.</summary>
    /// <returns>The advice.</returns>
    public Advice Advise()
    {
        // The coach builds the history itself, so invalid input here is a bug in the coach: throw with every problem.
        return _advisor.Advise(History, Now).GetAdviceOrThrow();
    }

    /// <summary>Records the symptoms when self-treatment starts.</summary>
    /// <param name="baseline">The symptoms.</param>
    public void SetBaseline(SymptomReport baseline) => History = History with { Baseline = baseline };

    /// <summary>Starts a session now: records any red flags and the symptoms before the set.</summary>
    /// <param name="exercise">The exercise of the set.</param>
    /// <param name="before">The symptoms before the set.</param>
    /// <param name="redFlags">Red flags reported since the last session (may be empty).</param>
    /// <returns>The advice.</returns>
    public Advice StartSession(Exercise exercise, SymptomReport before, IEnumerable<RedFlag> redFlags)
    {
        var flags = History.RedFlags.Union(redFlags).ToImmutableArray();
        var session = new Session(exercise, Now, before: before);
        History = History with { RedFlags = flags, Sessions = History.Sessions.Add(session) };
        return Advise();
    }

    /// <summary>Records a rep of the latest session, done now.</summary>
    /// <param name="rep">The rep (its time is set to now).</param>
    /// <returns>The advice.</returns>
    public Advice AddRep(Rep rep)
    {
        ArgumentNullException.ThrowIfNull(rep);
        var session = LatestSession();
        return Replace(session with { Reps = session.Reps.Add(rep with { At = Now }) });
    }

    /// <summary>Finishes the latest session: records the symptoms after it and marks it completed.</summary>
    /// <param name="after">The symptoms after the set.</param>
    /// <returns>The advice.</returns>
    public Advice FinishSession(SymptomReport after)
    {
        var session = LatestSession();
        return Replace(session with { After = after, Completed = true });
    }

    private Session LatestSession() =>
        History.Sessions.IsEmpty ? throw new InvalidOperationException("No session has been started.") : History.Sessions[^1];

    private Advice Replace(Session latest)
    {
        History = History with { Sessions = History.Sessions.SetItem(History.Sessions.Length - 1, latest) };
        return Advise();
    }
}
