using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>
/// Where the API listens, with the built app started as its own process: the ASP.NET Core conventions (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, the <c>Kestrel</c> section) decide, and without them it is the loopback address only.
/// </summary>
public sealed class ListeningTests
{
    [Fact]
    public async Task Start_UrlsOnTheCommandLine_ListensThere()
    {
        var url = $"http://127.0.0.1:{FreePort()}";

        var addresses = await StartAndAskAsync(["--urls", url], []);

        addresses.Should().Equal(url);
    }

    [Fact]
    public async Task Start_AspNetCoreUrls_ListensThere()
    {
        var url = $"http://127.0.0.1:{FreePort()}";

        var addresses = await StartAndAskAsync([], new() { ["ASPNETCORE_URLS"] = url });

        addresses.Should().Equal(url);
    }

    [Fact]
    public async Task Start_KestrelEndpoint_ListensThere()
    {
        var url = $"http://127.0.0.1:{FreePort()}";

        var addresses = await StartAndAskAsync([], new() { ["Kestrel__Endpoints__Api__Url"] = url });

        addresses.Should().Equal(url);
    }

    [Fact]
    public async Task Start_NothingConfigured_ListensOnTheLoopbackAddressOnly()
    {
        // Only the port is changed (AdviceApi:Port), so that the test does not depend on 5080 being free.
        var port = FreePort();

        var addresses = await StartAndAskAsync([], new() { ["AdviceApi__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        addresses.Should().Equal($"http://127.0.0.1:{port}");
    }

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

        url.Should().Throw<InvalidOperationException>().WithMessage($"AdviceApi:Port is '{port}'; it should be a whole number from 1 to 65535.");
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:6001")]
    [InlineData("http_ports", "6001")]
    [InlineData("https_ports", "6001")]
    [InlineData("Kestrel:Endpoints:Api:Url", "http://127.0.0.1:6001")]
    public void IsConfigured_AConvention_IsSeen(string key, string value)
    {
        AdviceApi.Loopback.IsConfigured(Configuration((key, value))).Should().BeTrue();
    }

    [Fact]
    public void IsConfigured_OnlyThePortOrOtherSettings_IsNot()
    {
        AdviceApi.Loopback.IsConfigured(Configuration(("AdviceApi:Port", "6001"), ("Kestrel:Limits:MaxRequestBodySize", "10"), ("urls", " "))).Should().BeFalse();
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

    /// <summary>Starts the built API, reads the addresses it says it listens on, checks that GET /protocol answers on each, and stops it.</summary>
    private static async Task<List<string>> StartAndAskAsync(string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "AdviceApi.exe" : "AdviceApi"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing from the test's own environment may say where to listen.
        foreach (var name in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTPS_PORTS" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var addresses = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                const string listening = "Now listening on: ";
                if (line.Contains(listening, StringComparison.Ordinal))
                {
                    addresses.Add(line[(line.IndexOf(listening, StringComparison.Ordinal) + listening.Length)..].Trim());
                }
                else if (line.Contains("Application started", StringComparison.Ordinal))
                {
                    break;
                }
            }

            if (addresses.Count == 0)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"AdviceApi did not say where it listens: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            using var client = new HttpClient();
            foreach (var address in addresses)
            {
                using var response = await client.GetAsync($"{address}/protocol", timeout.Token);
                response.StatusCode.Should().Be(HttpStatusCode.OK, address);
            }

            return addresses;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
