namespace ExerciseRules.Fhir;

/// <summary>A code as FHIR codes it: the system, the code and its display.</summary>
/// <param name="System">The code system, e.g. <c>http://snomed.info/sct</c>.</param>
/// <param name="Code">The code, e.g. <c>386661006</c>.</param>
/// <param name="Display">The display, e.g. <c>Fever</c>.</param>
public sealed record FhirCode(string System, string Code, string Display);
