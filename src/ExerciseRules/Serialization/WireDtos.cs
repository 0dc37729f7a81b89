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
