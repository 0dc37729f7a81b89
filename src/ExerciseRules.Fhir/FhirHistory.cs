using ExerciseRules.Model;
using ExerciseRules.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace ExerciseRules.Fhir;

/// <summary>
/// FHIR R4 in, <see cref="History"/> out, and back: reads a Bundle (or any resource, or several documents such as CDS
/// Hooks prefetch values) of one patient into the history the advisor needs, with every problem named by its FHIR
/// path, and writes a history as a Bundle in the library's profiles. The mappings, codes and profiles are in
/// docs/fhir.md. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// What is read: pain severity Observations (LOINC 72514-3, <c>valueInteger</c> 0–10, <c>bodySite</c> for how far the
/// symptoms reach), the latest at or before the first session being the baseline; session Observations of the
/// exercise-session profile with their reps and symptom reports in <c>hasMember</c>; red flags as Conditions or
/// Observations coded with the SNOMED CT or library codes of docs/fhir.md. Everything else in a Bundle (a Patient, a
/// blood pressure, a medication) is ignored and listed in <see cref="FhirHistoryResult.Ignored"/>.
/// </para>
/// <para>
/// Bad input never yields a history and never throws: JSON that is not FHIR R4 (an element or resource type R4 does not
/// have, a wrong type), a value out of range, a reference that does not resolve, a member that makes a cycle, a code
/// of the library's CodeSystem that does not exist, a location that is not in the table, or input over the
/// <see cref="InputLimits"/> (the document's bytes before it is parsed, every array before it is read, then sessions,
/// reps and red flags) each give an <see cref="InputError"/> with its path.
/// </para>
/// </remarks>
public static class FhirHistory
{
    // Strict: every problem the SDK can find is reported (unknown elements, wrong types, invalid codes and literals).
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));
    private static readonly FhirJsonSerializer Serializer = new();

    /// <summary>Reads one FHIR R4 JSON document (a Bundle, usually, or a single resource) with the default options.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The history, or every problem with its FHIR path (<c>Bundle.entry[3].resource.valueInteger: must be between 0 and 10</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static FhirHistoryResult Parse(string json) => Parse(json, null);

    /// <summary>Reads one FHIR R4 JSON document: a Bundle (usually) or a single resource.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits and the patient; <see langword="null"/> for <see cref="FhirReadOptions.Default"/>.</param>
    /// <returns>The history, or every problem with its FHIR path (<c>Bundle.entry[3].resource.valueInteger: must be between 0 and 10</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static FhirHistoryResult Parse(string json, FhirReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        var max = (options ?? FhirReadOptions.Default).Limits.MaxDocumentBytes;
        if (bytes > max)
        {
            return FhirHistoryResult.Invalid([TooLarge(InputError.RootPath, bytes, max)]);
        }

        return Parse([new FhirDocument(json, null)], options);
    }

    /// <summary>Reads FHIR R4 JSON documents of one patient together (for example the prefetch values of a CDS Hooks request).</summary>
    /// <param name="documents">The documents, each with the path its problems are reported under.</param>
    /// <param name="options">The limits (<see cref="InputLimits.MaxDocumentBytes"/> counts all documents together) and the patient; <see langword="null"/> for <see cref="FhirReadOptions.Default"/>.</param>
    /// <returns>The history, or every problem with its FHIR path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null or holds null.</exception>
    public static FhirHistoryResult Parse(IReadOnlyList<FhirDocument> documents, FhirReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= FhirReadOptions.Default;
        var limits = options.Limits;
        var total = documents.Sum(d => (long)(d ?? throw new ArgumentNullException(nameof(documents), "Value should hold no null document.")).Utf8Json.Length);
        if (total > limits.MaxDocumentBytes)
        {
            return FhirHistoryResult.Invalid([TooLarge(documents.Count == 1 ? documents[0].Path ?? InputError.RootPath : InputError.RootPath, total, limits.MaxDocumentBytes)]);
        }

        var errors = new List<InputError>();
        var resources = new List<(string Path, Resource Resource)>();
        foreach (var document in documents)
        {
            var scan = JsonPreScan.Scan(document.Utf8Json.Span, document.Path, limits, out var root);
            if (scan.Count > 0)
            {
                errors.AddRange(scan);
                continue;
            }

            if (Deserialize(document.Utf8Json.Span, root, errors) is { } resource)
            {
                resources.Add((root, resource));
            }
        }

        return errors.Count > 0 ? FhirHistoryResult.Invalid(errors) : new FhirReader(limits, options.PatientId).Read(resources);
    }

    /// <summary>Reads a Bundle already deserialized with the Firely SDK (the counts of <see cref="InputLimits"/> apply; the byte limit does not).</summary>
    /// <param name="bundle">The Bundle.</param>
    /// <param name="options">The limits and the patient; <see langword="null"/> for <see cref="FhirReadOptions.Default"/>.</param>
    /// <returns>The history, or every problem with its FHIR path (starting at <c>Bundle</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bundle"/> is null.</exception>
    public static FhirHistoryResult FromBundle(Bundle bundle, FhirReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        options ??= FhirReadOptions.Default;
        var limits = options.Limits;
        if (bundle.Entry.Count > JsonPreScan.MaxEntries(limits))
        {
            return FhirHistoryResult.Invalid([new InputError("Bundle.entry", $"has {JsonPreScan.Grouped(bundle.Entry.Count)} elements; at most {JsonPreScan.Grouped(JsonPreScan.MaxEntries(limits))} are allowed")]);
        }

        return new FhirReader(limits, options.PatientId).Read([("Bundle", bundle)]);
    }

    /// <summary>
    /// Writes a history as a FHIR R4 Bundle (type collection) in the library's profiles: a Patient, the baseline as a
    /// pain severity Observation, a session Observation per session with its reps and symptom reports, and a Condition
    /// per red flag. <see cref="Parse(string)"/> reads it back to an equal history.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <param name="options">How to write it; <see langword="null"/> for <see cref="FhirWriteOptions.Default"/>.</param>
    /// <returns>The Bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The history has a baseline but no sessions and <see cref="FhirWriteOptions.BaselineReportedAt"/> is not set, or that time is after the first session's start.
    /// </exception>
    public static Bundle ToBundle(History history, FhirWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        return BundleWriter.Write(history, options ?? FhirWriteOptions.Default);
    }

    /// <summary>Writes a history as FHIR R4 JSON: <see cref="ToBundle(History, FhirWriteOptions?)"/>, indented.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">How to write it; <see langword="null"/> for <see cref="FhirWriteOptions.Default"/>.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="ToBundle(History, FhirWriteOptions?)"/>.</exception>
    public static string ToJson(History history, FhirWriteOptions? options = null)
    {
        var bundle = ToBundle(history, options);
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            Serializer.Serialize(bundle, writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Resource? Deserialize(ReadOnlySpan<byte> utf8Json, string root, List<InputError> errors)
    {
        var reader = new System.Text.Json.Utf8JsonReader(utf8Json, new System.Text.Json.JsonReaderOptions { MaxDepth = JsonPreScan.MaxDepth });
        try
        {
            if (Deserializer.TryDeserializeResource(ref reader, out var resource, out var issues) && resource is not null)
            {
                return resource;
            }

            var before = errors.Count;
            foreach (var issue in issues)
            {
                errors.Add(ToError(issue, root));
            }

            if (errors.Count == before)
            {
                errors.Add(new InputError(root, "could not be read as a FHIR R4 resource"));
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // The pre-scan has checked the JSON; this is the SDK refusing something it did not report as an issue.
            errors.Add(new InputError(root, $"could not be read as a FHIR R4 resource: {ex.Message}"));
        }

        return null;
    }

    private static InputError ToError(CodedException issue, string root)
    {
        var extended = issue as ExtendedCodedException;
        var path = extended?.InstancePath is { Length: > 0 } instancePath ? instancePath : root;

        // The SDK names the root by its resource type; a document named otherwise (prefetch.sessions) keeps its name.
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? path : path[..dot];
        if (first != root)
        {
            path = root + (dot < 0 ? string.Empty : path[dot..]);
        }

        var message = (extended?.BaseErrorMessage ?? issue.Message).TrimEnd();
        var notR4 = issue.ErrorCode is "PVAL128" or "PVAL130" or "JSON131" or "JSON132";
        return new InputError(path, notR4 ? $"{message} (not valid in FHIR R4: only FHIR R4 4.0.1 is read)" : message);
    }

    private static InputError TooLarge(string path, long bytes, int max) =>
        new(path, $"is {JsonPreScan.Grouped(bytes)} bytes; at most {JsonPreScan.Grouped(max)} are allowed");
}
