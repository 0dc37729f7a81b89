using System.Collections.Frozen;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Fhir;

/// <summary>
/// The tables of docs/fhir.md: SNOMED CT body structures for symptom locations, SNOMED CT findings for red flags, and
/// the library's own codes. Only codes whose meaning was confirmed in a published source are here; where none was
/// found the library's own code stands alone (docs/fhir.md says which).
/// </summary>
internal static class CodeTables
{
    // First: the tables below use it while the type initializes.
    private static readonly FrozenDictionary<RedFlag, string> RedFlagDisplays = new Dictionary<RedFlag, string>
    {
        [RedFlag.SaddleNumbness] = "Saddle numbness",
        [RedFlag.BladderOrBowelChange] = "Bladder or bowel change",
        [RedFlag.ProgressiveLegWeakness] = "Progressive leg weakness",
        [RedFlag.Fever] = "Fever with back pain",
        [RedFlag.UnexplainedWeightLoss] = "Unexplained weight loss",
        [RedFlag.SignificantTrauma] = "Significant trauma",
        [RedFlag.ConstantNightPain] = "Constant night pain",
        [RedFlag.HistoryOfCancer] = "History of cancer",
    }.ToFrozenDictionary();

    /// <summary>The code written for each location (the first of <see cref="LocationsRead"/> for it).</summary>
    public static readonly FrozenDictionary<SymptomLocation, FhirCode> LocationWritten = new Dictionary<SymptomLocation, FhirCode>
    {
        [SymptomLocation.None] = new(FhirCodes.CodeSystem, FhirCodes.NoSymptoms, "No symptoms"),
        [SymptomLocation.Back] = new(FhirCodes.SnomedCt, "37822005", "Lower back structure"),
        [SymptomLocation.Buttock] = new(FhirCodes.SnomedCt, "46862004", "Buttock structure"),
        [SymptomLocation.Thigh] = new(FhirCodes.SnomedCt, "68367000", "Thigh structure"),
        [SymptomLocation.Knee] = new(FhirCodes.SnomedCt, "72696002", "Knee region structure"),
        [SymptomLocation.Calf] = new(FhirCodes.SnomedCt, "53840002", "Structure of calf of leg"),
        [SymptomLocation.Foot] = new(FhirCodes.SnomedCt, "56459004", "Foot structure"),
    }.ToFrozenDictionary();

    /// <summary>The displays of the location codes read but not written.</summary>
    public static readonly FrozenDictionary<string, string> ExtraLocationDisplays = new Dictionary<string, string>
    {
        ["30021000"] = "Structure of lower extremity from knee to ankle",
    }.ToFrozenDictionary();

    /// <summary>Every code read as a location: those written, and 30021000 (lower leg) as the calf.</summary>
    public static readonly FrozenDictionary<(string System, string Code), SymptomLocation> LocationsRead =
        LocationWritten.Select(p => KeyValuePair.Create((p.Value.System, p.Value.Code), p.Key))
            .Append(KeyValuePair.Create((FhirCodes.SnomedCt, "30021000"), SymptomLocation.Calf))
            .ToFrozenDictionary();

    /// <summary>The SNOMED CT codes read as each red flag (verified sources in docs/fhir.md); the first is written.</summary>
    public static readonly FrozenDictionary<RedFlag, FhirCode[]> RedFlagSnomed = new Dictionary<RedFlag, FhirCode[]>
    {
        [RedFlag.SaddleNumbness] = [],
        [RedFlag.BladderOrBowelChange] =
        [
            new(FhirCodes.SnomedCt, "165232002", "Urinary incontinence"),
            new(FhirCodes.SnomedCt, "72042002", "Incontinence of feces"),
        ],
        [RedFlag.ProgressiveLegWeakness] = [],
        [RedFlag.Fever] = [new(FhirCodes.SnomedCt, "386661006", "Fever")],
        [RedFlag.UnexplainedWeightLoss] = [new(FhirCodes.SnomedCt, "422868009", "Unexplained weight loss")],
        [RedFlag.SignificantTrauma] = [],
        [RedFlag.ConstantNightPain] = [],
        [RedFlag.HistoryOfCancer] =
        [
            new(FhirCodes.SnomedCt, "266987004", "History of malignant neoplasm"),
            new(FhirCodes.SnomedCt, "363346000", "Malignant neoplastic disease"),
        ],
    }.ToFrozenDictionary();

    /// <summary>The library's own code of each red flag (its wire name).</summary>
    public static FhirCode RedFlagOwn(RedFlag flag) => new(FhirCodes.CodeSystem, WireNames.Of(flag), RedFlagDisplays[flag]);

    /// <summary>Every code read as a red flag.</summary>
    public static readonly FrozenDictionary<(string System, string Code), RedFlag> RedFlagsRead =
        Enum.GetValues<RedFlag>()
            .SelectMany(f => RedFlagSnomed[f].Append(RedFlagOwn(f)).Select(c => KeyValuePair.Create((c.System, c.Code), f)))
            .ToFrozenDictionary();

    /// <summary>The exercise codes (in the library's CodeSystem: the wire names).</summary>
    public static readonly FrozenDictionary<string, Exercise> ExercisesRead =
        Enum.GetValues<Exercise>().ToFrozenDictionary(WireNames.Of, e => e);

    /// <summary>The displays of the library's codes, as in its CodeSystem.</summary>
    public static readonly FrozenDictionary<string, string> OwnDisplays = new Dictionary<string, string>
    {
        [FhirCodes.Session] = "Exercise session",
        [FhirCodes.Rep] = "Exercise repetition",
        [FhirCodes.SymptomsBeforeSet] = "Symptoms before the set",
        [FhirCodes.SymptomsAfterSet] = "Symptoms after the set",
        [FhirCodes.RepRange] = "Range of the repetition",
        [FhirCodes.RepDuration] = "Duration of the repetition",
        ["proneLying"] = "Prone lying",
        ["proneOnElbows"] = "Prone on elbows",
        ["pressUp"] = "Press-up",
        [FhirCodes.NoSymptoms] = "No symptoms",
        [FhirCodes.PressUpProgramme] = "Lower-back press-up programme",
    }.ToFrozenDictionary();

    /// <summary>Every code of the library's CodeSystem that the reader knows (anything else in that system is an error).</summary>
    public static readonly FrozenSet<string> OwnCodes =
        OwnDisplays.Keys.Concat(Enum.GetValues<RedFlag>().Select(f => WireNames.Of(f))).ToFrozenSet();
}
