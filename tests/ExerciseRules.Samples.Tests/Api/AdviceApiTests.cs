using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
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
        emergency["reason"]!.GetValue<string>().Should().Be("testFalse");
        emergency["condition"]!.GetValue<string>().Should().Be("match ReportedRedFlags where ReportedRedFlags.AnyEmergency");
        emergency["explanation"]!.GetValue<string>().Should().Be("ReportedRedFlags.AnyEmergency was false: AnyEmergency = false");
        var progress = notFired.Single(m => m!["rule"]!.GetValue<string>() == RuleNames.Progress)!;
        progress["explanation"]!.GetValue<string>().Should().Be("LastRep.Response != Worse was false: Response = Worse");

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
            json!["stage"]!.GetValue<string>().Should().Be(WireNames.Of(rule.Stage));
            json["priority"]!.GetValue<int>().Should().Be(rule.Priority);
            json["description"]!.GetValue<string>().Should().Be(rule.Description);
            json["source"]!.GetValue<string>().Should().Be(rule.Source);
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

    [Theory]
    [InlineData("text/plain", "The body must be sent as application/json (UTF-8); the request's Content-Type is another type.")]
    [InlineData("application/xml", "The body must be sent as application/json (UTF-8); the request's Content-Type is another type.")]
    [InlineData("application/json; charset=utf-16", "The body must be UTF-8; the request's Content-Type names another charset.")]
    [InlineData("application/json; charset=\"latin1\"", "The body must be UTF-8; the request's Content-Type names another charset.")]
    public async Task Advice_NotUtf8Json_Returns415(string contentType, string detail)
    {
        using var content = new ByteArrayContent("{ \"sessions\": [] }"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.PostAsync($"/advice?now={Now}", content, Cancel);

        await ShouldBeProblem(response, 415, "The request body must be JSON.", detail);
    }

    [Theory]
    [InlineData("/advice")]
    [InlineData("/explain")]
    public async Task Advice_NoContentType_Returns415(string endpoint)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Repository.ReadText("docs", "examples", "quickstart.json")));

        using var response = await _client.PostAsync($"{endpoint}?now={Now}", content, Cancel);

        await ShouldBeProblem(response, 415, "The request body must be JSON.", "The request has no Content-Type; send the body as application/json.");
    }

    [Fact]
    public async Task Advice_CompressedBody_Returns415()
    {
        using var content = Json("""{ "sessions": [] }""");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await _client.PostAsync($"/advice?now={Now}", content, Cancel);

        await ShouldBeProblem(response, 415, "The request body must be JSON.", "The body must not be compressed: the API takes no Content-Encoding.");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=UTF-8")]
    public async Task Advice_Utf8Json_IsAccepted(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Repository.ReadText("docs", "examples", "quickstart.json")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.PostAsync($"/advice?now={Now}", content, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Advice_ByteOrderMark_IsAccepted()
    {
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Repository.ReadText("docs", "examples", "quickstart.json"))]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        using var response = await _client.PostAsync($"/advice?now={Now}", content, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 16, "0xFF")]               // never valid in UTF-8
    [InlineData(new byte[] { 0xC3, 0x28 }, 16, "0xC3")]         // a lead byte without its continuation
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 16, "0xED")]   // an encoded surrogate
    public async Task Advice_BodyNotUtf8_Returns400AtTheRoot(byte[] bad, int offset, string hex)
    {
        using var content = new ByteArrayContent([.. "{ \"redFlags\": [\""u8.ToArray(), .. bad, .. "\"], \"sessions\": [] }"u8.ToArray()]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        using var response = await _client.PostAsync($"/advice?now={Now}", content, Cancel);

        var problem = await ProblemOf(response);
        problem["errors"]!.ToJsonString().Should().Be(
            $$"""[{"path":"$","message":"must be UTF-8 text; the byte at offset {{offset}} ({{hex}}) is not valid UTF-8"}]""");
    }

    [Fact]
    public async Task Advice_ContentLengthOverTheLimit_Returns413()
    {
        using var response = await _client.PostAsync($"/advice?now={Now}", Json(new string(' ', (8 * 1024 * 1024) + 1)), Cancel);

        await ShouldBeProblem(response, 413, "The request body is too large.", "The body is 8 388 609 bytes; at most 8 388 608 bytes are allowed.");
    }

    [Theory]
    [InlineData("2026-11-24T09:58:00Z\n", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; it has white space or a line break before or after it")]
    [InlineData("2026-11-24T09:58:00Z\r\n", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; it has white space or a line break before or after it")]
    [InlineData(" 2026-11-24T09:58:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; it has white space or a line break before or after it")]
    [InlineData("", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z")]
    [InlineData("2026-11-24T09:58:00+14:01", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; the offset +14:01 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("2026-02-30T09:58:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-02-30 is not a date in the calendar")]
    [InlineData("2026-13-01T09:58:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 2026-13-01 is not a date in the calendar")]
    [InlineData("2026-11-24T24:00:00Z", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; 24:00:00 is not a time of day (hours run from 00 to 23, minutes and seconds from 00 to 59)")]
    [InlineData("0001-01-01T00:00:00+01:00", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; in UTC it falls before 0001-01-01T00:00:00Z, the earliest time there is")]
    [InlineData("9999-12-31T23:59:59-00:01", "must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; in UTC it falls after 9999-12-31T23:59:59.9999999Z, the latest time there is")]
    public async Task Advice_BadNow_SaysWhatIsWrong(string now, string message)
    {
        using var response = await _client.PostAsync($"/advice?now={Uri.EscapeDataString(now)}", Json("""{ "sessions": [] }"""), Cancel);

        var problem = await ProblemOf(response);
        problem["errors"]!.ToJsonString().Should().Be(new JsonArray(new JsonObject { ["path"] = "now", ["message"] = message }).ToJsonString());
        problem["detail"]!.GetValue<string>().Should().Be($"1 problem: now: {message}");
    }

    [Fact]
    public async Task Advice_NowGivenTwice_Returns400()
    {
        using var response = await _client.PostAsync($"/advice?now={Now}&now={Now}", Json("""{ "sessions": [] }"""), Cancel);

        var problem = await ProblemOf(response);
        problem["errors"]!.ToJsonString().Should().Be("""[{"path":"now","message":"is given 2 times; give it once"}]""");
    }

    [Theory]
    [InlineData("nwo=2026-11-24T09:58:00Z", "nwo")] // a misspelt now would otherwise give advice at the server's clock, silently
    [InlineData("=1", "(empty name)")]
    public async Task Advice_UnknownQueryParameter_Returns400NamingIt(string query, string path)
    {
        using var response = await _client.PostAsync($"/advice?{query}", Json("""{ "sessions": [] }"""), Cancel);

        var problem = await ProblemOf(response);
        problem["errors"]!.ToJsonString().Should().Be($$"""[{"path":"{{path}}","message":"is not a known query parameter; the only one is now"}]""");
    }

    [Fact]
    public async Task Advice_NowInAnyCase_IsTheParameter()
    {
        using var response = await _client.PostAsync($"/advice?NOW={Now}", Json(Repository.ReadText("docs", "examples", "quickstart.json")), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Advice_ExactProblemDetails_ForAnInvalidHistory()
    {
        using var response = await _client.PostAsync($"/advice?now={Now}", Json(Repository.ReadText("docs", "examples", "invalid", "two-problems.json")), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBe(await response.Content.ReadAsStringAsync(Cancel), """
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
              "title": "The request is not valid.",
              "status": 400,
              "detail": "2 problems; see errors.",
              "errors": [
                { "path": "sessions[0].reps[0].pain", "message": "must be between 0 and 10" },
                { "path": "sessions[0].reps[1].range", "message": "must be between 0 and 1 (a fraction of full range)" }
              ]
            }
            """);
    }

    [Theory]
    [InlineData("GET", "/nothing", 404, "There is no such endpoint.", "Nothing answers GET /nothing; the endpoints are in /openapi/v1.json.")]
    [InlineData("GET", "/advice", 405, "The endpoint does not take this method.", "/advice does not take GET; it takes POST.")]
    [InlineData("DELETE", "/protocol", 405, "The endpoint does not take this method.", "/protocol does not take DELETE; it takes GET.")]
    public async Task Routing_Errors_AreProblemDetailsWhateverTheClientAccepts(string method, string path, int status, string title, string detail)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await _client.SendAsync(request, Cancel);

        await ShouldBeProblem(response, status, title, detail);
    }

    [Fact]
    public async Task Advice_InvalidHistory_IsProblemDetailsWhateverTheClientAccepts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/advice?now={Now}") { Content = Json("""{ "sessions": 3 }""") };
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await _client.SendAsync(request, Cancel);

        Paths(await ProblemOf(response)).Should().Equal("sessions");
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task ShouldBeProblem(HttpResponseMessage response, int status, string title, string detail)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        ((int)response.StatusCode).Should().Be(status, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var type = status switch { 404 => "15.5.5", 405 => "15.5.6", 413 => "15.5.14", 415 => "15.5.16", _ => "15.5.1" };
        var expected = new JsonObject
        {
            ["type"] = $"https://www.rfc-editor.org/rfc/rfc9110#section-{type}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (status == 413)
        {
            expected["maxBytes"] = 8 * 1024 * 1024;
        }

        ShouldBe(text, expected.ToJsonString());
    }

    private static void ShouldBe(string actual, string expected) =>
        JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)).Should().BeTrue($"the body is\n{actual}");

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
