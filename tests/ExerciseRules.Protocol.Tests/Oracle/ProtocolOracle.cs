using ExerciseRules.Model;

namespace ExerciseRules.Protocol.Tests.Oracle;

/// <summary>What the oracle decides: the step, its urgency, the exercise, the target range, and which row of the table chose it.</summary>
/// <param name="Step">The step.</param>
/// <param name="Urgency">The urgency.</param>
/// <param name="Exercise">The exercise the step is about (null for rows 1–4).</param>
/// <param name="TargetRange">The target range of the next rep, or null when none applies.</param>
/// <param name="Row">The row of PROTOCOL.md's decision table that chose the step, e.g. "7".</param>
public sealed record OracleAdvice(AdviceStep Step, Urgency Urgency, Exercise? Exercise, double? TargetRange, string Row);

/// <summary>How a rep (or a set's after-symptoms) compares with the last state reported before it.</summary>
public enum Response
{
    /// <summary>Nothing to compare: the rep or everything before it reported nothing.</summary>
    Unknown,

    /// <summary>Moved distally, or pain rose by at least intensifyingPainDelta.</summary>
    Worse,

    /// <summary>Neither worse nor better.</summary>
    Same,

    /// <summary>Moved centrally, or pain fell by at least 1.</summary>
    Better,
}

/// <summary>
/// A second, plain implementation of PROTOCOL.md (derived facts and decision rows 1–14), written from the text
/// and from docs/protocol-decisions.md (cited as "D1".."D21"), without the rule engine. It exists to be checked
/// line by line against the table and to be compared with the engine on generated histories. It assumes the
/// history is valid for <c>now</c>.
/// </summary>
public static class ProtocolOracle
{
    private static readonly RedFlag[] EmergencyFlags = [RedFlag.SaddleNumbness, RedFlag.BladderOrBowelChange, RedFlag.ProgressiveLegWeakness];

    /// <summary>Decides the next step.</summary>
    /// <param name="history">A valid history.</param>
    /// <param name="now">The moment of advice (no time in the history is later).</param>
    /// <param name="o">Valid protocol options.</param>
    /// <returns>The decision.</returns>
    public static OracleAdvice Advise(History history, DateTimeOffset now, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(o);
        var sessions = history.Sessions;

        // Row 1: red flag, emergency.
        if (history.RedFlags.Any(f => EmergencyFlags.Contains(f)))
        {
            return new(AdviceStep.SeekUrgentCare, Urgency.Emergency, null, null, "1");
        }

        // Row 2: red flag, urgent (every other flag).
        if (history.RedFlags.Length > 0)
        {
            return new(AdviceStep.SeekUrgentCare, Urgency.Urgent, null, null, "2");
        }

        // Rows 3 and 4 need a first session and a known "not improved" (unknown never fires, D7).
        if (sessions.Length > 0 && Improved(history, o) == false)
        {
            var sinceFirst = now - sessions[0].StartedAt; // D10: to the tick
            if (sinceFirst >= TimeSpan.FromDays(o.PersistDays) && Regular(history, now, o))
            {
                return new(AdviceStep.ContactTherapist, Urgency.Routine, null, null, "3");
            }

            if (sinceFirst >= TimeSpan.FromDays(o.ReviewDays))
            {
                return new(AdviceStep.ContactTherapist, Urgency.Routine, null, null, "4");
            }
        }

        // The set under way: the latest session, while it is open.
        var latest = sessions.Length > 0 ? sessions[^1] : null;
        if (latest is not null && IsOpen(latest, now, o))
        {
            var finished = sessions[..^1];
            if (latest.Reps.Length > 0)
            {
                return InSet(latest, o);
            }

            // Row 12: an open session with no reps. D12: its own exercise unless progression allows less.
            var allowed = NextExercise(finished, o);
            var exercise = (Exercise)Math.Min((int)latest.Exercise, (int)allowed);
            return new(AdviceStep.StartSet, Urgency.None, exercise, StartTarget(exercise, finished, o), "12");
        }

        // Row 13: no session open. Due = the last session's end (D16: its last activity) + sessionInterval; a due
        // time past the end of the calendar is the end of the calendar (D23), which is never before now.
        var next = NextExercise(sessions, o);
        if (latest is not null && now.UtcTicks < LastActivity(latest).UtcTicks + o.SessionInterval.Ticks)
        {
            return new(AdviceStep.NextSession, Urgency.None, next, null, "13");
        }

        return new(AdviceStep.StartSet, Urgency.None, next, StartTarget(next, sessions, o), "13");
    }

