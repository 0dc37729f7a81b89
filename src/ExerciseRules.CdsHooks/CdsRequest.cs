using System.Text.Json;
using ExerciseRules.Fhir;
using ExerciseRules.Validation;

namespace ExerciseRules.CdsHooks;

/// <summary>A CDS Hooks 2.0 request for the patient-view hook, as read: its fields, or every problem with them.</summary>
internal sealed class CdsRequest
{
    public const string Hook = "patient-view";

    /// <summary>The users the patient-view hook allows (its context.userId).</summary>
    private static readonly string[] UserTypes = ["Practitioner", "PractitionerRole", "Patient", "RelatedPerson"];

    private CdsRequest()
    {
    }

    public string HookInstance { get; private set; } = string.Empty;

    public string PatientId { get; private set; } = string.Empty;

    public List<InputError> Errors { get; } = [];

    /// <summary>The prefetch keys the service needs that the request lacks (a 412).</summary>
    public List<InputError> Missing { get; } = [];

    /// <summary>The prefetched documents to read (null values, meaning no data, are left out).</summary>
    public List<FhirDocument> Documents { get; } = [];

    public static CdsRequest Read(JsonElement root)
    {
        var request = new CdsRequest();
        if (root.ValueKind != JsonValueKind.Object)
        {
            request.Errors.Add(new InputError(InputError.RootPath, "must be a JSON object: a CDS Hooks request"));
            return request;
        }

        var hook = request.String(root, "hook", required: true);
        if (hook is not null && hook != Hook)
        {
            request.Errors.Add(new InputError("hook", $"'{hook}' is not a hook of this service: it is called on {Hook}"));
        }

        var instance = request.String(root, "hookInstance", required: true);
        if (instance is not null)
        {
            if (Guid.TryParse(instance, out _))
            {
                request.HookInstance = instance;
            }
            else
            {
                request.Errors.Add(new InputError("hookInstance", "must be a UUID for this call of the hook"));
            }
        }

        var fhirServer = request.String(root, "fhirServer", required: false);
        if (fhirServer is not null && !Uri.TryCreate(fhirServer, UriKind.Absolute, out _))
        {
            request.Errors.Add(new InputError("fhirServer", "must be the absolute base URL of the CDS client's FHIR server"));
        }

        if (root.TryGetProperty("fhirAuthorization", out var authorization))
        {
            if (authorization.ValueKind != JsonValueKind.Object)
            {
                request.Errors.Add(new InputError("fhirAuthorization", "must be an object"));
            }
            else if (fhirServer is null)
            {
                request.Errors.Add(new InputError("fhirServer", "is required when fhirAuthorization is given"));
            }
        }

        request.ReadContext(root);
        request.ReadPrefetch(root);
        return request;
    }

    private void ReadContext(JsonElement root)
    {
        if (!root.TryGetProperty("context", out var context) || context.ValueKind == JsonValueKind.Null)
        {
            Errors.Add(new InputError("context", "is required: the patient-view context (userId, patientId)"));
            return;
        }

        if (context.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(new InputError("context", "must be an object: the patient-view context (userId, patientId)"));
            return;
        }

        var patientId = String(context, "patientId", required: true, "context.patientId");
        if (patientId is not null)
        {
            if (FhirIdLike(patientId))
            {
                PatientId = patientId;
            }
            else
            {
                Errors.Add(new InputError("context.patientId", "must be a FHIR Patient.id (1 to 64 of A-Z, a-z, 0-9, '-' and '.')"));
            }
        }

        var userId = String(context, "userId", required: true, "context.userId");
        if (userId is not null)
        {
            var slash = userId.IndexOf('/', StringComparison.Ordinal);
            var type = slash > 0 ? userId[..slash] : string.Empty;
            if (!UserTypes.Contains(type, StringComparer.Ordinal) || !FhirIdLike(userId[(slash + 1)..]))
            {
                Errors.Add(new InputError("context.userId", "must be the user as [ResourceType]/[id] of a Practitioner, PractitionerRole, Patient or RelatedPerson, e.g. Practitioner/abc"));
            }
        }

        String(context, "encounterId", required: false, "context.encounterId");
    }

    private void ReadPrefetch(JsonElement root)
    {
        var hasPrefetch = root.TryGetProperty("prefetch", out var prefetch) && prefetch.ValueKind != JsonValueKind.Null;
        if (hasPrefetch && prefetch.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(new InputError("prefetch", "must be an object: the prefetched data by key"));
            return;
        }

        foreach (var (key, _) in Prefetch.Templates)
        {
            var path = "prefetch." + key;
            if (!hasPrefetch || !prefetch.TryGetProperty(key, out var value))
            {
                Missing.Add(new InputError(path, $"is required: {Prefetch.Purpose(key)}; this service has no FHIR server to fetch them from"));
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    // The client has no data for this key.
                    break;
                case JsonValueKind.Object when IsOperationOutcome(value):
                    Missing.Add(new InputError(path, "is an OperationOutcome: the CDS client could not fetch the data, and this service has no FHIR server to fetch it from"));
                    break;
                case JsonValueKind.Object when IsPage(value):
                    Missing.Add(new InputError(path, "is one page of a larger search result (link relation next): send every result in one Bundle"));
                    break;
                case JsonValueKind.Object:
                    Documents.Add(new FhirDocument(System.Text.Encoding.UTF8.GetBytes(value.GetRawText()), path));
                    break;
                default:
                    Errors.Add(new InputError(path, "must be a FHIR resource (a Bundle of the search results) or null"));
                    break;
            }
        }
    }

    private string? String(JsonElement parent, string name, bool required, string? path = null)
    {
        path ??= name;
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Errors.Add(new InputError(path, "is required"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            Errors.Add(new InputError(path, "must be a non-empty string"));
            return null;
        }

        return text;
    }

    private static bool IsOperationOutcome(JsonElement value) =>
        value.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "OperationOutcome";

    private static bool IsPage(JsonElement value)
    {
        if (!value.TryGetProperty("link", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (link.ValueKind == JsonValueKind.Object && link.TryGetProperty("relation", out var relation)
                && relation.ValueKind == JsonValueKind.String && string.Equals(relation.GetString(), "next", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FhirIdLike(string value) =>
        value.Length is >= 1 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');
}
