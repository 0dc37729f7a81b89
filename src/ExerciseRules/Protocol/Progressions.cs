using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>Rule 14: which exercise a new set should be.</summary>
public static class Progressions
{
    /// <summary>Gets the most advanced exercise the person may do: each one only after the ones before it were tolerated (unless <see cref="ProtocolOptions.RequireProgression"/> is off).</summary>
    /// <param name="finished">What the finished sets say.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns>The most advanced exercise allowed.</returns>
    public static Exercise MostAdvancedAllowed(FinishedSets finished, ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.RequireProgression)
        {
            return Exercise.PressUp;
        }

        if (!finished.HasTolerated(Exercise.ProneLying))
        {
            return Exercise.ProneLying;
        }

        return finished.HasTolerated(Exercise.ProneOnElbows) ? Exercise.PressUp : Exercise.ProneOnElbows;
    }

    /// <summary>
    /// Gets the exercise of the next new set: from the last finished set, advance after a tolerated set, step back
    /// after one stopped for worsening, else stay; with no finished set, the first exercise (or the press-up when
    /// progression is not required); never beyond <see cref="MostAdvancedAllowed"/>.
    /// </summary>
    /// <param name="finished">What the finished sets say.</param>
    /// <param name="options">The protocol options.</param>
    /// <returns>The exercise.</returns>
    public static Exercise Next(FinishedSets finished, ProtocolOptions options)
    {
        var allowed = MostAdvancedAllowed(finished, options);
        var wanted = finished.Last switch
        {
            null => options.RequireProgression ? Exercise.ProneLying : Exercise.PressUp,
            (var exercise, SetOutcome.Tolerated) => exercise == Exercise.PressUp ? exercise : exercise + 1,
            (var exercise, SetOutcome.StoppedForWorsening) => exercise == Exercise.ProneLying ? exercise : exercise - 1,
            (var exercise, _) => exercise,
        };
        return Min(wanted, allowed);
    }

    /// <summary>Gets the less advanced of two exercises.</summary>
    /// <param name="a">One exercise.</param>
    /// <param name="b">The other.</param>
    /// <returns>The one earlier in the progression.</returns>
    public static Exercise Min(Exercise a, Exercise b) => a <= b ? a : b;
}
