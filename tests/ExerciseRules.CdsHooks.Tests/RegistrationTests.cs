using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using ExerciseRules.CdsHooks.Tests.Support;
using ExerciseRules.Model;
using ExerciseRules.Validation;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace ExerciseRules.CdsHooks.Tests;

/// <summary>The service takes its limits, clock and metrics from the advisor's registration in the host's container.</summary>
public sealed class RegistrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Call_InputLimitsRegistered_AreTheLimits()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton(new InputLimits { MaxSessions = 1 });
            services.AddSingleton<TimeProvider>(new SettableClock { Now = Now });
        }));
        using var client = factory.CreateClient();
        var history = new History([new Session(Exercise.ProneLying, Now.AddHours(-5), completed: true), new Session(Exercise.ProneLying, Now.AddHours(-3), completed: true)]);

        using var response = await client.PostAsync(CdsHost.Service, Json(CdsHost.Request(history, Now)), Cancel);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!["errors"]!.AsArray();
        errors.Select(e => $"{e!["path"]}: {e["message"]}").Should().Equal("prefetch.exerciseObservations: has 2 sessions; at most 1 are allowed");
    }

    [Fact]
    public async Task Call_Card_IsCountedByIndicatorWithTheHostsMeterFactory()
    {
        await using var host = new CdsHost();
        using var cards = new MetricCollector<long>(host.Resolve<IMeterFactory>(), CdsHooksTelemetry.Name, CdsHooksTelemetry.CardCounter);
        using var requests = new MetricCollector<long>(host.Resolve<IMeterFactory>(), CdsHooksTelemetry.Name, CdsHooksTelemetry.RequestCounter);
        host.Clock.Now = Now;
        var request = CdsHost.Request(new History(redFlags: [RedFlag.Fever]), Now);

        await host.CardAsync(request, Cancel);
        request["prefetch"]!.AsObject().Remove("painSeverity");
        using var refused = await host.PostAsync(request, Cancel);

        cards.GetMeasurementSnapshot().Should().ContainSingle().Which.Tags["indicator"].Should().Be("critical");
        requests.GetMeasurementSnapshot().Select(m => m.Tags["outcome"]).Should().Equal("cards", "precondition-failed");
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
