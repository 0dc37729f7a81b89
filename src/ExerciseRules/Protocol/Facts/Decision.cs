using System.ComponentModel;
using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// Derived fact: the decision of the decide stage. The first decide rule to fire inserts it; the rest then do not
/// fire, because each requires that no decision exists yet.
/// </summary>
/// <param name="Step">The next step.</param>
[DisplayName("decision")]
public sealed record Decision(AdviceStep Step)
{
    private readonly ImmutableArray<RedFlag> _redFlags = [];

    /// <summary>Gets how soon the person should get help from someone else.</summary>
    public Urgency Urgency { get; init; }

    /// <summary>Gets the exercise the step is about, when one is.</summary>
    public Exercise? Exercise { get; init; }

    /// <summary>Gets the target range of the next rep, when one applies.</summary>
    public double? TargetRange { get; init; }

    /// <summary>Gets the seconds to rest before the next rep, when a rest applies.</summary>
    public int? RestSeconds { get; init; }

    /// <summary>Gets the reps done in the set, for steps within a set.</summary>
    public int? RepsDone { get; init; }

    /// <summary>Gets the reps the set still allows, for steps within a set.</summary>
    public int? RepsRemaining { get; init; }

    /// <summary>Gets when the next session is due, when it applies.</summary>
    public DateTimeOffset? NextSessionDue { get; init; }

    /// <summary>Gets the red flags behind a <see cref="AdviceStep.SeekUrgentCare"/> decision (empty otherwise).</summary>
    public ImmutableArray<RedFlag> RedFlags
    {
        get => _redFlags;
        init => _redFlags = value.IsDefault ? [] : value;
    }

    /// <inheritdoc />
    public bool Equals(Decision? other) =>
        other is not null && Step == other.Step && Urgency == other.Urgency && Exercise == other.Exercise
        && TargetRange == other.TargetRange && RestSeconds == other.RestSeconds && RepsDone == other.RepsDone
        && RepsRemaining == other.RepsRemaining && NextSessionDue == other.NextSessionDue
        && RedFlags.SequenceEqual(other.RedFlags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Step, Urgency, Exercise, TargetRange, RepsDone, NextSessionDue);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Step = ").Append(Step).Append(", Urgency = ").Append(Urgency)
            .Append(", Exercise = ").Append(Exercise).Append(", TargetRange = ").Append(Formats.Of(TargetRange))
            .Append(", RestSeconds = ").Append(RestSeconds).Append(", RepsDone = ").Append(RepsDone)
            .Append(", RepsRemaining = ").Append(RepsRemaining).Append(", NextSessionDue = ").Append(Formats.Of(NextSessionDue))
            .Append(", RedFlags = [").AppendJoin(", ", RedFlags).Append(']');
        return true;
    }
}