    /// <summary>Rows 5–11: the latest session is open and has at least one rep.</summary>
    private static OracleAdvice InSet(Session set, ProtocolOptions o)
    {
        var responses = Responses(set, o);
        var last = set.Reps[^1];
        var lastResponse = responses[^1];
        var reps = set.Reps.Length;

        // Row 5: consecutiveWorseLimit worse reps in a row at the end, or the last 2 both peripheralised.
        if (EndsWorsening(set, responses, o))
        {
            return new(AdviceStep.StopSet, Urgency.None, set.Exercise, null, "5");
        }

        // Row 6 (D2): maxReps reached whatever the response; or minReps reached and the last rep known and not better.
        if (reps >= o.MaxReps || (reps >= o.MinReps && lastResponse is Response.Same or Response.Worse))
        {
            return new(AdviceStep.FinishSet, Urgency.None, set.Exercise, null, "6");
        }

        // Row 7: last rep worse. D3: never further than the last rep.
        if (lastResponse == Response.Worse)
        {
            double? target = last.Range is { } r ? Math.Min(r, Math.Max(o.MinRange, r - o.RangeStep)) : null;
            return new(AdviceStep.ReduceRange, Urgency.None, set.Exercise, target, "7");
        }

        // Row 8: last rep reported nothing comparable. D4: hold the last range as it is.
        if (lastResponse == Response.Unknown)
        {
            return new(AdviceStep.HoldRange, Urgency.None, set.Exercise, last.Range, "8");
        }

        // Row 9: same or better, but the rep's own pain is severe: hold the last range as it is (no target without one).
        if (last.Pain >= o.SeverePain)
        {
            return new(AdviceStep.HoldRange, Urgency.None, set.Exercise, last.Range, "9");
        }

        // Rows 10–11: same or better. A lying position without a range still progresses, with no target.
        if (last.Range is not { } range)
        {
            return new(AdviceStep.ProgressRange, Urgency.None, set.Exercise, null, "10");
        }

        if (range < 1)
        {
            // D5: min(1, last + rangeStep), and at least minRange.
            return new(AdviceStep.ProgressRange, Urgency.None, set.Exercise, Math.Max(o.MinRange, Math.Min(1, range + o.RangeStep)), "10");
        }

        return new(AdviceStep.HoldRange, Urgency.None, set.Exercise, 1.0, "11");
    }

    /// <summary>The rule-5 pattern at the end of a set.</summary>
    public static bool EndsWorsening(Session set, IReadOnlyList<Response> responses, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(o);
        var worseInARow = 0;
        for (var i = responses.Count - 1; i >= 0 && responses[i] == Response.Worse; i--)
        {
            worseInARow++;
        }

        var n = set.Reps.Length;
        var twoPeripheralised = n >= 2 && Peripheralised(set, n - 1) && Peripheralised(set, n - 2);
        return worseInARow >= o.ConsecutiveWorseLimit || twoPeripheralised;
    }

