using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Serialization;

/// <summary>Maps the wire shapes to the model and back. Reading reports every missing required field at once.</summary>
internal static class WireMapping
{
    public static History? ToModel(HistoryDto dto, InputLimits limits, List<InputError> errors)
    {
        var baseline = ToModel(dto.Baseline);
        var redFlags = dto.RedFlags is null ? [] : dto.RedFlags.ToImmutableArray();
        if (redFlags.Length > limits.MaxRedFlags)
        {
            errors.Add(new InputError("redFlags", InputLimits.TooMany(redFlags.Length, limits.MaxRedFlags, "red flags")));
        }

        if (dto.Sessions is null)
        {
            errors.Add(new InputError("sessions", "is required: an array of sessions in time order (it may be empty)"));
            return null;
        }

        if (dto.Sessions.Count > limits.MaxSessions)
        {
            // Reading the elements of an over-long list is the work the limit is there to prevent.
            errors.Add(new InputError("sessions", InputLimits.TooMany(dto.Sessions.Count, limits.MaxSessions, "sessions")));
            return null;
        }

        var sessions = ImmutableArray.CreateBuilder<Session>(dto.Sessions.Count);
        for (var i = 0; i < dto.Sessions.Count; i++)
        {
            var session = ToModel(dto.Sessions[i], $"sessions[{i}]", limits, errors);
            if (session is not null)
            {
                sessions.Add(session);
            }
        }

        return errors.Count > 0 ? null : new History(sessions.MoveToImmutable(), baseline, redFlags);
    }

    public static HistoryDto ToDto(History history) => new()
    {
        Baseline = ToDto(history.Baseline),
        RedFlags = history.RedFlags.IsEmpty ? null : [.. history.RedFlags],
        Sessions = [.. history.Sessions.Select(ToDto)],
    };

    public static AdviceDto ToDto(Advice advice) => new()
    {
        Step = advice.Step,
        Exercise = advice.Exercise,
        TargetRange = advice.TargetRange,
        RestSeconds = advice.RestSeconds,
        RepsDone = advice.RepsDone,
        RepsRemaining = advice.RepsRemaining,
        NextSessionDue = advice.NextSessionDue,
        Urgency = advice.Urgency,
        Messages = [.. advice.Messages.Select(m => new MessageDto { Code = m.Code, Text = m.Text })],
        FiredRules = [.. advice.FiredRules.Select(r => new FiredRuleDto { Name = r.Name, Stage = r.Stage, Priority = r.Priority, Source = r.Source })],
    };

    public static Advice? ToModel(AdviceDto dto, List<InputError> errors)
    {
        Require(dto.Step, "step", "one of " + WireNames.AllOf<AdviceStep>(), errors);
        Require(dto.Urgency, "urgency", "one of " + WireNames.AllOf<Urgency>(), errors);
        var messages = dto.Messages ?? [];
        var rules = dto.FiredRules ?? [];
        for (var i = 0; i < messages.Count; i++)
        {
            RequireText(messages[i].Code, $"messages[{i}].code", errors);
            RequireText(messages[i].Text, $"messages[{i}].text", errors);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            RequireText(rules[i].Name, $"firedRules[{i}].name", errors);
            Require(rules[i].Stage, $"firedRules[{i}].stage", "one of " + WireNames.AllOf<Engine.RuleStage>(), errors);
            Require(rules[i].Priority, $"firedRules[{i}].priority", "a whole number", errors);
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new Advice(dto.Step!.Value, dto.Urgency!.Value)
        {
            Exercise = dto.Exercise,
            TargetRange = dto.TargetRange,
            RestSeconds = dto.RestSeconds,
            RepsDone = dto.RepsDone,
            RepsRemaining = dto.RepsRemaining,
            NextSessionDue = dto.NextSessionDue,
            Messages = [.. messages.Select(m => new AdviceMessage(m.Code!, m.Text!))],
            FiredRules = [.. rules.Select(r => new FiredRule(r.Name!, r.Stage!.Value, r.Priority!.Value, r.Source ?? string.Empty))],
        };
    }

    private static Session? ToModel(SessionDto? dto, string path, InputLimits limits, List<InputError> errors)
    {
        if (dto is null)
        {
            errors.Add(new InputError(path, "must be a session, not null"));
            return null;
        }

        var before = errors.Count;
        Require(dto.Exercise, $"{path}.exercise", "one of " + WireNames.AllOf<Exercise>(), errors);
        Require(dto.StartedAt, $"{path}.startedAt", "a date and time in ISO 8601 form, e.g. 2026-11-24T09:55:00Z", errors);
        Require(dto.Completed, $"{path}.completed", "true or false", errors);
        if (dto.Reps is null)
        {
            errors.Add(new InputError($"{path}.reps", "is required: an array of reps in time order (it may be empty)"));
        }
        else if (dto.Reps.Count > limits.MaxRepsPerSession)
        {
            errors.Add(new InputError($"{path}.reps", InputLimits.TooMany(dto.Reps.Count, limits.MaxRepsPerSession, "reps")));
            return null;
        }

        var reps = ImmutableArray.CreateBuilder<Rep>(dto.Reps?.Count ?? 0);
        for (var i = 0; i < (dto.Reps?.Count ?? 0); i++)
        {
            if (dto.Reps![i] is not { } rep)
            {
                errors.Add(new InputError($"{path}.reps[{i}]", "must be a rep, not null"));
                continue;
            }

            reps.Add(new Rep(rep.Range, rep.Pain, rep.Location, rep.DurationSeconds, rep.At));
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Session(dto.Exercise!.Value, dto.StartedAt!.Value, reps.MoveToImmutable(), dto.Completed!.Value, ToModel(dto.Before), ToModel(dto.After));
    }

    private static SessionDto ToDto(Session session) => new()
    {
        Exercise = session.Exercise,
        StartedAt = session.StartedAt,
        Before = ToDto(session.Before),
        Reps = [.. session.Reps.Select(r => (RepDto?)new RepDto { Range = r.Range, Pain = r.Pain, Location = r.Location, DurationSeconds = r.DurationSeconds, At = r.At })],
        After = ToDto(session.After),
        Completed = session.Completed,
    };

    private static SymptomReport? ToModel(SymptomReportDto? dto) => dto is null ? null : new SymptomReport(dto.Pain, dto.Location);

    private static SymptomReportDto? ToDto(SymptomReport? report) => report is null ? null : new SymptomReportDto { Pain = report.Pain, Location = report.Location };

    private static void Require<T>(T? value, string path, string what, List<InputError> errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(new InputError(path, $"is required: {what}"));
        }
    }

    private static void RequireText(string? value, string path, List<InputError> errors)
    {
        if (value is null)
        {
            errors.Add(new InputError(path, "is required: a string"));
        }
    }
}
