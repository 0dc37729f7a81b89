using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.Serialization;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>The API under concurrency, over a real socket: 200 requests at once get exactly the answers they get one by one, and those are the library's.</summary>
public sealed class ParallelRequestsTests(KestrelAdviceApi api) : IClassFixture<KestrelAdviceApi>
{
    private static readonly string[] Nows = ["2026-11-24T09:58:00Z", "2026-11-24T12:00:00%2B01:00", "2026-12-24T08:00:00Z"];

    [Fact]
    public async Task Advice_200ParallelRequests_EqualTheSequentialAnswers()
    {
        var histories = Directory.GetFiles(Repository.PathOf("docs", "examples"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "invalid.json")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        var requests = Enumerable.Range(0, 200)
            .Select(i => (Path: $"{(i % 5 == 4 ? "/explain" : "/advice")}?now={Nows[i % Nows.Length]}", Body: histories[i % histories.Count]))
            .ToList();
        using var client = api.CreateClient();

        var sequential = new List<(HttpStatusCode, string)>();
        foreach (var (path, body) in requests)
        {
            sequential.Add(await PostAsync(client, path, body));
        }

        var parallel = await Task.WhenAll(requests.Select(r => PostAsync(client, r.Path, r.Body)));

        parallel.Should().Equal(sequential);
        sequential.Select(s => s.Item1).Distinct().Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.BadRequest], "the mix holds advice and errors");
        var advisor = new Advisor();
        foreach (var ((path, body), (status, answer)) in requests.Zip(sequential).Where(r => r.First.Path.StartsWith("/advice", StringComparison.Ordinal)))
        {
            var now = DateTimeOffset.Parse(Uri.UnescapeDataString(path[(path.IndexOf('=', StringComparison.Ordinal) + 1)..]), CultureInfo.InvariantCulture);
            var expected = advisor.AdviseJson(body, now);
            if (expected.IsValid)
            {
                answer.Should().Be(ExerciseRulesJson.Serialize(expected.Advice!), path);
            }
            else
            {
                status.Should().Be(HttpStatusCode.BadRequest);
                JsonNode.Parse(answer)!["errors"]!.AsArray().Select(e => $"{e!["path"]}: {e["message"]}")
                    .Should().Equal(expected.Errors.Select(e => e.ToString()));
            }
        }
    }

    private static async Task<(HttpStatusCode, string)> PostAsync(HttpClient client, string path, string body)
    {
        using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
