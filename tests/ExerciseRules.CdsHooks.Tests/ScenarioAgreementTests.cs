using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.CdsHooks.Tests.Support;
using ExerciseRules.Model;
using ExerciseRules.Scenarios;
using ExerciseRules.Serialization;

namespace ExerciseRules.CdsHooks.Tests;

/// <summary>
/// Every conformance scenario, its history written as FHIR and sent as a CDS Hooks prefetch, gets the same advice from
/// the CDS Hooks service as from /advice of the same host (and as the scenario expects): FHIR in changes nothing.
/// </summary>
public sealed class ScenarioAgreementTests(ScenarioHosts hosts) : IClassFixture<ScenarioHosts>
{
    private static readonly ScenarioDirectory Scenarios =
        ScenarioDirectory.Load(Repository.PathOf("tests", "ExerciseRules.Protocol.Tests", "Scenarios"), new ScenarioLoadOptions { AllowOutside = Repository.PathOf("docs", "examples") });

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Names() => [.. Scenarios.Scenarios.Select(s => s.Name)];

    [Fact]
    public void Scenarios_AreAllRead() => Scenarios.IsValid.Should().BeTrue(string.Join("; ", Scenarios.Files.SelectMany(f => f.Errors)));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Scenario_ThroughCdsHooks_GetsTheAdviceOfSlashAdvice(string name)
    {
        var scenario = Scenarios.Scenarios.Single(s => s.Name == name);
        var host = hosts.For(scenario.Options ?? ProtocolOptions.Default);
        host.Clock.Now = scenario.Now;

        var card = await host.CardAsync(CdsHost.Request(scenario.History!, scenario.Now), Cancel);
        var fromCds = ExerciseRulesJson.ParseAdvice(card["extension"]!["example.exerciserules.advice"]!.ToJsonString()).GetValueOrThrow();

        var now = Uri.EscapeDataString(WireNames.Time(scenario.Now));
        using var response = await host.Client.PostAsync($"/advice?now={now}", new StringContent(ExerciseRulesJson.Serialize(scenario.History!), Encoding.UTF8, "application/json"), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.IsSuccessStatusCode.Should().BeTrue(body);
        var fromAdvice = ExerciseRulesJson.ParseAdvice(body).GetValueOrThrow();

        fromCds.Should().Be(fromAdvice);
        scenario.Expect.Check(fromCds, null).Should().BeEmpty();
        card["indicator"]!.GetValue<string>().Should().Be(fromAdvice.Step switch
        {
            AdviceStep.SeekUrgentCare => "critical",
            AdviceStep.ContactTherapist or AdviceStep.StopSet => "warning",
            _ => "info",
        });
        card["summary"]!.GetValue<string>().Length.Should().BeLessThan(140);
    }
}

/// <summary>One host per set of protocol options the scenarios use, started once for the class.</summary>
public sealed class ScenarioHosts : IAsyncDisposable
{
    private readonly Dictionary<ProtocolOptions, CdsHost> _hosts = [];

    public CdsHost For(ProtocolOptions options)
    {
        if (!_hosts.TryGetValue(options, out var host))
        {
            host = _hosts[options] = options == ProtocolOptions.Default ? new CdsHost() : CdsHost.WithOptions(options);
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await host.DisposeAsync();
        }
    }
}
