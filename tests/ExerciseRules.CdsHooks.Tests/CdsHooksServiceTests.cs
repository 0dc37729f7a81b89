using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.CdsHooks.Tests.Support;
using ExerciseRules.Scenarios;
using ExerciseRules.Serialization;

namespace ExerciseRules.CdsHooks.Tests;

/// <summary>The CDS Hooks 2.0 service over HTTP: discovery, a card for each step, 412 for missing prefetch, 400 for malformed requests.</summary>
public sealed class CdsHooksServiceTests(CdsHost host) : IClassFixture<CdsHost>
{
    /// <summary>The shipped scenarios read their histories from docs/examples, outside their own directory.</summary>
    private static readonly ScenarioLoadOptions Examples = new() { AllowOutside = Repository.PathOf("docs", "examples") };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Discovery_ListsThePatientViewServiceWithItsPrefetchTemplates()
    {
        using var response = await host.Client.GetAsync("/cds-services", Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var service = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!["services"]!.AsArray().Should().ContainSingle().Subject!;
        service["hook"]!.GetValue<string>().Should().Be("patient-view");
        service["id"]!.GetValue<string>().Should().Be("exercise-rules-press-up");
        service["title"]!.GetValue<string>().Should().Be("Lower-back press-up programme: next step");
        service["description"]!.GetValue<string>().Should().StartWith("The next step of the patient's lower-back press-up");
        var prefetch = service["prefetch"]!.AsObject();
        prefetch.Select(p => p.Key).Should().Equal("painSeverity", "exerciseObservations", "redFlagConditions", "redFlagObservations");
        prefetch["painSeverity"]!.GetValue<string>().Should().Be("Observation?patient={{context.patientId}}&code=http://loinc.org|72514-3");
        prefetch["exerciseObservations"]!.GetValue<string>().Should().Be(
            "Observation?patient={{context.patientId}}&code=https://exerciserules.example/fhir/CodeSystem/exercise-rules|exercise-session,https://exerciserules.example/fhir/CodeSystem/exercise-rules|exercise-rep,https://exerciserules.example/fhir/CodeSystem/exercise-rules|symptoms-before-set,https://exerciserules.example/fhir/CodeSystem/exercise-rules|symptoms-after-set");
        prefetch["redFlagConditions"]!.GetValue<string>().Should().StartWith("Condition?patient={{context.patientId}}&code=")
            .And.Contain("http://snomed.info/sct|386661006").And.Contain("https://exerciserules.example/fhir/CodeSystem/exercise-rules|saddleNumbness");
        prefetch["redFlagObservations"]!.GetValue<string>().Should().StartWith("Observation?patient={{context.patientId}}&code=");
    }

    [Theory]
    [InlineData("01-red-flag-emergency.json", "critical", "seekUrgentCare", "Red flag reported: seek emergency care now and stop the exercise programme.")]
    [InlineData("02-red-flag-urgent.json", "critical", "seekUrgentCare", "Red flag reported: arrange an urgent medical review and pause the exercise programme.")]
    [InlineData("03-pain-persists.json", "warning", "contactTherapist", "Pain has not improved with the programme: contact the physical therapist.")]
    [InlineData("05-keeps-worsening.json", "warning", "stopSet", "Symptoms keep worsening: stop this set of press-up; the next session steps back one exercise.")]
    [InlineData("06-set-done.json", "info", "finishSet", "Set of press-up done: relax on the stomach, then rise safely.")]
    [InlineData("07-symptoms-intensify.json", "info", "reduceRange", "Symptoms intensifying: rest, then do the next press-up less far (about 40% of full range).")]
    [InlineData("10-progress.json", "info", "progressRange", "Symptoms not worse: go a little further on the next press-up (about 60% of full range).")]
    [InlineData("12-start-set.json", "info", "startSet", "Start a set of press-up (about 70% of full range).")]
    [InlineData("13-between-sessions.json", "info", "nextSession", "Between sessions: the next press-up session is due 2026-11-24 10:07 UTC.")]
    public async Task Call_EachStep_GetsACardWithItsIndicatorAndSummary(string scenarioFile, string indicator, string step, string summary)
    {
        var scenario = ScenarioFile.Load(Repository.PathOf("tests", "ExerciseRules.Protocol.Tests", "Scenarios", scenarioFile), Examples).Scenario!;
        host.Clock.Now = scenario.Now;

        var card = await host.CardAsync(CdsHost.Request(scenario.History!, scenario.Now), Cancel);

        card["indicator"]!.GetValue<string>().Should().Be(indicator);
        card["summary"]!.GetValue<string>().Should().Be(summary).And.HaveLength(summary.Length).And.Match(s => s.Length < 140);
        card["extension"]!["example.exerciserules.advice"]!["step"]!.GetValue<string>().Should().Be(step);
        Guid.TryParse(card["uuid"]!.GetValue<string>(), out _).Should().BeTrue();
        card["source"]!["label"]!.GetValue<string>().Should().Be("ExerciseRules press-up programme");
        card["source"]!["topic"]!["code"]!.GetValue<string>().Should().Be("press-up-programme");
    }

    [Fact]
    public async Task Call_Card_DetailHoldsTheMessagesTargetAndTheRuleThatDecidedWithItsSource()
    {
        var scenario = ScenarioFile.Load(Repository.PathOf("tests", "ExerciseRules.Protocol.Tests", "Scenarios", "07-symptoms-intensify.json"), Examples).Scenario!;
        host.Clock.Now = scenario.Now;

        var detail = (await host.CardAsync(CdsHost.Request(scenario.History!, scenario.Now), Cancel))["detail"]!.GetValue<string>();

        detail.Should().StartWith("- Your symptoms are intensifying. Slowly lower down and rest for 5 seconds, then press up again but do not go so far this time (about 40% of your full range).\n");
        detail.Should().Contain("- **Target range:** 40% of full range (0.4)\n");
        detail.Should().Contain("- **Step:** reduceRange\n");
        detail.Should().EndWith(
            "**Decided by** `symptoms-intensify`: If you feel that by this exercise your symptoms are intensifying then do not go very far now slowly lower down and rest for few seconds and then press up again\n");
    }

    [Fact]
    public async Task Call_PrefetchKeyMissing_Is412WithProblemDetails()
    {
        var request = Quickstart();
        request["prefetch"]!.AsObject().Remove("redFlagConditions");
        request["prefetch"]!.AsObject().Remove("painSeverity");

        var problem = await ProblemAsync(request, HttpStatusCode.PreconditionFailed);

        problem["title"]!.GetValue<string>().Should().Be("Prefetch data is missing.");
        problem["type"]!.GetValue<string>().Should().Be("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13");
        Errors(problem).Should().Equal(
            "prefetch.painSeverity: is required: the pain severity Observations (LOINC 72514-3), for the baseline; this service has no FHIR server to fetch them from",
            "prefetch.redFlagConditions: is required: the red-flag Conditions; this service has no FHIR server to fetch them from");
    }

    [Fact]
    public async Task Call_NoPrefetchAtAll_Is412()
    {
        var request = Quickstart();
        request.Remove("prefetch");

        Errors(await ProblemAsync(request, HttpStatusCode.PreconditionFailed)).Should().HaveCount(4);
    }

    [Fact]
    public async Task Call_PrefetchTheClientCouldNotFetch_Is412()
    {
        var request = Quickstart();
        request["prefetch"]!["redFlagObservations"] = new JsonObject
        {
            ["resourceType"] = "OperationOutcome",
            ["issue"] = new JsonArray(new JsonObject { ["severity"] = "error", ["code"] = "timeout" }),
        };

        Errors(await ProblemAsync(request, HttpStatusCode.PreconditionFailed)).Should().Equal(
            "prefetch.redFlagObservations: is an OperationOutcome: the CDS client could not fetch the data, and this service has no FHIR server to fetch it from");
    }

    [Fact]
    public async Task Call_PrefetchThatIsOnePageOfASearch_Is412()
    {
        var request = Quickstart();
        request["prefetch"]!["exerciseObservations"]!["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = "https://ehr.example/fhir?page=2" });

        Errors(await ProblemAsync(request, HttpStatusCode.PreconditionFailed)).Should().Equal(
            "prefetch.exerciseObservations: is one page of a larger search result (link relation next): send every result in one Bundle");
    }

    [Fact]
    public async Task Call_PrefetchNull_MeansNoData()
    {
        var request = Quickstart();
        request["prefetch"]!["redFlagConditions"] = null;

        (await host.CardAsync(request, Cancel))["indicator"]!.GetValue<string>().Should().Be("info");
    }

    [Fact]
    public async Task Call_MalformedRequest_Is400NamingEachField()
    {
        var request = Quickstart();
        request["hook"] = "order-sign";
        request["hookInstance"] = "not-a-uuid";
        request["context"]!["userId"] = "Device/1";
        request["context"]!.AsObject().Remove("patientId");
        request["prefetch"]!["painSeverity"] = 42;
        request["fhirAuthorization"] = new JsonObject { ["access_token"] = "x" };

        var problem = await ProblemAsync(request, HttpStatusCode.BadRequest);

        problem["title"]!.GetValue<string>().Should().Be("The CDS Hooks request is not valid.");
        Errors(problem).Should().Equal(
            "hook: 'order-sign' is not a hook of this service: it is called on patient-view",
            "hookInstance: must be a UUID for this call of the hook",
            "fhirServer: is required when fhirAuthorization is given",
            "context.patientId: is required",
            "context.userId: must be the user as [ResourceType]/[id] of a Practitioner, PractitionerRole, Patient or RelatedPerson, e.g. Practitioner/abc",
            "prefetch.painSeverity: must be a FHIR resource (a Bundle of the search results) or null");
    }

    [Fact]
    public async Task Call_RequiredFieldsMissing_Is400()
    {
        var problem = await ProblemAsync(new JsonObject(), HttpStatusCode.BadRequest);

        Errors(problem).Should().Equal("hook: is required", "hookInstance: is required", "context: is required: the patient-view context (userId, patientId)");
    }

    [Fact]
    public async Task Call_NotJson_Is400()
    {
        using var response = await host.Client.PostAsync(CdsHost.Service, new StringContent("{\"hook\":", Encoding.UTF8, "application/json"), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Errors(JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject()).Should().Equal("$: is not valid JSON (line 1, byte 9)");
    }

    [Fact]
    public async Task Call_FhirValueOutOfRange_Is400AtItsPrefetchPath()
    {
        var request = Quickstart();
        request["prefetch"]!["exerciseObservations"]!["entry"]![2]!["resource"]!["component"]![1]!["valueInteger"] = 12;

        Errors(await ProblemAsync(request, HttpStatusCode.BadRequest)).Should().Equal(
            "prefetch.exerciseObservations.entry[2].resource.component[1].valueInteger: must be between 0 and 10");
    }

    [Fact]
    public async Task Call_DataOfAnotherPatient_Is400()
    {
        var request = Quickstart();
        request["context"]!["patientId"] = "someone-else";

        Errors(await ProblemAsync(request, HttpStatusCode.BadRequest)).Should().Contain(
            "prefetch.painSeverity.entry[0].resource.subject.reference: refers to Patient/example, but the request is for Patient/someone-else");
    }

    [Fact]
    public async Task Call_RepAfterNow_Is400AtTheRepsTime()
    {
        var request = Quickstart();
        host.Clock.Now = new DateTimeOffset(2026, 11, 24, 9, 56, 30, TimeSpan.Zero);

        Errors(await ProblemAsync(request, HttpStatusCode.BadRequest)).Should().Equal(
            "prefetch.exerciseObservations.entry[3].resource.effectiveDateTime: must not be later than now (2026-11-24T09:56:30Z)");
    }

    [Fact]
    public async Task Call_UnknownService_Is404()
    {
        using var response = await host.Client.PostAsync("/cds-services/other", new StringContent("{}", Encoding.UTF8, "application/json"), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Call_NotJsonContentType_Is415()
    {
        using var response = await host.Client.PostAsync(CdsHost.Service, new StringContent("{}", Encoding.UTF8, "text/plain"), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Call_BodyOverTheLimit_Is4xxNever5xx()
    {
        var huge = new string(' ', (8 * 1024 * 1024) + (65 * 1024)) + "{}";

        using var response = await host.Client.PostAsync(CdsHost.Service, new StringContent(huge, Encoding.UTF8, "application/json"), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    private static Scenario Quickstart07() =>
        ScenarioFile.Load(Repository.PathOf("tests", "ExerciseRules.Protocol.Tests", "Scenarios", "07-symptoms-intensify.json"), Examples).Scenario!;

    /// <summary>The quickstart history (one press-up session: before, two reps) at 09:58, split over the prefetch keys.</summary>
    private JsonObject Quickstart()
    {
        var now = new DateTimeOffset(2026, 11, 24, 9, 58, 0, TimeSpan.Zero);
        host.Clock.Now = now;
        return CdsHost.Request(ExerciseRulesJson.ParseHistory(File.ReadAllText(Repository.PathOf("docs", "examples", "quickstart.json"))).GetValueOrThrow(), now);
    }

    private async Task<JsonObject> ProblemAsync(JsonNode request, HttpStatusCode status)
    {
        using var response = await host.PostAsync(request, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonNode.Parse(body)!.AsObject();
        problem["status"]!.GetValue<int>().Should().Be((int)status);
        return problem;
    }

    private static IEnumerable<string> Errors(JsonObject problem) =>
        problem["errors"]!.AsArray().Select(e => $"{e!["path"]!.GetValue<string>()}: {e["message"]!.GetValue<string>()}");
}
