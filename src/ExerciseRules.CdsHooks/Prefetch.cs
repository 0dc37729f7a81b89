using ExerciseRules.Fhir;
using ExerciseRules.Model;

namespace ExerciseRules.CdsHooks;

/// <summary>
/// The prefetch templates of the service (CDS Hooks 2.0 prefetch tokens, FHIR R4 searches with token equality only, as
/// the specification recommends). The service has no FHIR server to fetch from, so every key is required.
/// </summary>
internal static class Prefetch
{
    public const string PainSeverity = "painSeverity";
    public const string ExerciseObservations = "exerciseObservations";
    public const string RedFlagConditions = "redFlagConditions";
    public const string RedFlagObservations = "redFlagObservations";

    private static readonly string RedFlagCodes = string.Join(
        ',',
        Enum.GetValues<RedFlag>().SelectMany(f => FhirCodes.RedFlagCodes(f)).Select(c => $"{c.System}|{c.Code}"));

    /// <summary>The templates by key, in the order discovery lists them.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Templates =
    [
        new(PainSeverity, $"Observation?patient={{{{context.patientId}}}}&code={FhirCodes.Loinc}|{FhirCodes.PainSeverity}"),
        new(ExerciseObservations, "Observation?patient={{context.patientId}}&code=" + string.Join(
            ',',
            new[] { FhirCodes.Session, FhirCodes.Rep, FhirCodes.SymptomsBeforeSet, FhirCodes.SymptomsAfterSet }.Select(c => $"{FhirCodes.CodeSystem}|{c}"))),
        new(RedFlagConditions, "Condition?patient={{context.patientId}}&code=" + RedFlagCodes),
        new(RedFlagObservations, "Observation?patient={{context.patientId}}&code=" + RedFlagCodes),
    ];

    /// <summary>What each key is for, for the messages of a 412.</summary>
    public static string Purpose(string key) => key switch
    {
        PainSeverity => "the pain severity Observations (LOINC 72514-3), for the baseline",
        ExerciseObservations => "the exercise sessions, reps and symptom reports",
        RedFlagConditions => "the red-flag Conditions",
        _ => "the red-flag Observations",
    };
}
