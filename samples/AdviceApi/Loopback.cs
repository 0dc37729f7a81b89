using System.Globalization;

namespace AdviceApi;

/// <summary>The one address the API listens on: http://127.0.0.1 with a configurable port.</summary>
public static class Loopback
{
    /// <summary>The port when "AdviceApi:Port" is not set.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Gets the URL to listen on.</summary>
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
