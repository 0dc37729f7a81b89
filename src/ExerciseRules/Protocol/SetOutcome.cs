namespace ExerciseRules.Protocol;

/// <summary>How a finished set went, which decides the exercise of the next set.</summary>
public enum SetOutcome
{
    /// <summary>Neither tolerated nor stopped for worsening: the next set stays with the same exercise.</summary>
    Neither = 0,

    /// <summary>
    /// A completed set of at least <c>MinReps</c> whose last rep was not worse and whose after-set symptoms were
    /// not worse than before it: the next set may advance to the next exercise.
    /// </summary>
    Tolerated = 1,

    /// <summary>
    /// The set ended with the keeps-worsening pattern, or its after-set symptoms were worse than before it:
    /// the next set steps back one exercise.
    /// </summary>
    StoppedForWorsening = 2,
}
