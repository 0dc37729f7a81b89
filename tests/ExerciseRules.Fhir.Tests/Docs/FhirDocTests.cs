using System.Text.Json.Nodes;
using ExerciseRules.Fhir.Tests.Support;
using ExerciseRules.Model;

namespace ExerciseRules.Fhir.Tests.Docs;

/// <summary>docs/fhir.md and the published CodeSystem say what the library reads: every code, with its display.</summary>
public sealed class FhirDocTests
{
    private static readonly string Doc = Repository.ReadText("docs", "fhir.md");

    [Fact]
    public void Doc_CitesEveryRedFlagCodeWithItsDisplay()
    {
        foreach (var flag in Enum.GetValues<RedFlag>())
        {
            foreach (var code in FhirCodes.RedFlagCodes(flag).Where(c => c.System == FhirCodes.SnomedCt))
            {
                Doc.Should().Contain($"`{code.Code}` {code.Display}", $"docs/fhir.md should cite {flag}'s SNOMED CT code");
            }
        }
    }

    [Fact]
    public void Doc_CitesEveryLocationCodeWithItsDisplay()
    {
        foreach (var location in Enum.GetValues<SymptomLocation>())
        {
            foreach (var code in FhirCodes.LocationCodes(location))
            {
                Doc.Should().Contain($"| `{code.Code}` | {code.Display} |", $"docs/fhir.md should cite {location}'s code");
            }
        }
    }

    [Fact]
    public void CodeSystem_HoldsEveryCodeOfTheLibrarysSystem_WithItsDisplay()
    {
        var concepts = JsonNode.Parse(Repository.ReadText("docs", "fhir", "CodeSystem-exercise-rules.json"))!["concept"]!.AsArray()
            .ToDictionary(c => c!["code"]!.GetValue<string>(), c => c!["display"]!.GetValue<string>());
        var own = Enum.GetValues<RedFlag>().SelectMany(f => FhirCodes.RedFlagCodes(f))
            .Concat(FhirCodes.LocationCodes(SymptomLocation.None))
            .Where(c => c.System == FhirCodes.CodeSystem);

        foreach (var code in own)
        {
            concepts.Should().ContainKey(code.Code).WhoseValue.Should().Be(code.Display);
        }

        concepts.Keys.Should().Contain([FhirCodes.Session, FhirCodes.Rep, FhirCodes.SymptomsBeforeSet, FhirCodes.SymptomsAfterSet,
            FhirCodes.RepRange, FhirCodes.RepDuration, FhirCodes.PressUpProgramme, "proneLying", "proneOnElbows", "pressUp"]);
        concepts.Should().HaveCount(19);
    }

    [Fact]
    public void LocationValueSet_IsTheTableOfTheReader()
    {
        var included = JsonNode.Parse(Repository.ReadText("docs", "fhir", "ValueSet-symptom-locations.json"))!["compose"]!["include"]!.AsArray()
            .SelectMany(i => i!["concept"]!.AsArray().Select(c => (System: i["system"]!.GetValue<string>(), Code: c!["code"]!.GetValue<string>())));
        var written = Enum.GetValues<SymptomLocation>().Select(l => FhirCodes.LocationCodes(l)[0]).Select(c => (c.System, c.Code));

        included.Should().BeEquivalentTo(written);
    }
}
