using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Samples.Tests.Support;
using ExerciseRules.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>The advice API over HTTP, in-process (WebApplicationFactory), with the appsettings.json it ships.</summary>
public sealed class AdviceApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Now = "2026-11-24T09:58:00Z";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Advice_ValidHistory_ReturnsTheLibrarysAdviceJsonExactly()
    {
        var history = Repository.ReadText("docs", "examples", "quickstart.json");

        using var response = await _client.PostAsync($"/advice?now={Now}", Json(history), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var expected = new Advisor().AdviseJson(history, DateTimeOffset.Parse(Now, System.Globalization.CultureInfo.InvariantCulture)).GetAdviceOrThrow();
        (await response.Content.ReadAsStringAsync(Cancel)).Should().Be(ExerciseRulesJson.Serialize(expected));
        expected.Step.Should().Be(AdviceStep.ReduceRange);
    }

    [Fact]
    public async Task Advice_InvalidHistory_Returns400ProblemNamingEachBadField()
    {
        var history = Repository.ReadText("docs", "examples", "invalid", "two-problems.json");

        using var response = await _client.PostAsync($"/advice?now={Now}", Json(history), Cancel);

        var problem = await ProblemOf(response);
        problem["status"]!.GetValue<int>().Should().Be(400);
        Paths(problem).Should().Equal("sessions[0].reps[0].pain", "sessions[0].reps[1].range");
        problem["errors"]![0]!["message"]!.GetValue<string>().Should().Be("must be between 0 and 10");
    }

    [Theory]
    [InlineData("""{ "sessions": [ }""", "sessions[0]")]
    [InlineData("", "$")]
    [InlineData("""{ "sessions": [], "baseline": { "painn": 3 } }""", "baseline.painn")]
    [InlineData("""{ "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00", "reps": [], "completed": false } ] }""", "sessions[0].startedAt")]
    [InlineData("""{ "redFlags": ["Fever"], "sessions": [] }""", "redFlags[0]")]
    public async Task Advice_BadJson_Returns400WithThePath(string body, string path)
    {
        using var response = await _client.PostAsync($"/advice?now={Now}", Json(body), Cancel);

        Paths(await ProblemOf(response)).Should().Equal(path);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-24T09:58:00")]         // no offset: the advice would depend on the server's zone
    [InlineData("2026-11-24T09:58:00 01:00")]   // a + not written as %2B in the query string
    public async Task Advice_BadNow_Returns400ForNow(string now)
    {
        using var response = await _client.PostAsync($"/advice?now={Uri.EscapeDataString(now)}", Json("""{ "sessions": [] }"""), Cancel);

        var problem = await ProblemOf(response);
        Paths(problem).Should().Equal("now");
    }

    [Fact]
    public async Task Advice_BadNowAndBadJson_NamesBoth()
    {
        using var response = await _client.PostAsync("/advice?now=soon", Json("""{ "sessions": 3 }"""), Cancel);

        Paths(await ProblemOf(response)).Should().Equal("now", "sessions");
    }

    [Fact]
    public async Task Advice_NowWithAnOffset_IsAccepted()
    {
        using var response = await _client.PostAsync($"/advice?now={Uri.EscapeDataString("2026-11-24T10:58:00+01:00")}", Json(Repository.ReadText("docs", "examples", "quickstart.json")), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Advice_RepAfterNow_Returns400()
    {
        using var response = await _client.PostAsync("/advice?now=2026-11-24T09:56:30Z", Json(Repository.ReadText("docs", "examples", "quickstart.json")), Cancel);

        Paths(await ProblemOf(response)).Should().Equal("sessions[0].reps[1].at");
    }

    [Fact]
    public async Task Explain_ValidHistory_ReturnsTheAdviceAndTheFullTrace()
    {
        var history = Repository.ReadText("docs", "examples", "quickstart.json");

        using var advice = await _client.PostAsync($"/advice?now={Now}", Json(history), Cancel);
        using var response = await _client.PostAsync($"/explain?now={Now}", Json(history), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        JsonNode.DeepEquals(body["advice"], JsonNode.Parse(await advice.Content.ReadAsStringAsync(Cancel))).Should().BeTrue("/explain's advice is /advice's");

        var fired = body["trace"]!["fired"]!.AsArray();
        var intensify = fired.Single(f => f!["rule"]!.GetValue<string>() == RuleNames.SymptomsIntensify)!;
        intensify["stage"]!.GetValue<string>().Should().Be("decide");
        intensify["priority"]!.GetValue<int>().Should().Be(70);
        intensify["facts"]!.AsArray().Select(f => f!["type"]!.GetValue<string>()).Should().Equal("OpenSet", "LastRep");
        intensify["facts"]![1]!["value"]!.GetValue<string>().Should().Contain("Response = Worse");
        fired.Select(f => f!["sequence"]!.GetValue<int>()).Should().BeInAscendingOrder();

        var notFired = body["trace"]!["notFired"]!.AsArray();
        var emergency = notFired.Single(m => m!["rule"]!.GetValue<string>() == RuleNames.RedFlagEmergency)!;
        emergency["reason"]!.GetValue<string>().Should().Be("factPresent");
        emergency["condition"]!.GetValue<string>().Should().Be("not Decision");
        emergency["explanation"]!.GetValue<string>().Should().Contain("Step = ReduceRange");

        var rules = PressUpProtocol.Compile().Rules.Select(r => r.Name);
        fired.Select(f => f!["rule"]!.GetValue<string>()).Concat(notFired.Select(m => m!["rule"]!.GetValue<string>()))
            .Should().BeEquivalentTo(rules, "every rule either fired or says why not");
    }

    [Fact]
    public async Task Explain_InvalidHistory_Returns400WithPaths()
    {
        var history = Repository.ReadText("docs", "examples", "invalid", "pain-11.json");

        using var response = await _client.PostAsync($"/explain?now={Now}", Json(history), Cancel);

        Paths(await ProblemOf(response)).Should().Equal("sessions[0].reps[2].pain");
    }

    [Fact]
    public async Task Protocol_ListsEveryRuleAndTheOptionsInForce()
    {
        var body = JsonNode.Parse(await _client.GetStringAsync("/protocol", Cancel))!;

        var rules = body["rules"]!.AsArray();
        var expected = PressUpProtocol.Compile().Rules;
        rules.Select(r => r!["name"]!.GetValue<string>()).Should().Equal(expected.Select(r => r.Name), "every rule, in evaluation order");
        foreach (var (rule, json) in expected.Zip(rules))
        {
            json!["stage"]!.GetValue<string>().Should().Be(WireNames.Of(rule.Metadata.Stage));
            json["priority"]!.GetValue<int>().Should().Be(rule.Metadata.Priority);
            json["description"]!.GetValue<string>().Should().Be(rule.Metadata.Description);
            json["source"]!.GetValue<string>().Should().Be(rule.Metadata.Source);
            json["conditions"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()).Should().Equal(rule.Conditions.Select(c => c.ToString()));
        }

        // appsettings.json names some options with the protocol's defaults; the rest keep theirs.
        JsonNode.DeepEquals(body["options"], JsonNode.Parse(ExerciseRulesJson.Serialize(ProtocolOptions.Default))).Should().BeTrue();
    }

    [Fact]
    public async Task Protocol_OptionsFromConfiguration_AreTheOnesInForce()
    {
        using var configured = factory.WithWebHostBuilder(host => host.UseSetting("ExerciseRules:MaxReps", "12"));
        using var client = configured.CreateClient();

        var body = JsonNode.Parse(await client.GetStringAsync("/protocol", Cancel))!;
        using var advice = await client.PostAsync($"/advice?now={Now}", Json(Repository.ReadText("docs", "examples", "quickstart.json")), Cancel);

        body["options"]!["maxReps"]!.GetValue<int>().Should().Be(12);
        JsonNode.Parse(await advice.Content.ReadAsStringAsync(Cancel))!["repsRemaining"]!.GetValue<int>().Should().Be(10);
    }

    [Fact]
    public void Startup_InvalidOptions_FailsWithTheLibrarysMessage()
    {
        using var configured = factory.WithWebHostBuilder(host => host.UseSetting("ExerciseRules:MaxReps", "0"));

        var start = () => configured.CreateClient();

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*maxReps: must be between 1 and 100*");
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheEndpoints()
    {
        using var response = await _client.GetAsync("/openapi/v1.json", Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        document["openapi"]!.GetValue<string>().Should().StartWith("3.");
        document["info"]!["title"]!.GetValue<string>().Should().Be("ExerciseRules advice API");
        var paths = document["paths"]!.AsObject();
        paths.Select(p => p.Key).Should().BeEquivalentTo("/advice", "/explain", "/protocol");
        paths["/advice"]!["post"]!["responses"]!["400"]!["content"]!.AsObject().Select(c => c.Key).Should().Contain("application/problem+json");
    }

    [Fact]
    public async Task Advice_NotJson_Returns415()
    {
        using var response = await _client.PostAsync($"/advice?now={Now}", new StringContent("{}", Encoding.UTF8, "text/plain"), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonNode> ProblemOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType.Should().Be(MediaTypeHeaderValue.Parse("application/problem+json"));
        var problem = JsonNode.Parse(text)!;
        problem["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        problem["type"]!.GetValue<string>().Should().StartWith("https://");
        return problem;
    }

    private static List<string> Paths(JsonNode problem) =>
        [.. problem["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>())];
}

/// <summary>Where the API listens: 127.0.0.1 only, in code and in launchSettings.json.</summary>
public sealed class LoopbackTests
{
    [Fact]
    public void Url_Default_IsTheLoopbackAddress()
    {
        AdviceApi.Loopback.Url(Configuration()).Should().Be("http://127.0.0.1:5080");
    }

    [Fact]
    public void Url_Port_KeepsTheLoopbackAddress()
    {
        AdviceApi.Loopback.Url(Configuration(("AdviceApi:Port", "6000"))).Should().Be("http://127.0.0.1:6000");
    }

    [Theory]
    [InlineData("0.0.0.0:80")]
    [InlineData("0")]
    [InlineData("70000")]
    public void Url_BadPort_Throws(string port)
    {
        var url = () => AdviceApi.Loopback.Url(Configuration(("AdviceApi:Port", port)));

        url.Should().Throw<InvalidOperationException>().WithMessage("*AdviceApi:Port*");
    }

    [Fact]
    public void LaunchSettings_EveryProfile_UsesTheLoopbackAddress()
    {
        using var settings = JsonDocument.Parse(Repository.ReadText("samples", "AdviceApi", "Properties", "launchSettings.json"));

        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            profile.Value.GetProperty("applicationUrl").GetString().Should().StartWith("http://127.0.0.1:", profile.Name);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
