using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Fhir;

/// <summary>
/// The code systems, codes and profile URLs that <see cref="FhirHistory"/> reads and writes. Every code is cited
/// with its source in docs/fhir.md; the library's own codes are in its CodeSystem (docs/fhir/CodeSystem-exercise-rules.json).
/// </summary>
public static class FhirCodes
{
    /// <summary>
    /// The canonical base of the library's FHIR artifacts. It is a reserved example domain (RFC 6761) until the project
    /// has a published home; every URL below starts with it.
    /// </summary>
    public const string CanonicalBase = "https://exerciserules.example/fhir";

    /// <summary>The library's CodeSystem: Observation codes, rep components, exercises, "no symptoms" and red flags.</summary>
    public const string CodeSystem = CanonicalBase + "/CodeSystem/exercise-rules";

    /// <summary>The profile of a session Observation.</summary>
    public const string SessionProfile = CanonicalBase + "/StructureDefinition/exercise-session";

    /// <summary>The profile of a rep Observation.</summary>
    public const string RepProfile = CanonicalBase + "/StructureDefinition/exercise-rep";

    /// <summary>The profile of the symptom reports before and after a set.</summary>
    public const string SetSymptomsProfile = CanonicalBase + "/StructureDefinition/set-symptoms";

    /// <summary>The profile of a pain severity Observation (the baseline).</summary>
    public const string PainSeverityProfile = CanonicalBase + "/StructureDefinition/pain-severity";

    /// <summary>The LOINC system.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>The SNOMED CT system.</summary>
    public const string SnomedCt = "http://snomed.info/sct";

    /// <summary>The UCUM system.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported".</summary>
    public const string PainSeverity = "72514-3";

    /// <summary>The display of <see cref="PainSeverity"/>.</summary>
    public const string PainSeverityDisplay = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

    /// <summary>The code (in <see cref="CodeSystem"/>) of a session Observation.</summary>
    public const string Session = "exercise-session";

    /// <summary>The code (in <see cref="CodeSystem"/>) of a rep Observation.</summary>
    public const string Rep = "exercise-rep";

    /// <summary>The code (in <see cref="CodeSystem"/>) of the symptoms reported before a set.</summary>
    public const string SymptomsBeforeSet = "symptoms-before-set";

    /// <summary>The code (in <see cref="CodeSystem"/>) of the symptoms reported after a set.</summary>
    public const string SymptomsAfterSet = "symptoms-after-set";

    /// <summary>The code (in <see cref="CodeSystem"/>) of a rep's range component (UCUM unit <c>1</c>, 0 to 1).</summary>
    public const string RepRange = "rep-range";

    /// <summary>The code (in <see cref="CodeSystem"/>) of a rep's duration component (UCUM unit <c>s</c>).</summary>
    public const string RepDuration = "rep-duration";

    /// <summary>The code (in <see cref="CodeSystem"/>) of the symptom location "none": no symptoms anywhere.</summary>
    public const string NoSymptoms = "noSymptoms";

    /// <summary>The code (in <see cref="CodeSystem"/>) of the topic of the programme (CDS Hooks card source topic).</summary>
    public const string PressUpProgramme = "press-up-programme";

    /// <summary>The observation-category code system of FHIR R4.</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>The condition-clinical code system of FHIR R4.</summary>
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /// <summary>The condition-ver-status code system of FHIR R4.</summary>
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <summary>
    /// Gets the codes read as a red flag, in Conditions and Observations: the SNOMED CT concepts confirmed for it (the
    /// first is written) and the library's own code, which every red flag has.
    /// </summary>
    /// <param name="flag">The red flag.</param>
    /// <returns>The codes, SNOMED CT first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flag"/> is not a defined value.</exception>
    public static ImmutableArray<FhirCode> RedFlagCodes(RedFlag flag) =>
        CodeTables.RedFlagSnomed.TryGetValue(flag, out var snomed)
            ? [.. snomed, CodeTables.RedFlagOwn(flag)]
            : throw new ArgumentOutOfRangeException(nameof(flag), flag, "Value should be a defined RedFlag.");

    /// <summary>Gets the codes read as a symptom location in <c>bodySite</c> (the first is written).</summary>
    /// <param name="location">The location.</param>
    /// <returns>The codes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="location"/> is not a defined value.</exception>
    public static ImmutableArray<FhirCode> LocationCodes(SymptomLocation location) =>
        CodeTables.LocationWritten.TryGetValue(location, out var written)
            ? [written, .. CodeTables.LocationsRead.Where(p => p.Value == location && p.Key != (written.System, written.Code)).Select(p => new FhirCode(p.Key.System, p.Key.Code, CodeTables.ExtraLocationDisplays[p.Key.Code]))]
            : throw new ArgumentOutOfRangeException(nameof(location), location, "Value should be a defined SymptomLocation.");
}
