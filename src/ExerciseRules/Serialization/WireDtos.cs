using ExerciseRules.Engine;
using ExerciseRules.Model;

namespace ExerciseRules.Serialization;

// The wire format's shapes. Every property is nullable so that a missing required field becomes a validation
// error naming the field (with all the others) rather than a parser exception; the mapping to the model checks them.

internal sealed class HistoryDto
{
    public SymptomReportDto? Baseline { get; set; }

    public List<RedFlag>? RedFlags { get; set; }

    public List<SessionDto?>? Sessions { get; set; }
}

internal sealed class SymptomReportDto
{
    public int? Pain { get; set; }

    public SymptomLocation? Location { get; set; }
}

internal sealed class SessionDto
{
    public Exercise? Exercise { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public SymptomReportDto? Before { get; set; }

    public List<RepDto?>? Reps { get; set; }

    public SymptomReportDto? After { get; set; }

    public bool? Completed { get; set; }
}

internal sealed class RepDto
{
    public double? Range { get; set; }

    public int? Pain { get; set; }

    public SymptomLocation? Location { get; set; }

    public double? DurationSeconds { get; set; }

    public DateTimeOffset? At { get; set; }
}

internal sealed class AdviceDto
{
    public AdviceStep? Step { get; set; }

    public Exercise? Exercise { get; set; }

    public double? TargetRange { get; set; }

    public int? RestSeconds { get; set; }

    public int? RepsDone { get; set; }

    public int? RepsRemaining { get; set; }

    public DateTimeOffset? NextSessionDue { get; set; }

    public Urgency? Urgency { get; set; }

    public List<MessageDto>? Messages { get; set; }

    public List<FiredRuleDto>? FiredRules { get; set; }
}

internal sealed class MessageDto
{
    public string? Code { get; set; }

    public string? Text { get; set; }
}

internal sealed class FiredRuleDto
{
    public string? Name { get; set; }

    public RuleStage? Stage { get; set; }

    public int? Priority { get; set; }

    public string? Source { get; set; }
}

/// <summary>Options as read: every name optional, so what is left out keeps its default (source-generated reading would otherwise zero it).</summary>
internal sealed class ProtocolOptionsDto
{
    public int? IntensifyingPainDelta { get; set; }

    public int? ImprovementPoints { get; set; }

    public int? ImprovementPercent { get; set; }

    public int? PersistDays { get; set; }

    public int? MinSessionsPerDay { get; set; }

    public int? ReviewDays { get; set; }

    public int? ConsecutiveWorseLimit { get; set; }

    public int? MaxReps { get; set; }

    public int? MinReps { get; set; }

    public int? RestSeconds { get; set; }

    public double? MinRange { get; set; }

    public double? RangeStep { get; set; }

    public double? StartRange { get; set; }

    public TimeSpan? SessionInterval { get; set; }

    public TimeSpan? SessionTimeout { get; set; }

    public double? MinRepSeconds { get; set; }

    public bool? RequireProgression { get; set; }

    public ProtocolOptions Over(ProtocolOptions defaults) => defaults with
    {
        IntensifyingPainDelta = IntensifyingPainDelta ?? defaults.IntensifyingPainDelta,
        ImprovementPoints = ImprovementPoints ?? defaults.ImprovementPoints,
        ImprovementPercent = ImprovementPercent ?? defaults.ImprovementPercent,
        PersistDays = PersistDays ?? defaults.PersistDays,
        MinSessionsPerDay = MinSessionsPerDay ?? defaults.MinSessionsPerDay,
        ReviewDays = ReviewDays ?? defaults.ReviewDays,
        ConsecutiveWorseLimit = ConsecutiveWorseLimit ?? defaults.ConsecutiveWorseLimit,
        MaxReps = MaxReps ?? defaults.MaxReps,
        MinReps = MinReps ?? defaults.MinReps,
        RestSeconds = RestSeconds ?? defaults.RestSeconds,
        MinRange = MinRange ?? defaults.MinRange,
        RangeStep = RangeStep ?? defaults.RangeStep,
        StartRange = StartRange ?? defaults.StartRange,
        SessionInterval = SessionInterval ?? defaults.SessionInterval,
        SessionTimeout = SessionTimeout ?? defaults.SessionTimeout,
        MinRepSeconds = MinRepSeconds ?? defaults.MinRepSeconds,
        RequireProgression = RequireProgression ?? defaults.RequireProgression,
    };
}