    /// <summary>The response of every rep of a set (D1: pain and location each against their own last report).</summary>
    public static IReadOnlyList<Response> Responses(Session set, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(o);
        var result = new Response[set.Reps.Length];
        var pain = set.Before?.Pain;
        var location = set.Before?.Location;
        for (var i = 0; i < set.Reps.Length; i++)
        {
            var rep = set.Reps[i];
            result[i] = Compare(pain, location, rep.Pain, rep.Location, o);
            pain = rep.Pain ?? pain;
            location = rep.Location ?? location;
        }

        return result;
    }

    /// <summary>The rep response rule of the derived-facts table.</summary>
    public static Response Compare(int? painBefore, SymptomLocation? locationBefore, int? pain, SymptomLocation? location, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (pain is null && location is null)
        {
            return Response.Unknown; // the rep reported nothing
        }

        if (painBefore is null && locationBefore is null)
        {
            return Response.Unknown; // everything before it reported nothing
        }

        // Location decides first.
        if (location is { } now && locationBefore is { } then && now != then)
        {
            return now > then ? Response.Worse : Response.Better;
        }

        // Where it did not move (or is not reported), pain decides.
        if (pain is { } p && painBefore is { } pb)
        {
            if (p - pb >= o.IntensifyingPainDelta)
            {
                return Response.Worse;
            }

            return pb - p >= 1 ? Response.Better : Response.Same;
        }

        // The location is known on both sides and did not move; the pain cannot be compared: same.
        // Nothing at all can be compared (e.g. pain before, location after): unknown, never a silent "same".
        return location is not null && locationBefore is not null ? Response.Same : Response.Unknown;
    }

    /// <summary>Rep <paramref name="i"/> moved the location distally against the last location reported before it.</summary>
    private static bool Peripheralised(Session set, int i)
    {
        if (set.Reps[i].Location is not { } location)
        {
            return false;
        }

        var before = set.Before?.Location;
        for (var j = 0; j < i; j++)
        {
            before = set.Reps[j].Location ?? before;
        }

        return before is { } b && location > b;
    }

    /// <summary>Open while not completed and its last activity is less than sessionTimeout ago.</summary>
    public static bool IsOpen(Session session, DateTimeOffset now, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(o);
        return !session.Completed && now - LastActivity(session) < o.SessionTimeout;
    }

    /// <summary>D16: the latest of startedAt and the reps' times.</summary>
    public static DateTimeOffset LastActivity(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var last = session.StartedAt;
        foreach (var rep in session.Reps)
        {
            if (rep.At is { } at && at > last)
            {
                last = at;
            }
        }

        return last;
    }

    /// <summary>
    /// improved (D6, D7): the latest pain and location reported in any session against the baseline. Location
    /// decides first; pain where the location did not move or is not known on both sides; null when unknown.
    /// </summary>
    public static bool? Improved(History history, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(o);
        if (history.Baseline is not { } baseline)
        {
            return null;
        }

        int? pain = null;
        SymptomLocation? location = null;
        foreach (var session in history.Sessions)
        {
            var reports = new List<(int? Pain, SymptomLocation? Location)> { (session.Before?.Pain, session.Before?.Location) };
            reports.AddRange(session.Reps.Select(r => (r.Pain, r.Location)));
            reports.Add((session.After?.Pain, session.After?.Location));
            foreach (var report in reports)
            {
                pain = report.Pain ?? pain;
                location = report.Location ?? location;
            }
        }

        if (baseline.Location is { } baselineLocation && location is { } latestLocation && latestLocation != baselineLocation)
        {
            return latestLocation < baselineLocation; // centralised = improved, spread = not improved
        }

        if (baseline.Pain is { } baselinePain && pain is { } latestPain)
        {
            // ≤ baseline − improvementPoints, or ≤ baseline × (1 − improvementPercent/100), in exact whole numbers.
            return latestPain <= baselinePain - o.ImprovementPoints
                || latestPain * 100 <= baselinePain * (100 - o.ImprovementPercent);
        }

        return null;
    }

