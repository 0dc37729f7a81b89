using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.Fhir.Tests.Support;
using ExerciseRules.Validation;
using static ExerciseRules.Fhir.Tests.Support.Bundles;

namespace ExerciseRules.Fhir.Tests;

/// <summary>Bad and hostile input ends in errors that name the FHIR path, never in a history and never in an exception.</summary>
public sealed class HostileBundleTests
{
    private static readonly InputLimits Small = new() { MaxSessions = 1, MaxRepsPerSession = 1, MaxRedFlags = 1 };

    [Fact]
    public void Parse_PainOutOfRange_NamesTheElement()
    {
        var bundle = Episode();
        bundle.Resource(0)["valueInteger"] = 11;
        bundle.Resource(3)["component"]![1]!["valueInteger"] = -1;

        Errors(bundle).Should().Equal(
            "Bundle.entry[3].resource.component[1].valueInteger: must be between 0 and 10",
            "Bundle.entry[0].resource.valueInteger: must be between 0 and 10");
    }

    [Fact]
    public void Parse_RangeAndDurationOutOfRange_NameTheirQuantities()
    {
        var bundle = Episode();
        bundle.Resource(3)["component"]![0]!["valueQuantity"]!["value"] = 1.2;
        bundle.Resource(4)["component"]![2]!["valueQuantity"]!["value"] = 0;

        Errors(bundle).Should().Equal(
            "Bundle.entry[3].resource.component[0].valueQuantity.value: must be between 0 and 1 (a fraction of full range)",
            "Bundle.entry[4].resource.component[2].valueQuantity.value: must be greater than 0 and at most 600");
    }

    [Fact]
    public void Parse_WrongUnit_IsAnError()
    {
        var bundle = Episode();
        bundle.Resource(3)["component"]![2]!["valueQuantity"]!["code"] = "min";

        Errors(bundle).Should().Equal(
            "Bundle.entry[3].resource.component[2].valueQuantity: must be a Quantity in UCUM unit s (seconds): system http://unitsofmeasure.org, code s");
    }

    [Fact]
    public void Parse_WrongJsonType_IsReportedByTheSdkWithItsPath()
    {
        var bundle = Episode();
        bundle.Resource(0)["valueInteger"] = "six";

        Errors(bundle).Should().Equal("Bundle.entry[0].resource.value: string 'six' is not the right type of literal for a integer.");
    }

    [Fact]
    public void Parse_PainAsQuantity_IsAnError()
    {
        var bundle = Episode();
        bundle.Resource(0).Remove("valueInteger");
        bundle.Resource(0)["valueQuantity"] = new JsonObject { ["value"] = 6 };

        Errors(bundle).Should().Equal("Bundle.entry[0].resource.value[x]: must be valueInteger: pain from 0 (none) to 10 (worst imaginable)");
    }

    [Fact]
    public void Parse_PressUpRepWithoutRange_IsNamedByTheRepsComponents()
    {
        var bundle = Episode();
        bundle.Resource(4)["component"]!.AsArray().RemoveAt(0);

        Errors(bundle).Should().Equal("Bundle.entry[4].resource.component: is required for pressUp: how far the person went, from 0 to 1");
    }

    [Fact]
    public void Parse_TooManyEntries_IsRefusedBeforeTheyAreRead()
    {
        var json = new StringBuilder("""{"resourceType":"Bundle","type":"collection","entry":[""");
        json.AppendJoin(',', Enumerable.Repeat("{}", 209_065)).Append("]}");

        FhirHistory.Parse(json.ToString()).Errors.Should().Equal(new InputError("Bundle.entry", "has 209 065 elements; at most 209 064 are allowed"));
    }

    [Fact]
    public void Parse_HugeArrayInAResource_IsRefusedBeforeItIsRead()
    {
        var bundle = Episode();
        bundle.Resource(0)["code"]!["coding"] = new JsonArray([.. Enumerable.Range(0, 1_001).Select(i => (JsonNode)new JsonObject { ["code"] = $"c{i}" })]);

        Errors(bundle).Should().Equal("Bundle.entry[0].resource.code.coding: has 1 001 elements; at most 1 000 are allowed");
    }

