namespace ExerciseRules.Model;

/// <summary>
/// The numbers of the press-up protocol: reps, range steps, days and intervals. Plain data that a host may load
/// from JSON or configuration; every default is the bracketed value of the protocol reference (PROTOCOL.md).
/// </summary>
/// <remarks>
/// Change only what you need with a <see langword="with"/> expression, e.g.
/// <c>ProtocolOptions.Default with { MaxReps = 12 }</c>. Options are checked by
/// <see cref="Validation.ProtocolOptionsValidator"/> before any advice is given; an advisor built from invalid
/// options throws <see cref="Validation.InvalidProtocolOptionsException"/> listing every problem.
/// </remarks>
public sealed record ProtocolOptions
{
    /// <summary>Gets the options with every default of the protocol.</summary>
    public static ProtocolOptions Default { get; } = new();

    /// <summary>Gets how many points pain must rise, against the last report before a rep, for the rep to count as worse. Default 1.</summary>
    public int IntensifyingPainDelta { get; init; } = 1;

    /// <summary>Gets how many points below the baseline the latest pain must be for the person to count as improved. Default 2.</summary>
    public int ImprovementPoints { get; init; } = 2;

    /// <summary>Gets the percentage below the baseline the latest pain must reach for the person to count as improved. Default 30.</summary>
    public int ImprovementPercent { get; init; } = 30;

    /// <summary>Gets the days of regular exercise after which pain that has not improved means contacting the therapist. Default 3.</summary>
    public int PersistDays { get; init; } = 3;

    /// <summary>Gets how many sessions in each 24-hour window count as exercising regularly. Default 3.</summary>
    public int MinSessionsPerDay { get; init; } = 3;

    /// <summary>Gets the days after which pain that has not improved means contacting the therapist, regular or not. Default 14.</summary>
    public int ReviewDays { get; init; } = 14;

    /// <summary>Gets how many worse reps in a row stop the set. Default 3.</summary>
    public int ConsecutiveWorseLimit { get; init; } = 3;

    /// <summary>Gets the most reps in a set. Default 15.</summary>
    public int MaxReps { get; init; } = 15;

    /// <summary>Gets the reps after which a set may finish once a rep is no longer better. Default 10.</summary>
    public int MinReps { get; init; } = 10;

    /// <summary>
    /// Gets the pain (0–10 Numeric Rating Scale) at or above which a rep counts as severe pain: after such a rep that
    /// was the same or better, the next rep holds the last range and never goes further (rule 9). Default 8.
    /// </summary>
    public int SeverePain { get; init; } = 8;

    /// <summary>Gets the seconds to rest, lying down, after a rep that made the symptoms worse. Default 5.</summary>
    public int RestSeconds { get; init; } = 5;

    /// <summary>Gets the smallest target range (fraction of full range) the protocol asks for. Default 0.1.</summary>
    public double MinRange { get; init; } = 0.1;

    /// <summary>Gets how much the target range changes from one rep to the next (fraction of full range). Default 0.1.</summary>
    public double RangeStep { get; init; } = 0.1;

    /// <summary>Gets the target range of the first rep of a set (fraction of full range). Default 0.3.</summary>
    public double StartRange { get; init; } = 0.3;

    /// <summary>Gets the time from the end of one session until the next is due. Default 2 hours.</summary>
    public TimeSpan SessionInterval { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Gets how long after its last activity an unfinished session stops counting as open. Default 30 minutes.</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets the fewest seconds a rep should take; quicker reps get a reminder to move slowly. Default 2.</summary>
    public double MinRepSeconds { get; init; } = 2;

    /// <summary>
    /// Gets whether a person must tolerate each exercise before the next (lying, then on the elbows, then the
    /// press-up). Default <see langword="true"/>. When <see langword="false"/>, a new episode starts with the
    /// press-up and only the outcome of the last set moves between exercises.
    /// </summary>
    public bool RequireProgression { get; init; } = true;
}
