using System.Globalization;
using ExerciseRules;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AdviceApi;

/// <summary>The API's services and the part of its pipeline that turns every error into problem details.</summary>
public static class AdviceApiHosting
{
    /// <summary>The time allowed for a whole request body when "AdviceApi:RequestBodyTimeout" is not set.</summary>
    public static readonly TimeSpan DefaultRequestBodyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers the body reader (the advisor's <see cref="ExerciseRules.Validation.InputLimits.MaxDocumentBytes"/>, the time
    /// allowed), Kestrel's request body limit (the same number), the host filter and the JSON options.
    /// </summary>
    /// <param name="services">The services; <see cref="Advisor"/> must be registered (<c>AddExerciseRules</c>).</param>
    /// <param name="configuration">The configuration ("AdviceApi:RequestBodyTimeout", "AllowedHosts").</param>
    /// <returns>The services.</returns>
    /// <exception cref="InvalidOperationException">"AdviceApi:RequestBodyTimeout" is not a duration as hh:mm:ss.</exception>
    public static IServiceCollection AddAdviceApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var timeout = RequestBodyTimeout(configuration);

        // One limit for every entry point: the library's, from the advisor the container builds.
        services.AddSingleton(sp => new RequestBodyReader(sp.GetRequiredService<Advisor>().Limits.MaxDocumentBytes, timeout));
        services.AddOptions<KestrelServerOptions>()
            .Configure<Advisor>((kestrel, advisor) => kestrel.Limits.MaxRequestBodySize = advisor.Limits.MaxDocumentBytes);
        HostFilter.Register(services, configuration);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.WriteIndented = true);
        return services;
    }

    /// <summary>
    /// Answers every error with problem details: an exception (500, or the status of a request Kestrel could not
    /// read), a status code without a body (404, 405, …), and a host that is not allowed. Call it first.
    /// </summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static WebApplication UseProblemDetailsForEveryError(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiProblems.WriteExceptionAsync });
        app.UseStatusCodePages(context =>
            context.HttpContext.RequestAborted.IsCancellationRequested || context.HttpContext.Response.StatusCode == StatusCodes.Status499ClientClosedRequest
                ? Task.CompletedTask
                : ApiProblems.ForStatus(context.HttpContext).ExecuteAsync(context.HttpContext));
        var hosts = app.Services.GetRequiredService<HostFilter>();
        app.Use(hosts.Filter);
        return app;
    }

    /// <summary>Reads "AdviceApi:RequestBodyTimeout": hh:mm:ss, from 00:00:01 to 23:59:59.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The time allowed for a whole request body.</returns>
    /// <exception cref="InvalidOperationException">The setting is not a duration as hh:mm:ss, or is zero.</exception>
    public static TimeSpan RequestBodyTimeout(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration["AdviceApi:RequestBodyTimeout"];
        if (text is null)
        {
            return DefaultRequestBodyTimeout;
        }

        // Exactly hh:mm:ss: TimeSpan.Parse would read "10" as ten days.
        return TimeSpan.TryParseExact(text, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero
            ? timeout
            : throw new InvalidOperationException($"AdviceApi:RequestBodyTimeout is '{text}'; it should be a duration as hh:mm:ss from 00:00:01 to 23:59:59, e.g. 00:00:10.");
    }
}
