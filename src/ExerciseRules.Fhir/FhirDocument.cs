using System.Text;

namespace ExerciseRules.Fhir;

/// <summary>
/// One FHIR R4 JSON document to read (a Bundle or a single resource), with the path its problems are reported under.
/// A CDS Hooks service names each prefetch value by its key (<c>prefetch.sessions</c>); a file is named by its
/// resourceType (<c>Bundle</c>), so an error reads <c>Bundle.entry[3].resource.valueInteger: must be between 0 and 10</c>.
/// </summary>
public sealed class FhirDocument
{
    /// <summary>Creates a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON, UTF-8.</param>
    /// <param name="path">The path problems are reported under, or <see langword="null"/> to use the resourceType of the document.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public FhirDocument(ReadOnlyMemory<byte> utf8Json, string? path)
    {
        if (path is not null && string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("Value should be a path such as prefetch.sessions, or null to use the document's resourceType.", nameof(path));
        }

        Utf8Json = utf8Json;
        Path = path;
    }

    /// <summary>Creates a document from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="path">The path problems are reported under, or <see langword="null"/> to use the resourceType of the document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public FhirDocument(string json, string? path)
        : this(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), path)
    {
    }

    /// <summary>Gets the JSON, UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>Gets the path problems are reported under, or <see langword="null"/> for the document's resourceType.</summary>
    public string? Path { get; }
}
