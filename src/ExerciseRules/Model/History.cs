using System.Collections.Immutable;
using System.Text;

namespace ExerciseRules.Model;

/// <summary>
/// An episode of self-treatment: the symptoms when it started, any red flags reported, and every session in time order.
/// This is all the library knows about a person; advice is computed from it alone.
/// </summary>
/// <remarks>Two histories are equal when all their values are equal, lists compared in order.</remarks>
public sealed record History
{
    private readonly ImmutableArray<Session> _sessions = [];
    private readonly ImmutableArray<RedFlag> _redFlags = [];

    /// <summary>Creates a history.</summary>
    /// <param name="sessions">The sessions in time order; <see langword="default"/> means none.</param>
    /// <param name="baseline">The symptoms when self-treatment started, if known.</param>
    /// <param name="redFlags">The red flags the person has reported; <see langword="default"/> means none.</param>
    public History(
        ImmutableArray<Session> sessions = default,
        SymptomReport? baseline = null,
        ImmutableArray<RedFlag> redFlags = default)
    {
        Sessions = sessions;
        Baseline = baseline;
        RedFlags = redFlags;
    }

    /// <summary>Gets the symptoms when self-treatment started, or <see langword="null"/> when unknown.</summary>
    public SymptomReport? Baseline { get; init; }

    /// <summary>Gets the red flags the person has reported (never default; empty when none).</summary>
    public ImmutableArray<RedFlag> RedFlags
    {
        get => _redFlags;
        init => _redFlags = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the sessions in time order (never default; empty when none).</summary>
    public ImmutableArray<Session> Sessions
    {
        get => _sessions;
        init => _sessions = value.IsDefault ? [] : value;
    }

    /// <inheritdoc />
    public bool Equals(History? other) =>
        other is not null
        && Equals(Baseline, other.Baseline)
        && RedFlags.AsSpan().SequenceEqual(other.RedFlags.AsSpan())
        && Sessions.AsSpan().SequenceEqual(other.Sessions.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Baseline, RedFlags.Length, Sessions.Length);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Baseline = ").Append(Baseline)
            .Append(", RedFlags = [").AppendJoin(", ", RedFlags).Append(']')
            .Append(", Sessions = [").AppendJoin(", ", Sessions).Append(']');
        return true;
    }
}
