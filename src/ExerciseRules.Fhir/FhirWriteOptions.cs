namespace ExerciseRules.Fhir;

/// <summary>How <see cref="FhirHistory.ToBundle(Model.History, FhirWriteOptions?)"/> writes a history.</summary>
public sealed record FhirWriteOptions
{
    private readonly string _patientId = "example";

    /// <summary>Gets the options that write for <c>Patient/example</c>.</summary>
    public static FhirWriteOptions Default { get; } = new();

    /// <summary>Gets the id of the patient every resource is about (<c>subject</c> is <c>Patient/{PatientId}</c>). Default <c>example</c>.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not a FHIR id (1 to 64 of A–Z, a–z, 0–9, '-' and '.').</exception>
    public string PatientId
    {
        get => _patientId;
        init => _patientId = FhirIds.IsId(value)
            ? value
            : throw new ArgumentException("Value should be a FHIR id: 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'.", nameof(value));
    }

    /// <summary>
    /// Gets when the baseline was reported, written as the pain Observation's <c>effectiveDateTime</c>. When
    /// <see langword="null"/> (the default) the baseline is written with <c>effectivePeriod.end</c> at the first
    /// session's start ("reported by then"), which is all a history says about it; a history with a baseline and no
    /// sessions then needs this time.
    /// </summary>
    public DateTimeOffset? BaselineReportedAt { get; init; }
}
