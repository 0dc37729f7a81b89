using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Scenarios;
using ExerciseRules.Validation;

namespace ExerciseRules.Serialization;

/// <summary>Reads a scenario file: the file's own shape strictly, then the history (inline or from its file) with the history reader.</summary>
internal static class ScenarioMapping
{
    /// <summary>Reads a scenario; a <c>historyFile</c> is relative to <paramref name="baseDirectory"/> and must stay inside <paramref name="root"/> or <see cref="ScenarioLoadOptions.AllowOutside"/>.</summary>
    public static ParseResult<Scenario> Parse(ReadOnlySpan<byte> utf8Json, string baseDirectory, string root, ScenarioLoadOptions load)
    {
        if (load.Limits.DocumentProblem(utf8Json.Length) is { } tooBig)
        {
            return ParseResult<Scenario>.Invalid(tooBig);
        }

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

        var history = ReadHistory(dto, baseDirectory, root, load, errors);
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

    private static (string? File, ParseResult<History> History)? ReadHistory(ScenarioDto dto, string baseDirectory, string root, ScenarioLoadOptions options, List<InputError> errors)
    {
        if (dto.History is { } inline)
        {
            if (dto.HistoryFile is not null)
            {
                errors.Add(new InputError("historyFile", "must not be given together with history: give the history inline or the path of its file"));
                return null;
            }

            return (null, ExerciseRulesJson.ParseHistory(inline.GetRawText(), options.Limits));
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
        try
        {
            path = Path.GetFullPath(Path.Combine(baseDirectory, dto.HistoryFile));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            errors.Add(new InputError("historyFile", $"cannot read '{dto.HistoryFile}': {BoundedInput.ReasonOf(ex)}"));
            return null;
        }

        if (Confine(path, root, options) is { } outside)
        {
            errors.Add(new InputError("historyFile", $"cannot read '{dto.HistoryFile}': {outside}"));
            return null;
        }

        var read = BoundedInput.ReadFile(path, options.Limits.MaxDocumentBytes, regularOnly: true);
        if (read.Bytes is null)
        {
            errors.Add(new InputError("historyFile", $"cannot read '{dto.HistoryFile}': {read.Reason}"));
            return null;
        }

        return (path, ExerciseRulesJson.ParseHistory(read.Bytes, options.Limits));
    }

    /// <summary>Why a history file may not be read (it leads outside the allowed directories), or <see langword="null"/> when it may.</summary>
    private static string? Confine(string path, string root, ScenarioLoadOptions options)
    {
        var real = PathConfinement.Resolve(path);
        if (real is null)
        {
            return "it goes through more than 40 symbolic links (a loop?), so it is not read";
        }

        var treeRoot = PathConfinement.Resolve(root);
        if (treeRoot is not null && PathConfinement.IsWithin(real, treeRoot))
        {
            return null;
        }

        if (options.AllowOutside is { } allowed && PathConfinement.Resolve(allowed) is { } allowedRoot && PathConfinement.IsWithin(real, allowedRoot))
        {
            return null;
        }

        return options.AllowOutside is null
            ? $"it is outside the scenario directory '{root}', so it is not read (allow one more directory with exrules check --allow-outside DIR, or ScenarioLoadOptions.AllowOutside)"
            : $"it is outside the scenario directory '{root}' and outside '{options.AllowOutside}', so it is not read";
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
