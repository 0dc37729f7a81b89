using System.Text.Json.Nodes;

namespace ExerciseRules.Fhir.Tests.Support;

/// <summary>Bundles to read, written by hand in FHIR JSON (never by the library under test).</summary>
internal static class Bundles
{
    public const string Cs = FhirCodes.CodeSystem;

    public static JsonObject Bundle(params JsonObject[] resources) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "collection",
        ["entry"] = new JsonArray([.. resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r })]),
    };

    public static JsonObject Coding(string system, string code) => new() { ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code }) };

    public static JsonObject Pain(string id, int? pain, string at, string? snomed = null)
    {
        var observation = Observation(id, Coding("http://loinc.org", "72514-3"));
        observation["effectiveDateTime"] = at;
        if (pain is { } p)
        {
            observation["valueInteger"] = p;
        }

        if (snomed is not null)
        {
            observation["bodySite"] = Coding("http://snomed.info/sct", snomed);
        }

        return observation;
    }

    public static JsonObject Session(string id, string exercise, string start, string status, params string[] members)
    {
        var observation = Observation(id, Coding(Cs, "exercise-session"));
        observation["status"] = status;
        observation["effectivePeriod"] = new JsonObject { ["start"] = start };
        observation["valueCodeableConcept"] = Coding(Cs, exercise);
        if (members.Length > 0)
        {
            observation["hasMember"] = new JsonArray([.. members.Select(m => (JsonNode)new JsonObject { ["reference"] = "Observation/" + m })]);
        }

        return observation;
    }

    public static JsonObject Rep(string id, double? range, int? pain, string? snomed = null, string? at = null, double? seconds = null)
    {
        var observation = Observation(id, Coding(Cs, "exercise-rep"));
        if (at is not null)
        {
            observation["effectiveDateTime"] = at;
        }

        if (snomed is not null)
        {
            observation["bodySite"] = Coding("http://snomed.info/sct", snomed);
        }

        var components = new JsonArray();
        if (range is { } r)
        {
            components.Add(Quantity("rep-range", r, "1"));
        }

        if (pain is { } p)
        {
            components.Add(new JsonObject { ["code"] = Coding("http://loinc.org", "72514-3"), ["valueInteger"] = p });
        }

        if (seconds is { } s)
        {
            components.Add(Quantity("rep-duration", s, "s"));
        }

        if (components.Count > 0)
        {
            observation["component"] = components;
        }

        return observation;
    }

    public static JsonObject Symptoms(string id, string code, int? pain, string? snomed)
    {
        var observation = Observation(id, Coding(Cs, code));
        if (snomed is not null)
        {
            observation["bodySite"] = Coding("http://snomed.info/sct", snomed);
        }

        if (pain is { } p)
        {
            observation["component"] = new JsonArray(new JsonObject { ["code"] = Coding("http://loinc.org", "72514-3"), ["valueInteger"] = p });
        }

        return observation;
    }

    public static JsonObject Condition(string id, JsonObject code, string? clinical = "active", string? verification = null)
    {
        var condition = new JsonObject { ["resourceType"] = "Condition", ["id"] = id, ["code"] = code, ["subject"] = new JsonObject { ["reference"] = "Patient/p1" } };
        if (clinical is not null)
        {
            condition["clinicalStatus"] = Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical);
        }

        if (verification is not null)
        {
            condition["verificationStatus"] = Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification);
        }

        return condition;
    }

    public static JsonObject Observation(string id, JsonObject code) => new()
    {
        ["resourceType"] = "Observation",
        ["id"] = id,
        ["status"] = "final",
        ["code"] = code,
        ["subject"] = new JsonObject { ["reference"] = "Patient/p1" },
    };

    /// <summary>A press-up session of two reps with a baseline: a valid episode to break one part of.</summary>
    public static JsonObject Episode() => Bundle(
        Pain("baseline", 6, "2026-11-20T09:00:00Z", "68367000"),
        Session("s1", "pressUp", "2026-11-24T09:55:00Z", "preliminary", "before", "r1", "r2"),
        Symptoms("before", "symptoms-before-set", 5, "46862004"),
        Rep("r1", 0.4, 5, "46862004", "2026-11-24T09:56:00Z", 4),
        Rep("r2", 0.5, 6, "46862004", "2026-11-24T09:57:00Z", 4));

    public static JsonObject Resource(this JsonObject bundle, int entry) => bundle["entry"]![entry]!["resource"]!.AsObject();

    private static JsonObject Quantity(string code, double value, string unit) => new()
    {
        ["code"] = Coding(Cs, code),
        ["valueQuantity"] = new JsonObject { ["value"] = value, ["unit"] = unit, ["system"] = "http://unitsofmeasure.org", ["code"] = unit },
    };
}
