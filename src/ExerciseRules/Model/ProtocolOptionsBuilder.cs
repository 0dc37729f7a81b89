namespace ExerciseRules.Model;

/// <summary>
/// A mutable copy of <see cref="ProtocolOptions"/>, for what needs settable properties: configuration binding
/// (<c>IConfiguration</c>, including its source generator) and JSON reading. Every property starts at the
/// protocol's default; <see cref="Build"/> gives the immutable options. Validation happens where options are
/// used (an <see cref="Advisor"/> rejects invalid options with every problem listed).
/// </summary>
public sealed class ProtocolOptionsBuilder
{
    /// <summary>Creates a builder holding every default of the protocol.</summary>
    public ProtocolOptionsBuilder()
        : this(ProtocolOptions.Default)
    {
    }

    /// <summary>Creates a builder holding the given options.</summary>
    /// <param name="options">The options to start from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ProtocolOptionsBuilder(ProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IntensifyingPainDelta = options.IntensifyingPainDelta;
        ImprovementPoints = options.ImprovementPoints;
        ImprovementPercent = options.ImprovementPercent;
        PersistDays = options.PersistDays;
        MinSessionsPerDay = options.MinSessionsPerDay;
        ReviewDays = options.ReviewDays;
        ConsecutiveWorseLimit = options.ConsecutiveWorseLimit;
        MaxReps = options.MaxReps;
        MinReps = options.MinReps;
        SeverePain = options.SeverePain;
        RestSeconds = options.RestSeconds;
        MinRange = options.MinRange;
        RangeStep = options.RangeStep;
        StartRange = options.StartRange;
        SessionInterval = options.SessionInterval;
        SessionTimeout = options.SessionTimeout;
        MinRepSeconds = options.MinRepSeconds;
        RequireProgression = options.RequireProgression;
    }

    /// <inheritdoc cref="ProtocolOptions.IntensifyingPainDelta"/>
    public int IntensifyingPainDelta { get; set; }

    /// <inheritdoc cref="ProtocolOptions.ImprovementPoints"/>
    public int ImprovementPoints { get; set; }

    /// <inheritdoc cref="ProtocolOptions.ImprovementPercent"/>
    public int ImprovementPercent { get; set; }

    /// <inheritdoc cref="ProtocolOptions.PersistDays"/>
    public int PersistDays { get; set; }

    /// <inheritdoc cref="ProtocolOptions.MinSessionsPerDay"/>
    public int MinSessionsPerDay { get; set; }

    /// <inheritdoc cref="ProtocolOptions.ReviewDays"/>
    public int ReviewDays { get; set; }

    /// <inheritdoc cref="ProtocolOptions.ConsecutiveWorseLimit"/>
    public int ConsecutiveWorseLimit { get; set; }

    /// <inheritdoc cref="ProtocolOptions.MaxReps"/>
    public int MaxReps { get; set; }

    /// <inheritdoc cref="ProtocolOptions.MinReps"/>
    public int MinReps { get; set; }

    /// <inheritdoc cref="ProtocolOptions.SeverePain"/>
    public int SeverePain { get; set; }

    /// <inheritdoc cref="ProtocolOptions.RestSeconds"/>
    public int RestSeconds { get; set; }

    /// <inheritdoc cref="ProtocolOptions.MinRange"/>
    public double MinRange { get; set; }

    /// <inheritdoc cref="ProtocolOptions.RangeStep"/>
    public double RangeStep { get; set; }

    /// <inheritdoc cref="ProtocolOptions.StartRange"/>
    public double StartRange { get; set; }

    /// <inheritdoc cref="ProtocolOptions.SessionInterval"/>
    public TimeSpan SessionInterval { get; set; }

    /// <inheritdoc cref="ProtocolOptions.SessionTimeout"/>
    public TimeSpan SessionTimeout { get; set; }

    /// <inheritdoc cref="ProtocolOptions.MinRepSeconds"/>
    public double MinRepSeconds { get; set; }

    /// <inheritdoc cref="ProtocolOptions.RequireProgression"/>
    public bool RequireProgression { get; set; }

    /// <summary>Gets the immutable options holding the builder's current values.</summary>
    /// <returns>The options (not validated).</returns>
    public ProtocolOptions Build() => new()
    {
        IntensifyingPainDelta = IntensifyingPainDelta,
        ImprovementPoints = ImprovementPoints,
        ImprovementPercent = ImprovementPercent,
        PersistDays = PersistDays,
        MinSessionsPerDay = MinSessionsPerDay,
        ReviewDays = ReviewDays,
        ConsecutiveWorseLimit = ConsecutiveWorseLimit,
        MaxReps = MaxReps,
        MinReps = MinReps,
        SeverePain = SeverePain,
        RestSeconds = RestSeconds,
        MinRange = MinRange,
        RangeStep = RangeStep,
        StartRange = StartRange,
        SessionInterval = SessionInterval,
        SessionTimeout = SessionTimeout,
        MinRepSeconds = MinRepSeconds,
        RequireProgression = RequireProgression,
    };
}
