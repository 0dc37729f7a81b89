using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using ExerciseRules;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdviceApi;

/// <summary>The API's endpoints. The advice is written by the library's own serializer, so the wire format is exactly the library's.</summary>
public static class AdviceEndpoints
{
    private const string Json = "application/json";
    private const string NowDescription =
        "The moment of advice, ISO 8601 with an offset, e.g. 2026-11-24T09:58:00Z (write + as %2B in a query string). Default: the server's clock. " +
        "The body must be UTF-8 application/json of at most the server's InputLimits.MaxDocumentBytes (8 MiB by default; 413 above), arriving within its time limit (408 otherwise).";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IEndpointRouteBuilder MapAdviceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/advice", AdviseAsync)
            .WithName("Advise")
            .WithSummary("Advice for a history")
            .WithDescription("The body is a history in the wire format (docs/schemas/history.schema.json); the response is the advice in the wire format (docs/schemas/advice.schema.json). " + NowDescription)
            .Accepts<JsonElement>(Json)
            .Produces<JsonElement>(StatusCodes.Status200OK, Json)
            .ProducesBodyProblems();

        app.MapPost("/explain", ExplainAsync)
            .WithName("Explain")
            .WithSummary("Advice for a history, with the full trace")
            .WithDescription("Like /advice, and the trace: every rule that fired with the facts it matched, every rule that did not with the reason. " + NowDescription)
            .Accepts<JsonElement>(Json)
            .Produces<ExplainResponse>(StatusCodes.Status200OK, Json)
            .ProducesBodyProblems();

        app.MapGet("/protocol", Protocol)
            .WithName("Protocol")
            .WithSummary("The rules and the protocol options in force")
            .WithDescription("Every rule (name, stage, priority, description, source sentence, conditions) in evaluation order, and the protocol options this server uses.");

        return app;
    }

    private static async Task<IResult> AdviseAsync(HttpContext context, Advisor advisor, RequestBodyReader reader, string? now)
    {
        using var body = await reader.ReadAsync(context);
        if (!TryRead(context, body, advisor, now, out var history, out var moment, out var failure))
        {
            return failure;
        }

        var result = advisor.Advise(history, moment);
        return result.IsValid
            ? TypedResults.Content(ExerciseRulesJson.Serialize(result.Advice), Json, Encoding.UTF8)
            : ApiProblems.Invalid(result.Errors);
    }

    private static async Task<IResult> ExplainAsync(HttpContext context, Advisor advisor, RequestBodyReader reader, string? now)
    {
        using var body = await reader.ReadAsync(context);
        if (!TryRead(context, body, advisor, now, out var history, out var moment, out var failure))
        {
            return failure;
        }

        var result = advisor.Explain(history, moment);
        if (!result.IsValid)
        {
            return ApiProblems.Invalid(result.Errors);
        }

        using var advice = JsonDocument.Parse(ExerciseRulesJson.Serialize(result.Advice));
        return TypedResults.Ok(new ExplainResponse(advice.RootElement.Clone(), TraceView.From(result.Trace!)));
    }

    private static Ok<ProtocolView> Protocol(Advisor advisor) =>
        TypedResults.Ok(ProtocolView.From(advisor.RuleSet, advisor.Options));

    /// <summary>
    /// The history and the moment of a request, or what to answer instead: the body's 408/413/415, or 400 naming
    /// every bad query parameter and (when the body is JSON) every problem the library finds reading it.
    /// </summary>
    private static bool TryRead(
        HttpContext context, RequestBody body, Advisor advisor, string? now,
        [NotNullWhen(true)] out History? history, out DateTimeOffset moment, [NotNullWhen(false)] out IResult? failure)
    {
        history = null;
        if (body.IsClientGone)
        {
            // No one is left to answer; 499 is what the logs show (the nginx convention).
            moment = default;
            failure = TypedResults.StatusCode(StatusCodes.Status499ClientClosedRequest);
            return false;
        }

        if (body.Problem is { } problem)
        {
            moment = default;
            failure = problem;
            return false;
        }

        var errors = QueryErrors(context.Request.Query, now, advisor.TimeProvider, out moment);
        var parsed = ExerciseRulesJson.ParseHistory(body.Utf8, advisor.Limits);
        if (errors.Count > 0 || !parsed.IsValid)
        {
            failure = ApiProblems.Invalid([.. errors, .. parsed.Errors]);
            return false;
        }

        history = parsed.Value;
        failure = null;
        return true;
    }

    /// <summary>The problems with the query string: a <c>now</c> that is not a moment with an offset or is given twice, and unknown parameters.</summary>
    private static List<InputError> QueryErrors(IQueryCollection query, string? now, TimeProvider clock, out DateTimeOffset moment)
    {
        var errors = new List<InputError>();
        var nowCount = 0;
        foreach (var (name, values) in query)
        {
            if (name.Equals("now", StringComparison.OrdinalIgnoreCase))
            {
                nowCount = values.Count;
            }
            else
            {
                errors.Add(new InputError(name.Length == 0 ? "(empty name)" : name, "is not a known query parameter; the only one is now"));
            }
        }

        moment = default;
        if (nowCount > 1)
        {
            errors.Insert(0, new InputError("now", $"is given {nowCount} times; give it once"));
        }
        else if (now is null)
        {
            moment = clock.GetUtcNow();
        }
        else if (!IsoMoment.TryParse(now, out moment, out var nowError))
        {
            errors.Insert(0, new InputError("now", nowError));
        }

        return errors;
    }

    /// <summary>The problems the body endpoints may answer with, for the OpenAPI document.</summary>
    private static RouteHandlerBuilder ProducesBodyProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
