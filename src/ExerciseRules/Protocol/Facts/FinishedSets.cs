using System.ComponentModel;
using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// Input fact: what the finished sets of the history say for progression (every session except one still open).
/// </summary>
[DisplayName("finished sets")]
public sealed record FinishedSets
{
    /// <summary>How many exercises there are (<see cref="Exercise"/> runs from 0 to <see cref="Exercise.PressUp"/>; a test holds it to the enum). A constant: Enum.GetValues allocated and reflected on every advice.</summary>
    internal const int ExerciseCount = (int)Exercise.PressUp + 1;

    private readonly ImmutableArray<bool> _tolerated;
    private readonly ImmutableArray<double?> _lastToleratedRange;

    /// <summary>Creates the fact.</summary>
    /// <param name="last">The exercise and outcome of the last finished set, or <see langword="null"/> if none is finished.</param>
    /// <param name="tolerated">For each exercise (indexed by its value), whether any finished set of it was tolerated.</param>
    /// <param name="lastToleratedRange">For each exercise (indexed by its value), the last tolerated range of its most recent finished session, if any.</param>
    public FinishedSets((Exercise Exercise, SetOutcome Outcome)? last, ImmutableArray<bool> tolerated, ImmutableArray<double?> lastToleratedRange)
    {
        const int count = ExerciseCount;
        if (tolerated.IsDefault || tolerated.Length != count || lastToleratedRange.IsDefault || lastToleratedRange.Length != count)
        {
            throw new ArgumentException($"Both arrays should hold one value per exercise ({count}).");
        }

        Last = last;
        _tolerated = tolerated;
        _lastToleratedRange = lastToleratedRange;
    }

    /// <summary>Gets the exercise and outcome of the last finished set, or <see langword="null"/> if none is finished.</summary>
    public (Exercise Exercise, SetOutcome Outcome)? Last { get; }

    /// <summary>Gets whether any finished set of the exercise was tolerated.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <returns><see langword="true"/> if one was.</returns>
    public bool HasTolerated(Exercise exercise) => _tolerated[(int)exercise];

    /// <summary>Gets the range of the last rep that was not worse in the most recent finished session of the exercise.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <returns>The range, or <see langword="null"/> when there is no such session or rep, or no range was reported.</returns>
    public double? LastToleratedRangeOf(Exercise exercise) => _lastToleratedRange[(int)exercise];

    /// <inheritdoc />
    public bool Equals(FinishedSets? other) =>
        other is not null && Last == other.Last
        && _tolerated.SequenceEqual(other._tolerated) && _lastToleratedRange.SequenceEqual(other._lastToleratedRange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Last, _tolerated[0], _tolerated[^1]);

    /// <inheritdoc />
    public override string ToString() =>
        $"FinishedSets {{ Last = {(Last is { } l ? $"{l.Exercise} {l.Outcome}" : "none")}, Tolerated = [{string.Join(", ", Enum.GetValues<Exercise>().Where(HasTolerated))}] }}";
}
