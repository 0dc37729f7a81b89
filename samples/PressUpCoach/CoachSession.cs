using ExerciseRules;
using ExerciseRules.Model;

namespace PressUpCoach;

/// <summary>
/// One person's episode, kept in memory by the library's <see cref="AdviceTracker"/>: every event (a set started, a
/// rep done, a set finished) is recorded and the next step is advised at once, at a cost that does not grow with
/// the history, as a host app would do it.
/// </summary>
public sealed class CoachSession
{
    private readonly AdviceTracker _tracker;
    private readonly TimeProvider _clock;

    /// <summary>Creates a session.</summary>
    /// <param name="advisor">The advisor (its protocol options are the ones in force).</param>
    /// <param name="clock">The clock that stamps events and is the moment of advice.</param>
    /// <param name="history">The history so far; empty when left out.</param>
    /// <exception cref="ExerciseRules.Validation.InvalidInputException">The history is not valid; the message lists every problem.</exception>
    public CoachSession(Advisor advisor, TimeProvider clock, History? history = null)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _tracker = history is null ? new AdviceTracker(advisor) : AdviceTracker.FromHistory(advisor, history).GetValueOrThrow();
    }

    /// <summary>Gets the history so far (a copy, built on each call).</summary>
    public History History => _tracker.ToHistory();

    /// <summary>Gets the symptoms recorded when self-treatment started, if any.</summary>
    public SymptomReport? Baseline => _tracker.Baseline;

    /// <summary>Gets the exercise of the latest session, if there is one.</summary>
    public Exercise? LatestExercise => _tracker.LatestSession?.Exercise;

    /// <summary>Gets the protocol options in force.</summary>
    public ProtocolOptions Options => _tracker.Advisor.Options;

    /// <summary>Gets the current moment, in the clock's local time zone (so the advice's times read as local times).</summary>
    public DateTimeOffset Now => _clock.GetLocalNow();

    /// <summary>Gets the number of reps in the latest session.</summary>
    public int RepsInLatestSession => _tracker.LatestSession?.Reps.Length ?? 0;

    /// <summary>Gets the advice for the history as it stands.</summary>
    /// <returns>The advice.</returns>
    public Advice Advise() => Checked(_tracker.Advise(Now));

    /// <summary>Records the symptoms when self-treatment starts.</summary>
    /// <param name="baseline">The symptoms.</param>
    public void SetBaseline(SymptomReport baseline) => Checked(_tracker.SetBaseline(baseline, Now));

    /// <summary>Starts a session now: records any red flags and the symptoms before the set.</summary>
    /// <param name="exercise">The exercise of the set.</param>
    /// <param name="before">The symptoms before the set.</param>
    /// <param name="redFlags">Red flags reported since the last session (may be empty).</param>
    /// <returns>The advice.</returns>
    public Advice StartSession(Exercise exercise, SymptomReport before, IEnumerable<RedFlag> redFlags)
    {
        var now = Now;
        foreach (var flag in redFlags.Distinct().Where(f => !_tracker.RedFlags.Contains(f)).ToList())
        {
            Checked(_tracker.ReportRedFlag(flag, now));
        }

        return Checked(_tracker.StartSession(exercise, now, before, now));
    }

    /// <summary>Records a rep of the latest session, done now.</summary>
    /// <param name="rep">The rep (its time is set to now).</param>
    /// <returns>The advice.</returns>
    public Advice AddRep(Rep rep)
    {
        ArgumentNullException.ThrowIfNull(rep);
        var now = Now;
        return Checked(_tracker.AddRep(rep with { At = now }, now));
    }

    /// <summary>Finishes the latest session: records the symptoms after it and marks it completed.</summary>
    /// <param name="after">The symptoms after the set.</param>
    /// <returns>The advice.</returns>
    public Advice FinishSession(SymptomReport after) => Checked(_tracker.FinishSession(after, completed: true, Now));

    // The coach asks for every value itself and keeps to the rules of the wire format, so invalid input here is a
    // bug in the coach: throw with every problem rather than show anything.
    private static Advice Checked(AdviceResult result) => result.GetAdviceOrThrow();
}
