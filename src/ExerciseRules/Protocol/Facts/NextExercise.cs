using System.ComponentModel;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>Derived fact: the exercise of the next new set, chosen by progression (rule 14), and its start target.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="StartRange">The target range of its first rep, or <see langword="null"/> when no range applies (a lying position with no range reported).</param>
[DisplayName("next exercise")]
public sealed record NextExercise(Exercise Exercise, double? StartRange)
{
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Exercise = ").Append(Exercise).Append(", StartRange = ").Append(Formats.Of(StartRange));
        return true;
    }
}
