using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.Fhir;
using ExerciseRules.Model;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseRules.CdsHooks.Tests.Support;

/// <summary>
/// The advice API sample (which maps the CDS Hooks service next to /advice) over HTTP, with a clock the test sets and,
/// optionally, protocol options of its own.
/// </summary>
public sealed class CdsHost : IAsyncDisposable
{
    public const string Service = "/cds-services/exercise-rules-press-up";

    private readonly WebApplicationFactory<Program> _factory;

    /// <summary>Starts the host with the options of its appsettings.json (the protocol's defaults).</summary>
    public CdsHost()
    {
        _factory = Start(null);
        Client = _factory.CreateClient();
    }

    private CdsHost(ProtocolOptions options)
    {
        _factory = Start(options);
        Client = _factory.CreateClient();
    }

    public SettableClock Clock { get; } = new();

    public HttpClient Client { get; }

    /// <summary>Starts a host whose protocol options are <paramref name="options"/>.</summary>
    public static CdsHost WithOptions(ProtocolOptions options) => new(options);

    /// <summary>Gets a service of the host.</summary>
    public T Resolve<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    private WebApplicationFactory<Program> Start(ProtocolOptions? options)
    {
        return new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (options is not null)
            {
                services.PostConfigure<ProtocolOptionsBuilder>(builder => Copy(options, builder));
            }
        }));
    }

    /// <summary>A patient-view request for a history, its FHIR split over the four prefetch keys as a CDS client's searches would return it.</summary>
    public static JsonObject Request(History history, DateTimeOffset now, string patientId = "example")
    {
        var bundle = FhirHistory.ToBundle(history, new FhirWriteOptions { PatientId = patientId, BaselineReportedAt = history.Sessions.IsEmpty && history.Baseline is not null ? now : null });
        var keys = new Dictionary<string, Bundle>
        {
            ["painSeverity"] = Searchset(),
            ["exerciseObservations"] = Searchset(),
            ["redFlagConditions"] = Searchset(),
            ["redFlagObservations"] = Searchset(),
        };
        foreach (var entry in bundle.Entry)
        {
            var key = entry.Resource switch
            {
                Condition => "redFlagConditions",
                Observation o when o.Code.Coding.Any(c => c.System == FhirCodes.Loinc) => "painSeverity",
                Observation => "exerciseObservations",
                _ => null,
            };
            if (key is not null)
            {
                keys[key].Entry.Add(entry);
            }
        }

        var serializer = new FhirJsonSerializer();
        var prefetch = new JsonObject();
        foreach (var (key, searchset) in keys)
        {
            prefetch[key] = searchset.Entry.Count == 0 ? null : JsonNode.Parse(serializer.SerializeToString(searchset));
        }

        return new JsonObject
        {
            ["hook"] = "patient-view",
            ["hookInstance"] = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            ["context"] = new JsonObject { ["userId"] = "Practitioner/abc", ["patientId"] = patientId },
            ["prefetch"] = prefetch,
        };
    }

    public async Task<HttpResponseMessage> PostAsync(JsonNode request, CancellationToken cancellationToken) =>
        await Client.PostAsync(Service, new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken);

    public async Task<JsonObject> CardAsync(JsonNode request, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        ((int)response.StatusCode).Should().Be(200, body);
        return JsonNode.Parse(body)!["cards"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    private static Bundle Searchset() => new() { Type = Bundle.BundleType.Searchset };

    private static void Copy(ProtocolOptions options, ProtocolOptionsBuilder builder)
    {
        var from = new ProtocolOptionsBuilder(options);
        foreach (var property in typeof(ProtocolOptionsBuilder).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(builder, property.GetValue(from));
        }
    }
}

/// <summary>A clock a test sets.</summary>
public sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 24, 9, 58, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
