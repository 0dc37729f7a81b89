namespace ExerciseRules.Model;

/// <summary>
/// One repetition of an exercise and the symptoms felt after it.
/// </summary>
/// <param name="Range">
/// How far the person went, as a fraction (0..1) of the exercise's full range; for <see cref="Exercise.PressUp"/>,
/// of full elbow extension with the pelvis down. Required for <see cref="Exercise.PressUp"/>, optional for the
/// two lying positions.
/// </param>
/// <param name="Pain">Pain after the rep on the 0–10 Numeric Rating Scale, or <see langword="null"/> when not reported.</param>
/// <param name="Location">The most distal place the symptoms reach after the rep, or <see langword="null"/> when not reported.</param>
/// <param name="DurationSeconds">How long the rep took, in seconds, or <see langword="null"/> when not measured.</param>
/// <param name="At">When the rep was done, or <see langword="null"/> when not recorded.</param>
public sealed record Rep(
    double? Range = null,
    int? Pain = null,
    SymptomLocation? Location = null,
    double? DurationSeconds = null,
    DateTimeOffset? At = null)
{
    /// <summary>Gets the symptoms reported after this rep.</summary>
    public SymptomReport Symptoms => new(Pain, Location);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Range = ").Append(Formats.Of(Range)).Append(", Pain = ").Append(Pain).Append(", Location = ").Append(Location)
            .Append(", DurationSeconds = ").Append(Formats.Of(DurationSeconds)).Append(", At = ").Append(Formats.Of(At));
        return true;
    }
}
