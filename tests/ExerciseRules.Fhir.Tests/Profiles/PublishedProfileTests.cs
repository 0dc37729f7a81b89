using ExerciseRules.Fhir.Tests.Support;
using ExerciseRules.Serialization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace ExerciseRules.Fhir.Tests.Profiles;

/// <summary>
/// The published profiles (docs/fhir) hold for every example Bundle, checked by Firely's validator; every example
/// Bundle maps to the history the same episode has in the wire format (the round-trip table of docs/fhir.md).
/// </summary>
public sealed class PublishedProfileTests(FhirValidation validation) : IClassFixture<FhirValidation>
{
    private static readonly FhirJsonDeserializer Deserializer = new();

    /// <summary>The round-trip table: each example Bundle and the wire-format history of the same episode.</summary>
    private static readonly (string Bundle, string WireHistory)[] RoundTrip =
    [
        ("Bundle-quickstart.json", "docs/examples/quickstart.json"),
        ("Bundle-red-flag-emergency.json", "docs/examples/01-red-flag-emergency.json"),
        ("Bundle-progression-advance.json", "docs/examples/14-progression-advance.json"),
        ("Bundle-ehr-searchset.json", "docs/fhir/examples/ehr-searchset.history.json"),
    ];

    public static TheoryData<string, string> Table() => [.. RoundTrip];

    public static TheoryData<string> Bundles() => [.. BundleFiles()];

    [Fact]
    public void Table_NamesEveryExampleBundle() =>
        RoundTrip.Select(row => row.Bundle).Should().BeEquivalentTo(BundleFiles());

    [Theory]
    [MemberData(nameof(Table))]
    public void ExampleBundle_MapsToTheHistoryOfTheSameEpisode(string bundle, string wireHistory)
    {
        var expected = ExerciseRulesJson.ParseHistory(Repository.ReadText([.. wireHistory.Split('/')])).GetValueOrThrow();

        var read = FhirHistory.Parse(Repository.ReadText("docs", "fhir", "examples", bundle));

        read.Errors.Should().BeEmpty();
        read.History.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void ExampleBundle_IsValidFhirR4_AndEveryEntryMeetsTheProfilesItClaims(string file)
    {
        var bundle = Deserializer.Deserialize<Bundle>(Repository.ReadText("docs", "fhir", "examples", file));

        validation.Errors(bundle, "http://hl7.org/fhir/StructureDefinition/Bundle").Should().BeEmpty();
        foreach (var entry in bundle.Entry)
        {
            foreach (var profile in entry.Resource!.Meta?.Profile.OfType<string>() ?? [])
            {
                validation.Errors(entry.Resource, profile).Should().BeEmpty($"{entry.Resource.TypeName}/{entry.Resource.Id} claims {profile}");
            }
        }
    }

    [Fact]
    public void ExampleBundles_ClaimEachOfTheLibrarysProfiles()
    {
        var claimed = BundleFiles()
            .Select(file => Deserializer.Deserialize<Bundle>(Repository.ReadText("docs", "fhir", "examples", file)))
            .SelectMany(b => b.Entry.SelectMany(e => e.Resource!.Meta?.Profile.OfType<string>() ?? []))
            .ToHashSet();

        claimed.Should().Contain([FhirCodes.SessionProfile, FhirCodes.RepProfile, FhirCodes.SetSymptomsProfile, FhirCodes.PainSeverityProfile]);
    }

    private static Observation Quickstart(string id) =>
        FhirHistory.ToBundle(ExerciseRulesJson.ParseHistory(Repository.ReadText("docs", "examples", "quickstart.json")).GetValueOrThrow())
            .Entry.Select(e => e.Resource).OfType<Observation>().Single(o => o.Id == id);

    private static IEnumerable<string> BundleFiles() =>
        Directory.GetFiles(Repository.PathOf("docs", "fhir", "examples"), "Bundle-*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void RepProfile_RejectsARepOutOfRange()
    {
        var rep = Quickstart("session-1-rep-1");
        rep.Component[1].Value = new Integer(11);
        rep.Component[0].Value = new Quantity { Value = 1.5m, Unit = "1", System = FhirCodes.Ucum, Code = "1" };
        rep.BodySite = new CodeableConcept(FhirCodes.SnomedCt, "12345");

        var errors = validation.Errors(rep, FhirCodes.RepProfile);

        errors.Should().Contain(e => e.StartsWith("Observation.component[1].value[0]: Value '11' is larger than 10.", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("Observation.component[0].value[0].value[0]: Value '1.5' is larger than 1.", StringComparison.Ordinal));
        errors.Should().Contain(e => e.StartsWith("Observation.bodySite[0]: Code '12345'", StringComparison.Ordinal));
    }

    [Fact]
    public void SessionProfile_RejectsASessionWithoutItsExerciseOrStart()
    {
        var session = Quickstart("session-1");
        session.Value = null;
        session.Effective = null;

        validation.Errors(session, FhirCodes.SessionProfile).Should().BeEquivalentTo(
            "Observation: Missing required member: 'effective'",
            "Observation: Missing required member: 'value'");
    }
}
