using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;
using Microsoft.Extensions.Logging;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>
/// Request bodies over a real Kestrel socket: the library's 8 MiB limit, with and without Content-Length, bodies that
/// stall or trickle, and clients that go away. None of them may get 500; each gets problem details that say what to do.
/// </summary>
public sealed class RequestBodyTests(KestrelAdviceApi api) : IClassFixture<KestrelAdviceApi>
{
    private const string Now = "2026-11-24T09:58:00Z";
    private const string AdviceHead = "POST /advice?now=2026-11-24T09:58:00Z HTTP/1.1\r\nContent-Type: application/json";

    private static readonly int Limit = InputLimits.Default.MaxDocumentBytes;

    [Fact]
    public async Task Advice_HistoryOf1000Sessions_GetsTheLibrarysAdvice()
    {
        // 2.2 MB: over the API's old 1 MiB, well within the library's 8 MiB, and accepted by the CLI.
        var (history, now) = LargeHistory.Build(1_000);
        Encoding.UTF8.GetByteCount(history).Should().BeInRange(2_000_000, 2_500_000);
        var expected = new Advisor().AdviseJson(history, now);
        expected.IsValid.Should().BeTrue(string.Join("; ", expected.Errors));
        using var client = api.CreateClient();

        using var response = await client.PostAsync($"/advice?now={Uri.EscapeDataString(now.ToString("O", CultureInfo.InvariantCulture))}", Json(history), Cancel);

        (await response.Content.ReadAsStringAsync(Cancel)).Should().Be(ExerciseRulesJson.Serialize(expected.Advice!));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Advice_HistoryOf1000SessionsChunked_GetsTheLibrarysAdvice()
    {
        var (history, now) = LargeHistory.Build(1_000);
        using var client = api.CreateClient();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(history)));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/advice?now={Uri.EscapeDataString(now.ToString("O", CultureInfo.InvariantCulture))}") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request, Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        (await response.Content.ReadAsStringAsync(Cancel)).Should().Be(ExerciseRulesJson.Serialize(new Advisor().AdviseJson(history, now).Advice!));
    }

    [Fact]
    public async Task Advice_ContentLengthOverTheLimit_Returns413NamingTheLimit()
    {
        var response = await RawHttp.ExchangeAsync(api.Address, $"{AdviceHead}\r\nContent-Length: 9000000", RawHttp.Spaces(4, 1024, TimeSpan.Zero), TimeSpan.FromSeconds(20));

        response.Status.Should().Be(413);
        response.Headers["content-type"].Should().Be("application/problem+json");
        ShouldBe(response.Body, """
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
              "title": "The request body is too large.",
              "status": 413,
              "detail": "The body is 9 000 000 bytes; at most 8 388 608 bytes are allowed.",
              "maxBytes": 8388608
            }
            """);
    }

    [Fact]
    public async Task Advice_ChunkedBodyOverTheLimit_Returns413NamingTheLimit()
    {
        // 9 MiB in 64 KiB chunks, no Content-Length: the limit is found while reading.
        var chunks = RawHttp.Chunks(9 * 16, 64 * 1024, TimeSpan.Zero);

        var response = await RawHttp.ExchangeAsync(api.Address, $"{AdviceHead}\r\nTransfer-Encoding: chunked", chunks, TimeSpan.FromSeconds(30));

        response.Status.Should().Be(413);
        ShouldBe(response.Body, """
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
              "title": "The request body is too large.",
              "status": 413,
              "detail": "The body is more than 8 388 608 bytes; at most 8 388 608 bytes are allowed.",
              "maxBytes": 8388608
            }
            """);
    }

    [Fact]
    public async Task Advice_BodyExactlyAtTheLimit_IsReadAndJudgedByTheLibrary()
    {
        // 8 MiB of spaces around an empty history is valid JSON of exactly the limit.
        var body = """{ "sessions": [] }""";
        var padded = body + new string(' ', Limit - body.Length);
        using var client = api.CreateClient();

        using var response = await client.PostAsync($"/advice?now={Now}", Json(padded), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Advice_BodyThatStalls_Returns408()
    {
        var clock = Stopwatch.StartNew();

        var response = await RawHttp.ExchangeAsync(
            api.Address, $"{AdviceHead}\r\nContent-Length: 100", [new RawHttp.Part(TimeSpan.Zero, "{ \"ses"u8.ToArray())], TimeSpan.FromSeconds(20));

        response.Status.Should().Be(408);
        response.Headers["connection"].Should().Be("close");
        ShouldBe(response.Body, """
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9",
              "title": "The request body did not arrive in time.",
              "status": 408,
              "detail": "The body arrived more slowly than the server's minimum data rate; send the request again."
            }
            """);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Advice_BodyThatTrickles_Returns408AfterTheBodyTimeout()
    {
        // 640 bytes a second passes Kestrel's minimum rate, but 100,000 bytes would take minutes.
        var clock = Stopwatch.StartNew();

        var response = await RawHttp.ExchangeAsync(
            api.Address, $"{AdviceHead}\r\nContent-Length: 100000", RawHttp.Spaces(300, 64, TimeSpan.FromMilliseconds(100)), TimeSpan.FromSeconds(30));

        response.Status.Should().Be(408);
        ShouldBe(response.Body, """
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9",
              "title": "The request body did not arrive in time.",
              "status": 408,
              "detail": "The whole body must arrive within 6 seconds; send the request again."
            }
            """);
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(5.5)).And.BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Advice_ClientGoesAwayMidBody_LogsNoErrorAndTheServerGoesOn()
    {
        var before = api.Logs.Count;

        await RawHttp.SendAndDisconnectAsync(api.Address, $"{AdviceHead}\r\nContent-Length: 1000", "{ \"sessions\": [ "u8.ToArray());
        await Task.Delay(TimeSpan.FromSeconds(1), Cancel);

        api.Logs.GetSnapshot().Skip(before).Where(l => l.Level >= LogLevel.Error).Select(l => $"{l.Category}: {l.Message} {l.Exception}")
            .Should().BeEmpty("a client that goes away is not a fault of the server");
        using var client = api.CreateClient();
        using var response = await client.PostAsync($"/advice?now={Now}", Json(Repository.ReadText("docs", "examples", "quickstart.json")), Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Advice_HostNotAllowed_Returns400ProblemDetails()
    {
        var response = await RawHttp.ExchangeAsync(
            api.Address, "GET /protocol HTTP/1.1\r\nConnection: close\r\nHost: evil.example", [], TimeSpan.FromSeconds(20));

        response.Status.Should().Be(400);
        response.Headers["content-type"].Should().Be("application/problem+json");
        ShouldBe(response.Body, """
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
              "title": "The request's host is not allowed.",
              "status": 400,
              "detail": "The Host header names a host this server does not answer for (see AllowedHosts in its configuration)."
            }
            """);
    }

    [Fact]
    public async Task Advice_QueryStringOverKestrelsLimit_Returns414NotAServerError()
    {
        using var client = api.CreateClient();

        using var response = await client.PostAsync($"/advice?now={new string('9', 10_000)}", Json("{}"), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task Advice_LongQueryStringWithinKestrelsLimit_Returns400NamingTheParameter()
    {
        using var client = api.CreateClient();

        using var response = await client.PostAsync($"/advice?now={Now}&note={new string('x', 6_000)}", Json("""{ "sessions": [] }"""), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        problem["errors"]![0]!["path"]!.GetValue<string>().Should().Be("note");
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static void ShouldBe(string actual, string expected) =>
        JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)).Should().BeTrue($"the body is\n{actual}");
}