    /// <summary>regular (D9): each of the last persistDays windows (now − (k+1)·24 h, now − k·24 h] holds ≥ minSessionsPerDay session starts.</summary>
    public static bool Regular(History history, DateTimeOffset now, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(o);
        for (var k = 0; k < o.PersistDays; k++)
        {
            var end = now - TimeSpan.FromDays(k);
            var start = end - TimeSpan.FromDays(1);
            if (history.Sessions.Count(s => s.StartedAt > start && s.StartedAt <= end) < o.MinSessionsPerDay)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>tolerated (D11): completed, ≥ minReps, last rep known and not worse, after known and not worse than before.</summary>
    public static bool Tolerated(Session set, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(o);
        return set.Completed
            && set.Reps.Length >= o.MinReps
            && Responses(set, o)[^1] is Response.Same or Response.Better
            && AfterAgainstBefore(set, o) is Response.Same or Response.Better;
    }

    /// <summary>Stopped for worsening: ends with the rule-5 pattern, or its after-symptoms are worse than before it.</summary>
    public static bool StoppedForWorsening(Session set, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(o);
        return (set.Reps.Length > 0 && EndsWorsening(set, Responses(set, o), o)) || AfterAgainstBefore(set, o) == Response.Worse;
    }

    private static Response AfterAgainstBefore(Session set, ProtocolOptions o) =>
        Compare(set.Before?.Pain, set.Before?.Location, set.After?.Pain, set.After?.Location, o);

    /// <summary>
    /// Row 14: the exercise of a new set, from the finished sessions. Advance after a tolerated set, step back after
    /// one stopped for worsening, else stay; then the gate (D13 for the first exercise without progression).
    /// </summary>
    public static Exercise NextExercise(IReadOnlyList<Session> finished, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentNullException.ThrowIfNull(o);
        Exercise choice;
        if (finished.Count == 0)
        {
            choice = o.RequireProgression ? Exercise.ProneLying : Exercise.PressUp;
        }
        else
        {
            var last = finished[^1];
            if (Tolerated(last, o))
            {
                choice = last.Exercise == Exercise.PressUp ? Exercise.PressUp : last.Exercise + 1;
            }
            else if (StoppedForWorsening(last, o))
            {
                choice = last.Exercise == Exercise.ProneLying ? Exercise.ProneLying : last.Exercise - 1;
            }
            else
            {
                choice = last.Exercise;
            }
        }

        if (o.RequireProgression)
        {
            bool WasTolerated(Exercise e) => finished.Any(s => s.Exercise == e && Tolerated(s, o));
            if (choice == Exercise.PressUp && !(WasTolerated(Exercise.ProneLying) && WasTolerated(Exercise.ProneOnElbows)))
            {
                choice = Exercise.ProneOnElbows;
            }

            if (choice == Exercise.ProneOnElbows && !WasTolerated(Exercise.ProneLying))
            {
                choice = Exercise.ProneLying;
            }
        }

        return choice;
    }

    /// <summary>
    /// Row 12's start target (D14, D15): the last tolerated range of the previous session of that exercise (the
    /// range of its last rep that reported a range and whose response was known and not worse), minus rangeStep,
    /// never below startRange; without one, startRange for the press-up and null for the lying positions.
    /// </summary>
    public static double? StartTarget(Exercise exercise, IReadOnlyList<Session> previous, ProtocolOptions o)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(o);
        var session = previous.LastOrDefault(s => s.Exercise == exercise);
        double? tolerated = null;
        if (session is not null)
        {
            var responses = Responses(session, o);
            for (var i = session.Reps.Length - 1; i >= 0; i--)
            {
                if (responses[i] is Response.Same or Response.Better && session.Reps[i].Range is not null)
                {
                    tolerated = session.Reps[i].Range;
                    break;
                }
            }
        }

        if (tolerated is { } t)
        {
            return Math.Max(o.StartRange, t - o.RangeStep);
        }

        return exercise == Exercise.PressUp ? o.StartRange : null;
    }
}
