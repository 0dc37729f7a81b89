using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>
/// The advice API on a real Kestrel socket (127.0.0.1, a free port), with short time limits so that a stalled body
/// costs a test seconds, not minutes: a whole body must arrive within <see cref="BodyTimeout"/>, and Kestrel's
/// minimum data rate (240 bytes a second) applies after two seconds instead of five. Its logs are collected.
/// </summary>
public sealed class KestrelAdviceApi : WebApplicationFactory<Program>
{
    /// <summary>"AdviceApi:RequestBodyTimeout" in these tests.</summary>
    public const string BodyTimeout = "00:00:06";

    /// <summary>Creates the factory.</summary>
    public KestrelAdviceApi() => UseKestrel(0);

    /// <summary>Gets the server's address, starting it if need be.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>Gets the server's log entries.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A free port on the loopback address: with nothing configured the app would take 5080.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("AdviceApi:RequestBodyTimeout", BodyTimeout);
        builder.ConfigureKestrel(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(240, TimeSpan.FromSeconds(2)));
        builder.ConfigureLogging(logging => logging.AddFakeLogging());
    }
}
