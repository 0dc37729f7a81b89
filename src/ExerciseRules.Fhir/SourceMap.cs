using System.Text.RegularExpressions;
using ExerciseRules.Validation;

namespace ExerciseRules.Fhir;

/// <summary>Where a symptom report came from: its resource and the index of its pain component (-1: the resource's own value).</summary>
internal sealed record SymptomSource(string Path, int PainComponent);

/// <summary>Where a rep came from: its resource and the indexes of its components (-1 when absent).</summary>
internal sealed record RepSource(string Path, int Range, int Pain, int Duration);

/// <summary>Where a session came from: its resource, its reps in order, and its symptom reports.</summary>
internal sealed record SessionSource(string Path, IReadOnlyList<RepSource> Reps, SymptomSource? Before, SymptomSource? After);

/// <summary>
/// The FHIR element each part of a history came from, so that a problem the advisor finds with the history (named
/// by its wire-format path, <c>sessions[2].reps[0].at</c>) is reported at the element it came from
/// (<c>Bundle.entry[7].resource.effectiveDateTime</c>).
/// </summary>
internal sealed partial class SourceMap
{
    public SourceMap(string root, SymptomSource? baseline, IReadOnlyList<SessionSource> sessions, IReadOnlyList<string> redFlags)
    {
        Root = root;
        Baseline = baseline;
        Sessions = sessions;
        RedFlags = redFlags;
    }

    public string Root { get; }

    public SymptomSource? Baseline { get; }

    public IReadOnlyList<SessionSource> Sessions { get; }

    public IReadOnlyList<string> RedFlags { get; }

    /// <summary>The FHIR path of a wire-format path, or <see langword="null"/> when it names nothing the map knows.</summary>
    public string? Locate(string wirePath)
    {
        if (wirePath is InputError.RootPath or "sessions" or "redFlags")
        {
            return Root;
        }

        if (wirePath.StartsWith("baseline", StringComparison.Ordinal))
        {
            return Baseline is null ? Root : Symptom(Baseline, wirePath["baseline".Length..].TrimStart('.'));
        }

        var flag = RedFlagPath().Match(wirePath);
        if (flag.Success)
        {
            var i = int.Parse(flag.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return i < RedFlags.Count ? RedFlags[i] + ".code" : Root;
        }

        var match = SessionPath().Match(wirePath);
        if (!match.Success)
        {
            return null;
        }

        var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (index >= Sessions.Count)
        {
            return Root;
        }

        var session = Sessions[index];
        var field = match.Groups[2].Success ? match.Groups[2].Value : null;
        var rest = match.Groups[4].Success ? match.Groups[4].Value : string.Empty;
        switch (field)
        {
            case null:
                return session.Path;
            case "startedAt":
                return session.Path + ".effectivePeriod.start";
            case "exercise":
                return session.Path + ".valueCodeableConcept";
            case "completed":
                return session.Path + ".status";
            case "before":
                return session.Before is null ? session.Path : Symptom(session.Before, rest);
            case "after":
                return session.After is null ? session.Path : Symptom(session.After, rest);
            case "reps" when !match.Groups[3].Success:
                return session.Path + ".hasMember";
            case "reps":
                var r = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
                return r < session.Reps.Count ? RepField(session.Reps[r], rest) : session.Path + ".hasMember";
            default:
                return session.Path;
        }
    }

    private static string Symptom(SymptomSource source, string field) => field switch
    {
        "pain" => source.PainComponent < 0 ? source.Path + ".valueInteger" : $"{source.Path}.component[{source.PainComponent}].valueInteger",
        "location" => source.Path + ".bodySite",
        _ => source.Path,
    };

    private static string RepField(RepSource rep, string field) => field switch
    {
        "range" => rep.Range < 0 ? rep.Path + ".component" : $"{rep.Path}.component[{rep.Range}].valueQuantity.value",
        "pain" => rep.Pain < 0 ? rep.Path + ".component" : $"{rep.Path}.component[{rep.Pain}].valueInteger",
        "durationSeconds" => rep.Duration < 0 ? rep.Path + ".component" : $"{rep.Path}.component[{rep.Duration}].valueQuantity.value",
        "location" => rep.Path + ".bodySite",
        "at" => rep.Path + ".effectiveDateTime",
        _ => rep.Path,
    };

    [GeneratedRegex(@"\AredFlags\[(\d+)\]\z", RegexOptions.CultureInvariant)]
    private static partial Regex RedFlagPath();

    [GeneratedRegex(@"\Asessions\[(\d+)\](?:\.([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex SessionPath();
}