    [Fact]
    public void Parse_LimitsSmaller_AreTheLimits()
    {
        var bundle = Bundle(
            Session("s1", "proneLying", "2026-11-24T09:55:00Z", "final", "r1", "r2", "r3", "r4"),
            Session("s2", "proneLying", "2026-11-24T11:55:00Z", "final"),
            Rep("r1", null, 1),
            Rep("r2", null, 1),
            Rep("r3", null, 1),
            Rep("r4", null, 1));
        var options = new FhirReadOptions { Limits = Small };

        FhirHistory.Parse(bundle.ToJsonString(), options).Errors.Should().Equal(new InputError("Bundle", "has 2 sessions; at most 1 are allowed"));
        bundle["entry"]!.AsArray().RemoveAt(1);
        FhirHistory.Parse(bundle.ToJsonString(), options).Errors.Should().Equal(
            new InputError("Bundle.entry[0].resource.hasMember", "has 4 members; at most 3 are allowed (1 reps and the symptoms before and after the set)"),
            new InputError("Bundle.entry[1].resource", "is not a member of any session: no session's hasMember refers to it"),
            new InputError("Bundle.entry[2].resource", "is not a member of any session: no session's hasMember refers to it"),
            new InputError("Bundle.entry[3].resource", "is not a member of any session: no session's hasMember refers to it"),
            new InputError("Bundle.entry[4].resource", "is not a member of any session: no session's hasMember refers to it"));
    }

    [Fact]
    public void Parse_DocumentOverTheByteLimit_IsRefusedBeforeItIsParsed() =>
        FhirHistory.Parse(Episode().ToJsonString(), new FhirReadOptions { Limits = new InputLimits { MaxDocumentBytes = 100 } })
            .Errors.Should().ContainSingle().Which.Message.Should().MatchRegex(@"\Ais [0-9 ]+ bytes; at most 100 are allowed\z");

    [Fact]
    public void Parse_SessionThatIsItsOwnMember_IsACycle()
    {
        var bundle = Episode();
        bundle.Resource(1)["hasMember"]!.AsArray().Add(new JsonObject { ["reference"] = "Observation/s1" });

        Errors(bundle).Should().Equal("Bundle.entry[1].resource.hasMember[3].reference: refers to the session itself (a cycle)");
    }

    [Fact]
    public void Parse_RepWithMembers_CannotMakeACycle()
    {
        var bundle = Episode();
        bundle.Resource(3)["hasMember"] = new JsonArray(new JsonObject { ["reference"] = "Observation/s1" });

        Errors(bundle).Should().Equal(
            "Bundle.entry[3].resource.hasMember: a rep has no members (only a session has: a member that has members would nest sessions or make a cycle)");
    }

