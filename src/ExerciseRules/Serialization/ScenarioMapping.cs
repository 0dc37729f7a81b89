using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Scenarios;
using ExerciseRules.Validation;

namespace ExerciseRules.Serialization;

/// <summary>Reads a scenario file: the file's own shape strictly, then the history (inline or from its file) with the history reader.</summary>
internal static class ScenarioMapping
{
    public static ParseResult<Scenario> Parse(ReadOnlySpan<byte> utf8Json, string baseDirectory)
    {
        if (!ExerciseRulesJson.TryDeserialize(utf8Json, WireJsonContext.Default.ScenarioDto, out var dto, out var error))
        {
            return ParseResult<Scenario>.Invalid(error);
        }

        var errors = new List<InputError>();
        if (string.IsNullOrWhiteSpace(dto.Name))
        {
            errors.Add(new InputError("name", "is required: a short name for the scenario, e.g. 07-symptoms-intensify"));
        }

        if (dto.Now is null)
        {
            errors.Add(new InputError("now", "is required: the moment of advice in ISO 8601 form, e.g. 2026-11-24T10:00:00Z"));
        }

        var expect = dto.Expect is null ? null : ToModel(dto.Expect, errors);
        if (dto.Expect is null)
        {
            errors.Add(new InputError("expect", "is required: what the advice must be (it may be an empty object)"));
        }

        ProtocolOptions? options = null;
        if (dto.Options is not null)
        {
            options = dto.Options.Build();
            var validation = ProtocolOptionsValidator.Instance.Validate(options);
            errors.AddRange(validation.ToInputErrors().Select(e => Scenario.Under("options", e)));
        }

        var history = ReadHistory(dto, baseDirectory, errors);
        if (errors.Count > 0)
        {
            return ParseResult<Scenario>.Invalid([.. errors]);
        }

        var (historyFile, parsed) = history!.Value;
        var scenario = parsed.IsValid
            ? new Scenario(dto.Name!, dto.Now!.Value, parsed.Value)
            : Scenario.WithHistoryErrors(dto.Name!, dto.Now!.Value, [.. parsed.Errors.Select(e => Scenario.Under("history", e))]);
        return ParseResult<Scenario>.Valid(scenario with
        {
            Source = dto.Source ?? string.Empty,
            Options = options,
            HistoryFile = historyFile,
            Expect = expect!,
        });
    }

    private static (string? File, ParseResult<History> History)? ReadHistory(ScenarioDto dto, string baseDirectory, List<InputError> errors)
    {
        if (dto.History is { } inline)
        {
            if (dto.HistoryFile is not null)
            {
                errors.Add(new InputError("historyFile", "must not be given together with history: give the history inline or the path of its file"));
                return null;
            }

            return (null, ExerciseRulesJson.ParseHistory(inline.GetRawText()));
        }

        if (string.IsNullOrWhiteSpace(dto.HistoryFile))
        {
            errors.Add(new InputError(
                dto.HistoryFile is null ? "history" : "historyFile",
                dto.HistoryFile is null
                    ? "is required: a wire-format history, or historyFile with the path of one"
                    : "must be the path of a history file, relative to the scenario file"));
            return null;
        }

        string path;
        byte[] bytes;
        try
        {
            path = Path.GetFullPath(Path.Combine(baseDirectory, dto.HistoryFile));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(new InputError("historyFile", $"cannot read '{dto.HistoryFile}': {ScenarioFile.ReasonOf(ex)}"));
            return null;
        }

        return (path, ExerciseRulesJson.ParseHistory(bytes));
    }

    private static ScenarioExpectation ToModel(ExpectationDto dto, List<InputError> errors)
    {
        var before = errors.Count;
        var expectation = new ScenarioExpectation
        {
            Step = dto.Step,
            Urgency = dto.Urgency,
            Exercise = dto.Exercise,
            TargetRange = dto.TargetRange,
            TargetRangeAtMost = dto.TargetRangeAtMost,
            TargetRangeAtLeast = dto.TargetRangeAtLeast,
            RestSeconds = dto.RestSeconds,
            RepsDone = dto.RepsDone,
            NextSessionDue = dto.NextSessionDue,
            MessagesInclude = Strings(dto.MessagesInclude, "messagesInclude", errors),
            MessagesExclude = Strings(dto.MessagesExclude, "messagesExclude", errors),
            DecidedBy = dto.DecidedBy,
            FiredInclude = Strings(dto.FiredInclude, "firedInclude", errors),
            FiredExclude = Strings(dto.FiredExclude, "firedExclude", errors),
        };
        if (errors.Count == before)
        {
            // Only when no null was dropped from a list, so that the indexes in the paths are right.
            errors.AddRange(expectation.Problems().Select(e => Scenario.Under("expect", e)));
        }

        return expectation;
    }

    private static ImmutableArray<string> Strings(List<string?>? values, string name, List<InputError> errors)
    {
        if (values is null)
        {
            return [];
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                errors.Add(new InputError($"expect.{name}[{i}]", "must be a string, not null"));
            }
        }

        return [.. values.OfType<string>()];
    }
}
