using System.Globalization;
using ExerciseRules.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace AdviceApi;

/// <summary>
/// Every error the API gives, as RFC 7807 problem details (<c>application/problem+json</c>), whatever the request's
/// <c>Accept</c> says: the API's own 400s with the list of bad fields, the body's 408, 413 and 415, the host filter's
/// 400, the 404s and 405s of routing (through status code pages), and the 500 of a fault in the server.
/// </summary>
public static class ApiProblems
{
    private const string Rfc9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-";

    /// <summary>400: the request is not valid; <c>errors</c> names each bad field by its wire-format path (<c>now</c> for the query parameter).</summary>
    /// <param name="errors">The problems.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult Invalid(IReadOnlyCollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var items = errors.Select(e => new ErrorItem(e.Path, e.Message)).ToList();
        return Problem(
            StatusCodes.Status400BadRequest,
            "The request is not valid.",
            items.Count == 1 ? $"1 problem: {items[0].Path}: {items[0].Message}" : $"{items.Count} problems; see errors.",
            new Dictionary<string, object?> { ["errors"] = items });
    }

    /// <summary>413: the body is over the limit, which the problem names (<c>maxBytes</c>).</summary>
    /// <param name="bytes">The body's size when it is known (its <c>Content-Length</c>); <see langword="null"/> when reading stopped at the limit.</param>
    /// <param name="maxBytes">The limit, <see cref="InputLimits.MaxDocumentBytes"/>.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult TooLarge(long? bytes, int maxBytes) =>
        Problem(
            StatusCodes.Status413PayloadTooLarge,
            "The request body is too large.",
            bytes is { } size
                ? $"The body is {Grouped(size)} bytes; at most {Grouped(maxBytes)} bytes are allowed."
                : $"The body is more than {Grouped(maxBytes)} bytes; at most {Grouped(maxBytes)} bytes are allowed.",
            new Dictionary<string, object?> { ["maxBytes"] = maxBytes });

    /// <summary>408: the body did not arrive within the time allowed.</summary>
    /// <param name="timeout">The time allowed for the whole body.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult BodyTimedOut(TimeSpan timeout) =>
        Problem(
            StatusCodes.Status408RequestTimeout,
            "The request body did not arrive in time.",
            $"The whole body must arrive within {Seconds(timeout)}; send the request again.");

    /// <summary>408: the body arrived more slowly than the server's minimum data rate (Kestrel's <c>MinRequestBodyDataRate</c>).</summary>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult BodyTooSlow() =>
        Problem(
            StatusCodes.Status408RequestTimeout,
            "The request body did not arrive in time.",
            "The body arrived more slowly than the server's minimum data rate; send the request again.");

    /// <summary>415: the body is not sent as UTF-8 <c>application/json</c>.</summary>
    /// <param name="detail">What is wrong with the request's headers.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "The request body must be JSON.", detail);

    /// <summary>400: the request's <c>Host</c> is not one of the hosts in <c>AllowedHosts</c>.</summary>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult HostNotAllowed() =>
        Problem(
            StatusCodes.Status400BadRequest,
            "The request's host is not allowed.",
            "The Host header names a host this server does not answer for (see AllowedHosts in its configuration).");

    /// <summary>The problem for a response that got a status code and no body: 404, 405, and whatever else middleware set.</summary>
    /// <param name="context">The request, whose response has the status code.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult ForStatus(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        var request = context.Request;
        return status switch
        {
            StatusCodes.Status404NotFound => Problem(status, "There is no such endpoint.",
                $"Nothing answers {request.Method} {request.Path}; the endpoints are in /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => Problem(status, "The endpoint does not take this method.",
                $"{request.Path} does not take {request.Method}; it takes {context.Response.Headers.Allow}."),
            StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(RequestBodyReader.NotJson),
            _ => Problem(status, ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase + "." : "The request failed.", null),
        };
    }

    /// <summary>Writes the problem for an exception nothing else handled: the status of a request the server could not read, or 500 for a fault in the server.</summary>
    /// <param name="context">The request, with its <see cref="IExceptionHandlerFeature"/>.</param>
    /// <returns>The write.</returns>
    public static Task WriteExceptionAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => BodyTooSlow(),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(
                StatusCodes.Status413PayloadTooLarge, "The request body is too large.", "The body is over the server's limit."),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request could not be read.", bad.Message),
            _ => Problem(
                StatusCodes.Status500InternalServerError,
                "The server failed.",
                "A fault in the server, not in the request, stopped it from answering; it has been logged."),
        };
        return problem.ExecuteAsync(context);
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail, Dictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeOf(status), extensions: extensions);

    /// <summary>The section of RFC 9110 that defines a status code.</summary>
    private static string? TypeOf(int status) => status switch
    {
        400 => Rfc9110 + "15.5.1",
        404 => Rfc9110 + "15.5.5",
        405 => Rfc9110 + "15.5.6",
        406 => Rfc9110 + "15.5.7",
        408 => Rfc9110 + "15.5.9",
        411 => Rfc9110 + "15.5.12",
        413 => Rfc9110 + "15.5.14",
        414 => Rfc9110 + "15.5.15",
        415 => Rfc9110 + "15.5.16",
        431 => "https://www.rfc-editor.org/rfc/rfc6585#section-5",
        500 => Rfc9110 + "15.6.1",
        503 => Rfc9110 + "15.6.4",
        _ => null,
    };

    /// <summary>Writes 8388608 as <c>8 388 608</c>, as the library's limit messages do.</summary>
    private static string Grouped(long value) =>
        value.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = " ", NumberGroupSizes = [3] });

    private static string Seconds(TimeSpan time) =>
        time.TotalSeconds == 1 ? "1 second" : string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.###} seconds");
}
