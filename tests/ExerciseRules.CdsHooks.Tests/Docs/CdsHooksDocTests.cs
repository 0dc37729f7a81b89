using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ExerciseRules.CdsHooks.Tests.Support;

namespace ExerciseRules.CdsHooks.Tests.Docs;

/// <summary>docs/cds-hooks.md shows what the service does: its discovery document, and the card the request shown gets.</summary>
public sealed partial class CdsHooksDocTests(CdsHost host) : IClassFixture<CdsHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Doc_Discovery_IsWhatTheServiceServes()
    {
        using var response = await host.Client.GetAsync("/cds-services", Cancel);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel));

        JsonNode.DeepEquals(actual, Block("discovery")).Should().BeTrue($"the doc should show:\n{actual}");
    }

    [Fact]
    public async Task Doc_Request_GetsTheCardShown()
    {
        host.Clock.Now = new DateTimeOffset(2026, 11, 24, 9, 58, 0, TimeSpan.Zero);
        using var response = await host.Client.PostAsync(CdsHost.Service, new StringContent(Block("request").ToJsonString(), Encoding.UTF8, "application/json"), Cancel);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        var shown = Block("response");

        // Each card gets a new uuid: the doc's stands for it.
        actual["cards"]![0]!["uuid"] = shown["cards"]?[0]?["uuid"]?.GetValue<string>();
        JsonNode.DeepEquals(actual, shown).Should().BeTrue($"the doc should show:\n{actual}");
    }

    [Fact]
    public async Task Doc_RequestWithoutPrefetch_GetsThe412Shown()
    {
        var request = Block("request").AsObject();
        request.Remove("prefetch");
        using var response = await host.Client.PostAsync(CdsHost.Service, new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"), Cancel);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel));

        JsonNode.DeepEquals(actual, Block("412")).Should().BeTrue($"the doc should show:\n{actual}");
    }

    [Fact]
    public async Task Doc_RequestWithAPainOutOfRange_GetsThe400Shown()
    {
        var request = Block("request");
        request["prefetch"]!["exerciseObservations"]!["entry"]![2]!["resource"]!["component"]![1]!["valueInteger"] = 12;
        using var response = await host.Client.PostAsync(CdsHost.Service, new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"), Cancel);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel));

        ((int)response.StatusCode).Should().Be(400);
        JsonNode.DeepEquals(actual, Block("400")).Should().BeTrue($"the doc should show:\n{actual}");
    }

    private static JsonNode Block(string name)
    {
        var doc = File.ReadAllText(Repository.PathOf("docs", "cds-hooks.md"));
        var match = Regex.Match(doc, $@"<!-- cds-hooks: {Regex.Escape(name)} -->\s*```json\n(.*?)\n```", RegexOptions.Singleline);
        match.Success.Should().BeTrue($"docs/cds-hooks.md should have a json block marked <!-- cds-hooks: {name} -->");
        return JsonNode.Parse(match.Groups[1].Value)!;
    }
}
