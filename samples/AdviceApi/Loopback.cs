using System.Globalization;

namespace AdviceApi;

/// <summary>
/// Where the API listens. The ASP.NET Core conventions decide when they are used (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>, or endpoints in the <c>Kestrel</c>
/// section); when none is, the API listens on the loopback address only, http://127.0.0.1 with the port
/// <c>AdviceApi:Port</c> (5080), never on every interface.
/// </summary>
public static class Loopback
{
    /// <summary>The port when "AdviceApi:Port" is not set.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Listens on <see cref="Url"/> unless the configuration says where to listen.</summary>
    /// <param name="host">The web host.</param>
    /// <param name="configuration">The app's configuration (command line, environment, appsettings.json).</param>
    /// <returns>The web host.</returns>
    /// <exception cref="InvalidOperationException">"AdviceApi:Port" is not a number from 1 to 65535.</exception>
    public static IWebHostBuilder ListenOnLoopbackUnlessConfigured(this IWebHostBuilder host, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(host);
        var url = Url(configuration);
        return IsConfigured(configuration) ? host : host.UseUrls(url);
    }

    /// <summary>Whether the configuration says where to listen, by one of the ASP.NET Core conventions.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>Whether <c>urls</c>, <c>http_ports</c> or <c>https_ports</c> is set, or the <c>Kestrel:Endpoints</c> section names an endpoint.</returns>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
    }

    /// <summary>Gets the URL to listen on when nothing else is configured.</summary>
    /// <param name="configuration">The configuration ("AdviceApi:Port", 1–65535).</param>
    /// <returns>The URL, always on 127.0.0.1.</returns>
    /// <exception cref="InvalidOperationException">The port is not a number from 1 to 65535.</exception>
    public static string Url(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration["AdviceApi:Port"];
        var port = DefaultPort;
        if (text is not null && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidOperationException($"AdviceApi:Port is '{text}'; it should be a whole number from 1 to 65535.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
    }
}
