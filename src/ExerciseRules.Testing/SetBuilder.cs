using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Testing;

/// <summary>
/// Builds the reps of one session and says how it ended. A set is open (not completed) until
/// <see cref="Finish"/>. A short-lived, mutable helper of <see cref="ScenarioBuilder"/>.
/// </summary>
/// <example>
/// <code>
/// s =&gt; s.Rep(0.4, 5, Buttock, durationSeconds: 4).Rep(0.5, 6, Buttock).Finish(after: (5, Buttock))
/// </code>
/// </example>
public sealed class SetBuilder
{
    private readonly ImmutableArray<Rep>.Builder _reps = ImmutableArray.CreateBuilder<Rep>();
    private readonly SymptomReport? _before;
    private SymptomReport? _after;
    private bool _completed;
    private TimeSpan? _repInterval;

    internal SetBuilder(Exercise exercise, DateTimeOffset startedAt, SymptomReport? before)
    {
        Exercise = exercise;
        StartedAt = startedAt;
        _before = before;
    }

    /// <summary>Gets the exercise of the set.</summary>
    public Exercise Exercise { get; }

    /// <summary>Gets when the set started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Gets the number of reps added so far.</summary>
    public int Count => _reps.Count;

    /// <summary>
    /// Adds a rep and the symptoms after it. Leave out what was not reported: a rep without pain and location has
    /// unknown symptoms.
    /// </summary>
    /// <param name="range">How far, as a fraction 0..1 of full range (required for the press-up).</param>
    /// <param name="pain">Pain after the rep, 0–10.</param>
    /// <param name="location">The most distal location after the rep.</param>
    /// <param name="durationSeconds">How long the rep took.</param>
    /// <param name="afterStart">When the rep was done, as the time since the set started.</param>
    /// <param name="at">When the rep was done, as an absolute time (instead of <paramref name="afterStart"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Both <paramref name="afterStart"/> and <paramref name="at"/> are given.</exception>
    public SetBuilder Rep(double? range = null, int? pain = null, SymptomLocation? location = null, double? durationSeconds = null, TimeSpan? afterStart = null, DateTimeOffset? at = null)
    {
        if (afterStart is not null && at is not null)
        {
            throw new ArgumentException("Give the time of a rep once: afterStart or at, not both.", nameof(at));
        }

        _reps.Add(new Rep(range, pain, location, durationSeconds, at ?? (StartedAt + afterStart)));
        return this;
    }

    /// <summary>Adds reps that are all the same.</summary>
    /// <param name="count">How many.</param>
    /// <param name="range">The range of each.</param>
    /// <param name="pain">The pain after each.</param>
    /// <param name="location">The location after each.</param>
    /// <param name="durationSeconds">How long each took.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public SetBuilder Reps(int count, double? range = null, int? pain = null, SymptomLocation? location = null, double? durationSeconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            Rep(range, pain, location, durationSeconds);
        }

        return this;
    }

    /// <summary>
    /// Gives every rep without a time one: the n-th rep at <see cref="StartedAt"/> + n × <paramref name="interval"/>.
    /// Rep times keep a set open (its last activity is its last rep) and make it end later.
    /// </summary>
    /// <param name="interval">The time between reps.</param>
    /// <returns>This builder.</returns>
    public SetBuilder RepsEvery(TimeSpan interval)
    {
        _repInterval = interval;
        return this;
    }

    /// <summary>Sets the symptoms reported after the set, without finishing it.</summary>
    /// <param name="pain">Pain 0–10, or <see langword="null"/>.</param>
    /// <param name="location">The most distal location, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public SetBuilder After(int? pain, SymptomLocation? location = null)
    {
        _after = new SymptomReport(pain, location);
        return this;
    }

    /// <summary>Marks the set finished (<c>completed</c>), with the symptoms after it if given.</summary>
    /// <param name="after">The symptoms after the set, e.g. <c>(4, Buttock)</c>.</param>
    /// <returns>This builder.</returns>
    public SetBuilder Finish((int? Pain, SymptomLocation? Location)? after = null)
    {
        _completed = true;
        if (after is { } a)
        {
            _after = new SymptomReport(a.Pain, a.Location);
        }

        return this;
    }

    internal Session Build()
    {
        var reps = _reps.ToImmutable();
        if (_repInterval is { } interval)
        {
            reps = [.. reps.Select((r, i) => r.At is null ? r with { At = StartedAt + ((i + 1) * interval) } : r)];
        }

        return new Session(Exercise, StartedAt, reps, _completed, _before, _after);
    }
}