    [Fact]
    public void Parse_SessionAsMemberOfASession_IsRefused()
    {
        var bundle = Episode();
        bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = Session("s2", "pressUp", "2026-11-24T12:00:00Z", "final", "s1") });

        Errors(bundle).Should().Equal(
            "Bundle.entry[5].resource.hasMember[0].reference: refers to Bundle.entry[1].resource, a session: sessions do not nest (a session's members are its reps and symptom reports)");
    }

    [Fact]
    public void Parse_RepInTwoSessions_IsRefused()
    {
        var bundle = Episode();
        bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = Session("s2", "pressUp", "2026-11-24T12:00:00Z", "final", "r1") });

        Errors(bundle).Should().Equal(
            "Bundle.entry[5].resource.hasMember[0].reference: refers to Bundle.entry[3].resource, a member of Bundle.entry[1].resource already: a rep or symptom report belongs to one session");
    }

    [Fact]
    public void Parse_ReferenceThatDoesNotResolve_IsAnError()
    {
        var bundle = Episode();
        bundle.Resource(1)["hasMember"]![1]!["reference"] = "Observation/missing";

        Errors(bundle).Should().Equal(
            "Bundle.entry[1].resource.hasMember[1].reference: 'Observation/missing' does not resolve: no resource given has this fullUrl or id",
            "Bundle.entry[3].resource: is not a member of any session: no session's hasMember refers to it");
    }

    [Fact]
    public void Parse_UnknownExercise_NamesTheCode()
    {
        var bundle = Episode();
        bundle.Resource(1)["valueCodeableConcept"] = Coding(Cs, "pressup");

        Errors(bundle).Should().Equal(
            "Bundle.entry[1].resource.valueCodeableConcept.coding[0].code: 'pressup' is not an exercise: use proneLying, proneOnElbows or pressUp");
    }

    [Fact]
    public void Parse_UnknownCodeOfTheLibrarysCodeSystem_IsAnError()
    {
        var bundle = Episode();
        bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = Observation("x", Coding(Cs, "exercise-sesion")) });

        Errors(bundle).Should().Equal(
            $"Bundle.entry[5].resource.code.coding[0].code: 'exercise-sesion' is not an Observation code (exercise-session, exercise-rep, symptoms-before-set, symptoms-after-set) or a red flag of {Cs} (see docs/fhir.md)");
    }

    [Fact]
    public void Parse_UnknownBodySite_NamesTheTable()
    {
        var bundle = Episode();
        bundle.Resource(3)["bodySite"] = Coding("http://snomed.info/sct", "12345");

        Errors(bundle).Should().Equal(
            $"Bundle.entry[3].resource.bodySite: http://snomed.info/sct|12345 is not a symptom location: use SNOMED CT 37822005 (lower back), 46862004 (buttock), 68367000 (thigh), 72696002 (knee), 53840002 (calf), 56459004 (foot), or noSymptoms of {Cs}");
    }

    [Fact]
    public void Parse_UnknownComponent_IsAnError()
    {
        var bundle = Episode();
        bundle.Resource(3)["component"]!.AsArray().Add(new JsonObject { ["code"] = Coding("http://loinc.org", "8867-4"), ["valueInteger"] = 80 });

        Errors(bundle).Should().Equal(
            $"Bundle.entry[3].resource.component[3].code: is not a component of a rep: use rep-range or rep-duration of {Cs}, or LOINC 72514-3 (pain)");
    }

    [Fact]
    public void Parse_Stu3Condition_IsNotFhirR4()
    {
        var bundle = Bundle(Condition("c", Coding("http://snomed.info/sct", "386661006"), clinical: null));
        bundle.Resource(0)["clinicalStatus"] = "active";

        Errors(bundle).Should().Equal(
            "Bundle.entry[0].resource.clinicalStatus: Encountered a json primitive while expecting a json object for non-primitive element 'clinicalStatus'. (not valid in FHIR R4: only FHIR R4 4.0.1 is read)");
    }

    [Fact]
    public void Parse_R5Element_IsNotFhirR4()
    {
        var bundle = Episode();
        bundle.Resource(0)["triggeredBy"] = new JsonArray(new JsonObject { ["type"] = "reflex" });

        Errors(bundle).Should().Contain(e => e.StartsWith("Bundle.entry[0].resource.triggeredBy", StringComparison.Ordinal)
            && e.EndsWith("Found unknown element 'triggeredBy'. (not valid in FHIR R4: only FHIR R4 4.0.1 is read)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_R5ResourceType_IsNotFhirR4()
    {
        var bundle = Bundle(new JsonObject { ["resourceType"] = "ActorDefinition", ["status"] = "active" });

        Errors(bundle).Should().Contain("Bundle.entry[0].resource: Encountered unknown resource type 'ActorDefinition'. (not valid in FHIR R4: only FHIR R4 4.0.1 is read)");
    }

    [Theory]
    [InlineData("""[{"resourceType":"Bundle"}]""", "$: must be a FHIR resource: a JSON object with a resourceType")]
    [InlineData("""{"type":"collection"}""", "$: has no resourceType: a FHIR resource is required")]
    [InlineData("", "$: is empty: a FHIR resource (a JSON object with a resourceType) is required")]
    [InlineData("""{"resourceType":"Bundle","type":"collection" """, "Bundle: is not valid JSON (line 1, byte 46): Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed")]
    public void Parse_NotAFhirJsonObject_IsAnError(string json, string error) =>
        FhirHistory.Parse(json).Errors.Select(e => e.ToString()).Should().Equal(error);

    [Fact]
    public void Parse_NestedTooDeep_IsAnError()
    {
        var json = """{"resourceType":"Bundle","type":"collection","meta":""" + string.Concat(Enumerable.Repeat("""{"extension":[""", 40)) + string.Concat(Enumerable.Repeat("]}", 40)) + "}";

        FhirHistory.Parse(json).Errors.Should().ContainSingle().Which.Message.Should().StartWith("is not valid JSON (line 1, byte ").And.Contain("maximum configured depth of 64");
    }

    [Fact]
    public void Parse_OnePageOfASearch_IsAnError()
    {
        var bundle = Episode();
        bundle["type"] = "searchset";
        bundle["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = "https://ehr.example/fhir/Observation?page=2" });

        Errors(bundle).Should().Equal("Bundle.link[0]: the Bundle is one page of a larger result (relation next): send every result in one Bundle, or the history would be incomplete");
    }

    [Fact]
    public void Parse_OperationOutcomeWithAnError_IsAnError()
    {
        var outcome = new JsonObject
        {
            ["resourceType"] = "OperationOutcome",
            ["issue"] = new JsonArray(new JsonObject { ["severity"] = "error", ["code"] = "timeout", ["diagnostics"] = "the Observation search timed out" }),
        };

        FhirHistory.Parse(outcome.ToJsonString()).Errors.Select(e => e.ToString()).Should().Equal(
            "OperationOutcome: is an OperationOutcome that reports an error: the Observation search timed out; the data could not be fetched, so the history would be incomplete");
    }

    [Fact]
    public void Parse_BundleInABundle_IsRefused()
    {
        var bundle = Bundle(Bundle(Pain("p", 3, "2026-11-20T09:00:00Z")));

        Errors(bundle).Should().Equal("Bundle.entry[0].resource: is a Bundle inside a Bundle: put its entries in the outer Bundle");
    }

    [Fact]
    public void Parse_DateWithoutTime_CannotBeOrdered()
    {
        var bundle = Episode();
        bundle.Resource(1)["effectivePeriod"] = new JsonObject { ["start"] = "2026-11-24" };

        Errors(bundle).Should().Equal(
            "Bundle.entry[1].resource.effectivePeriod.start: '2026-11-24' must be a date and time with an offset, e.g. 2026-11-24T09:55:00Z (a date alone cannot be ordered against the sessions)");
    }

    [Fact]
    public void Parse_SubjectMissing_IsAnError()
    {
        var bundle = Episode();
        bundle.Resource(0).Remove("subject");

        Errors(bundle).Should().Equal("Bundle.entry[0].resource.subject: is required: a reference to the patient (Patient/id)");
    }

    [Fact]
    public void Parse_ManyMutationsOfAValidBundle_NeverThrow()
    {
        var json = Episode().ToJsonString();
        var random = new Random(12);
        for (var i = 0; i < 300; i++)
        {
            var chars = json.ToCharArray();
            var at = random.Next(chars.Length);
            chars[at] = "{}[]\",:0123456789.-eE tfnx\\"[random.Next(27)];
            var mutated = random.Next(4) == 0 ? new string(chars, 0, at) : new string(chars);

            var read = FhirHistory.Parse(mutated);

            (read.IsValid ^ read.Errors.Length > 0).Should().BeTrue($"a result has a history or errors, not both ({mutated})");
        }
    }

    private static IEnumerable<string> Errors(JsonObject bundle)
    {
        var read = FhirHistory.Parse(bundle.ToJsonString());
        read.IsValid.Should().BeFalse();
        read.History.Should().BeNull();
        return read.Errors.Select(e => e.ToString());
    }
}
