using System.ComponentModel;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>Input fact: the last session of the history (open or finished) and what its reps say.</summary>
/// <param name="Session">The session, as given.</param>
/// <param name="Measures">Its reps measured against the symptoms before each.</param>
/// <param name="LastActivity">The latest time known for it: its start, or its latest rep time.</param>
/// <param name="IdleFor">The time from <paramref name="LastActivity"/> to the moment of advice.</param>
[DisplayName("latest session")]
public sealed record LatestSession(Session Session, SetMeasures Measures, DateTimeOffset LastActivity, TimeSpan IdleFor)
{
    /// <summary>Gets the session's exercise.</summary>
    public Exercise Exercise => Session.Exercise;

    /// <summary>Gets the number of reps done in the session.</summary>
    public int RepsDone => Session.Reps.Length;

    /// <inheritdoc />
    public override string ToString() =>
        $"LatestSession {{ Exercise = {Exercise}, RepsDone = {RepsDone}, Completed = {Session.Completed}, LastActivity = {LastActivity:O}, IdleFor = {IdleFor} }}";
}
