using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>Derived fact: the exercise of the next new set, chosen by progression (rule 14), and its start target.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="StartRange">The target range of its first rep, or <see langword="null"/> when no range applies (a lying position with no range reported).</param>
public sealed record NextExercise(Exercise Exercise, double? StartRange);
