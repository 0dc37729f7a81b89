using System.Collections.Immutable;
using System.Text;

namespace ExerciseRules.Model;

/// <summary>
/// One session: a set of one exercise, with the symptoms before it, its reps in time order, and the symptoms after it.
/// </summary>
/// <remarks>
/// Two sessions are equal when all their values are equal, reps compared in order. A session counts as open
/// while <see cref="Completed"/> is <see langword="false"/> and its last activity is recent (see
/// <see cref="ProtocolOptions.SessionTimeout"/>).
/// </remarks>
public sealed record Session
{
    private readonly ImmutableArray<Rep> _reps = [];

    /// <summary>Creates a session.</summary>
    /// <param name="exercise">The exercise of the set.</param>
    /// <param name="startedAt">When the session started.</param>
    /// <param name="reps">The reps done so far, in time order; <see langword="default"/> means none.</param>
    /// <param name="completed">Whether the person finished the set.</param>
    /// <param name="before">Symptoms reported before the set, if any.</param>
    /// <param name="after">Symptoms reported after the set, if any.</param>
    public Session(
        Exercise exercise,
        DateTimeOffset startedAt,
        ImmutableArray<Rep> reps = default,
        bool completed = false,
        SymptomReport? before = null,
        SymptomReport? after = null)
    {
        Exercise = exercise;
        StartedAt = startedAt;
        Reps = reps;
        Completed = completed;
        Before = before;
        After = after;
    }

    /// <summary>Gets the exercise of the set.</summary>
    public Exercise Exercise { get; init; }

    /// <summary>Gets when the session started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets the symptoms reported before the set, or <see langword="null"/> when none were reported.</summary>
    public SymptomReport? Before { get; init; }

    /// <summary>Gets the reps of the set in time order (never default; empty when none were done).</summary>
    public ImmutableArray<Rep> Reps
    {
        get => _reps;
        init => _reps = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the symptoms reported after the set, or <see langword="null"/> when none were reported.</summary>
    public SymptomReport? After { get; init; }

    /// <summary>Gets whether the person finished the set.</summary>
    public bool Completed { get; init; }

    /// <inheritdoc />
    public bool Equals(Session? other) =>
        other is not null
        && Exercise == other.Exercise
        && StartedAt.Equals(other.StartedAt)
        && Equals(Before, other.Before)
        && Reps.AsSpan().SequenceEqual(other.Reps.AsSpan())
        && Equals(After, other.After)
        && Completed == other.Completed;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Exercise, StartedAt, Before, Reps.Length, After, Completed);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Exercise = ").Append(Exercise)
            .Append(", StartedAt = ").Append(StartedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Before = ").Append(Before)
            .Append(", Reps = [").AppendJoin(", ", Reps).Append(']')
            .Append(", After = ").Append(After)
            .Append(", Completed = ").Append(Completed);
        return true;
    }
}
