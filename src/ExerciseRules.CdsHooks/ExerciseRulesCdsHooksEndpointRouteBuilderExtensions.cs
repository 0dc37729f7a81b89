using System.Diagnostics.Metrics;
using ExerciseRules;
using ExerciseRules.CdsHooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the ExerciseRules CDS Hooks 2.0 service.</summary>
public static class ExerciseRulesCdsHooksEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps a CDS Hooks 2.0 service: <c>GET /cds-services</c> (discovery: one service for the <c>patient-view</c> hook,
    /// with its prefetch templates) and <c>POST /cds-services/{id}</c> (reads the prefetched FHIR R4 data with
    /// ExerciseRules.Fhir, advises, and answers <c>{ "cards": [...] }</c>; a request without the prefetch it needs gets
    /// 412, a malformed one 400 with every problem by its path, both as problem details). The advisor, with its
    /// protocol options, input limits and clock, comes from the container (<c>services.AddExerciseRules(...)</c>), and so
    /// do logging and metrics (<see cref="CdsHooksTelemetry"/>).
    /// </summary>
    /// <param name="endpoints">The endpoints, e.g. the <c>WebApplication</c>.</param>
    /// <param name="configure">Changes to the service's description (id, title, source); <see langword="null"/> for the defaults.</param>
    /// <returns>The route group of <c>/cds-services</c>, to add authorization or CORS, which CDS Hooks asks of a production service.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No <see cref="Advisor"/> is registered: call <c>services.AddExerciseRules()</c> first.</exception>
    public static RouteGroupBuilder MapExerciseRulesCdsHooks(this IEndpointRouteBuilder endpoints, Action<ExerciseRulesCdsHooksOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var advisor = services.GetService<Advisor>()
            ?? throw new InvalidOperationException("No ExerciseRules Advisor is registered: call services.AddExerciseRules(...) before MapExerciseRulesCdsHooks().");
        var options = new ExerciseRulesCdsHooksOptions();
        configure?.Invoke(options);
        if (string.IsNullOrWhiteSpace(options.ServiceId) || options.ServiceId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new InvalidOperationException("ServiceId should be a non-empty URL path segment of letters, digits, '-', '_' and '.'.");
        }

        if (options.MaxRequestBytes is < 1)
        {
            throw new InvalidOperationException("MaxRequestBytes should be at least 1, or null for the advisor's document limit plus 64 KiB.");
        }

        var service = new CdsHooksService(advisor, options, services.GetService<ILoggerFactory>(), services.GetService<IMeterFactory>());
        var group = endpoints.MapGroup("/cds-services");
        group.MapGet(string.Empty, service.Discover).WithName("CdsHooksDiscovery");
        group.MapPost("/{id}", (HttpContext http, string id) => service.CallAsync(http, id)).WithName("CdsHooksService");
        return group;
    }
}
