namespace ExerciseRules.Model;

/// <summary>
/// What a person reports about their symptoms at one moment: how much it hurts and how far down it reaches.
/// Either part may be missing; a missing part is unknown, never assumed.
/// </summary>
/// <param name="Pain">Pain on the 0–10 Numeric Rating Scale (0 = no pain, 10 = the worst imaginable), or <see langword="null"/> when not reported.</param>
/// <param name="Location">The most distal place the symptoms reach, or <see langword="null"/> when not reported.</param>
public sealed record SymptomReport(int? Pain = null, SymptomLocation? Location = null)
{
    /// <summary>The lowest value of the pain scale.</summary>
    public const int MinPain = 0;

    /// <summary>The highest value of the pain scale.</summary>
    public const int MaxPain = 10;

    /// <summary>Gets whether the report says anything at all (a pain value or a location).</summary>
    public bool IsReported => Pain.HasValue || Location.HasValue;
}
