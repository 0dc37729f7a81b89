using ExerciseRules.Validation;

namespace ExerciseRules.Fhir;

/// <summary>How <see cref="FhirHistory"/> reads FHIR: the limits, and the patient the data must be about.</summary>
public sealed record FhirReadOptions
{
    private readonly InputLimits _limits = InputLimits.Default;
    private readonly string? _patientId;

    /// <summary>Gets the options with <see cref="InputLimits.Default"/> and any one patient.</summary>
    public static FhirReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the limits: <see cref="InputLimits.MaxDocumentBytes"/> for all documents together (checked before they are
    /// parsed), the sessions, reps per session (a session's hasMember may also hold the two symptom reports) and red
    /// flags, and from them the entries a Bundle may hold. Default <see cref="InputLimits.Default"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public InputLimits Limits
    {
        get => _limits;
        init => _limits = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Gets the id of the patient the data must be about (every subject must be <c>Patient/{PatientId}</c>), or
    /// <see langword="null"/> (the default) to accept any one patient.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a value that is not a FHIR id (1 to 64 of A–Z, a–z, 0–9, '-' and '.').</exception>
    public string? PatientId
    {
        get => _patientId;
        init => _patientId = value is null || FhirIds.IsId(value)
            ? value
            : throw new ArgumentException("Value should be a FHIR id: 1 to 64 characters of A-Z, a-z, 0-9, '-' and '.'.", nameof(value));
    }
}
