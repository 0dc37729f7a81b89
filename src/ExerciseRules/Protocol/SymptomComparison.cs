using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// The protocol's comparison of two symptom states. Location decides first: moving down the leg is worse and
/// moving toward the back is better, whatever the pain number does. Where the location did not move, or is not
/// reported on both sides, pain decides: a rise of at least <c>IntensifyingPainDelta</c> is worse, a fall of at
/// least one point is better. Anything else is the same; with nothing to compare the change is unknown.
/// </summary>
public static class SymptomComparison
{
    /// <summary>Compares the symptoms now with the symptoms before.</summary>
    /// <param name="beforePain">The pain reported before, if any.</param>
    /// <param name="beforeLocation">The location reported before, if any.</param>
    /// <param name="nowPain">The pain reported now, if any.</param>
    /// <param name="nowLocation">The location reported now, if any.</param>
    /// <param name="intensifyingPainDelta">The rise in pain that counts as worse (at least 1).</param>
    /// <returns>The change.</returns>
    public static SymptomChange Compare(
        int? beforePain,
        SymptomLocation? beforeLocation,
        int? nowPain,
        SymptomLocation? nowLocation,
        int intensifyingPainDelta)
    {
        var locationCompared = false;
        if (nowLocation is { } now && beforeLocation is { } before)
        {
            if (now > before)
            {
                return SymptomChange.Worse;
            }

            if (now < before)
            {
                return SymptomChange.Better;
            }

            locationCompared = true;
        }

        if (nowPain is { } painNow && beforePain is { } painBefore)
        {
            var rise = painNow - painBefore;
            if (rise >= intensifyingPainDelta)
            {
                return SymptomChange.Worse;
            }

            return rise <= -1 ? SymptomChange.Better : SymptomChange.Same;
        }

        return locationCompared ? SymptomChange.Same : SymptomChange.Unknown;
    }

    /// <summary>Gets whether the location moved down the leg.</summary>
    /// <param name="before">The location before, if reported.</param>
    /// <param name="now">The location now, if reported.</param>
    /// <returns><see langword="true"/> only if both are reported and <paramref name="now"/> is more distal.</returns>
    public static bool Peripheralised(SymptomLocation? before, SymptomLocation? now) =>
        now is { } n && before is { } b && n > b;
}
