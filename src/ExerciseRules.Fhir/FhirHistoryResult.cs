using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ExerciseRules.Model;
using ExerciseRules.Validation;

namespace ExerciseRules.Fhir;

/// <summary>
/// The outcome of reading FHIR: the history, or every problem found, each named by its FHIR path
/// (<c>Bundle.entry[3].resource.component[1].valueInteger: must be between 0 and 10</c>). Like the library's
/// <c>ParseResult</c>, it never holds both.
/// </summary>
public sealed class FhirHistoryResult
{
    private readonly SourceMap? _map;

    private FhirHistoryResult(History? history, ImmutableArray<InputError> errors, string? patient, ImmutableArray<string> ignored, SourceMap? map)
    {
        History = history;
        Errors = errors;
        Patient = patient;
        Ignored = ignored;
        _map = map;
    }

    /// <summary>Gets whether the FHIR was read, so <see cref="History"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(History))]
    public bool IsValid => History is not null;

    /// <summary>Gets the history read, or <see langword="null"/> when there were problems.</summary>
    public History? History { get; }

    /// <summary>Gets every problem found, with its FHIR path (empty when the FHIR was read).</summary>
    public ImmutableArray<InputError> Errors { get; }

    /// <summary>
    /// Gets the patient the resources are about, as a relative reference (<c>Patient/123</c>), or <see langword="null"/>
    /// when no resource that maps to the history was found.
    /// </summary>
    public string? Patient { get; }

    /// <summary>
    /// Gets the paths of the resources that were not used: resources of other kinds (a Patient, a blood pressure
    /// Observation), Observations whose status is cancelled or entered-in-error, Conditions that are refuted or no longer
    /// active, and repeats of a resource already read.
    /// </summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>Gets the history, or throws if there were problems (for callers that prefer exceptions).</summary>
    /// <returns>The history.</returns>
    /// <exception cref="InvalidInputException">There were problems; the exception lists them all.</exception>
    public History GetHistoryOrThrow() => History ?? throw new InvalidInputException("The FHIR data", Errors);

    /// <summary>
    /// Names a problem the library found with the history (by its wire-format path, e.g. from
    /// <see cref="Advisor.Advise(History, DateTimeOffset)"/>: <c>sessions[2].reps[0].at: must not be after ...</c>) by
    /// the FHIR element it came from (<c>Bundle.entry[7].resource.effectiveDateTime: must not be after ...</c>).
    /// </summary>
    /// <param name="error">A problem with <see cref="History"/>, named by its wire-format path.</param>
    /// <returns>The same problem at its FHIR path; unchanged when the path names nothing that was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public InputError Locate(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return _map?.Locate(error.Path) is { } path ? error with { Path = path } : error;
    }

    /// <summary>
    /// Advises on the history read: the advisor's result, with any problem it finds named by its FHIR path; this
    /// result's own problems when the FHIR could not be read. Never advice from FHIR that was not read.
    /// </summary>
    /// <param name="advisor">The advisor.</param>
    /// <param name="now">The moment of advice.</param>
    /// <returns>The advice, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advisor"/> is null.</exception>
    public AdviceResult Advise(Advisor advisor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        if (!IsValid)
        {
            return AdviceResult.FromErrors(Errors);
        }

        var result = advisor.Advise(History, now);
        return result.IsValid ? result : AdviceResult.FromErrors([.. result.Errors.Select(Locate)]);
    }

    internal static FhirHistoryResult Valid(History history, string? patient, ImmutableArray<string> ignored, SourceMap map) =>
        new(history, [], patient, ignored, map);

    internal static FhirHistoryResult Invalid(IEnumerable<InputError> errors, string? patient = null) =>
        new(null, [.. errors], patient, [], null);
}
