using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace ExerciseRules.Fhir.Tests.Support;

/// <summary>
/// Firely's validator over the FHIR R4 core definitions (specification.zip of Hl7.Fhir.Specification.Data.R4, copied
/// next to the tests: no network) and the library's published artifacts (docs/fhir/*.json, snapshots generated on
/// load). Building it and compiling the first schemas takes tens of seconds, so one instance serves a test class.
/// </summary>
public sealed class FhirValidation
{
    private static readonly FhirJsonDeserializer Deserializer = new();

    public FhirValidation()
    {
        var published = Directory.GetFiles(Repository.PathOf("docs", "fhir"), "*.json")
            .Select(f => Deserializer.DeserializeResource(File.ReadAllText(f)))
            .ToList();
        Published = published;
        var core = ZipSource.CreateValidationSource(Path.Combine(AppContext.BaseDirectory, "specification.zip"));
        var resolver = new CachedResolver(new SnapshotSource(new MultiResolver(new InMemoryResourceResolver(published), core)));
        Validator = new Validator(resolver, LocalTerminologyService.CreateDefaultForCore(resolver), null, new ValidationSettings());
    }

    /// <summary>Gets the artifacts of docs/fhir.</summary>
    public IReadOnlyList<Resource> Published { get; }

    private Validator Validator { get; }

    /// <summary>Validates a resource against a profile and returns the problems of severity error or fatal, one line each.</summary>
    public IReadOnlyList<string> Errors(Resource resource, string profile)
    {
        lock (Validator)
        {
            var outcome = Validator.Validate(resource, profile);
            return [.. outcome.Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{string.Join(",", i.Expression)}: {i.Details?.Text}")];
        }
    }
}
