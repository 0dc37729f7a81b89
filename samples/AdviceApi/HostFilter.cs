using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Primitives;

namespace AdviceApi;

/// <summary>
/// The host filter (<c>AllowedHosts</c>, e.g. <c>localhost;127.0.0.1</c>) of ASP.NET Core, answering a rejected
/// request with problem details instead of an HTML page. ASP.NET Core's own filter runs before any middleware of the
/// app, where no problem details can be written, so it is opened (<c>*</c>) and this one runs in the app's pipeline,
/// after the exception handler, with the same setting and the same matching (<see cref="HostString.MatchesAny"/>).
/// </summary>
public sealed class HostFilter
{
    private readonly StringSegment[] _allowed;

    /// <summary>Creates the filter.</summary>
    /// <param name="allowedHosts">The setting: host names separated by <c>;</c>; <c>*</c> or nothing allows every host, <c>*.example.com</c> its subdomains.</param>
    public HostFilter(string? allowedHosts)
    {
        var hosts = (allowedHosts ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _allowed = hosts.Contains("*") ? [] : [.. hosts.Select(h => new StringSegment(h))];
    }

    /// <summary>Gets a value indicating whether every host is allowed.</summary>
    public bool AllowsAny => _allowed.Length == 0;

    /// <summary>Whether a request's host is allowed. A request without a <c>Host</c> (HTTP/1.0) is, as in ASP.NET Core's filter.</summary>
    /// <param name="host">The request's host.</param>
    /// <returns>Whether it is allowed.</returns>
    public bool Allows(HostString host) =>
        AllowsAny || !host.HasValue || HostString.MatchesAny(new StringSegment(host.Host), _allowed);

    /// <summary>Registers the filter from the <c>AllowedHosts</c> setting and opens ASP.NET Core's own.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    internal static void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new HostFilter(configuration["AllowedHosts"]));
        services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
    }

    /// <summary>Answers 400 with problem details for a request whose host is not allowed.</summary>
    /// <param name="context">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>The work.</returns>
    internal Task Filter(HttpContext context, RequestDelegate next) =>
        Allows(context.Request.Host) ? next(context) : ApiProblems.HostNotAllowed().ExecuteAsync(context);
}
