using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExerciseRules;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdviceApi;

/// <summary>The API's endpoints. The advice is written by the library's own serializer, so the wire format is exactly the library's.</summary>
public static partial class AdviceEndpoints
{
    /// <summary>The largest request body accepted, in bytes (a history of many sessions fits easily).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private const string Json = "application/json";
    private const string NowDescription =
        "The moment of advice, ISO 8601 with an offset, e.g. 2026-11-24T09:58:00Z (write + as %2B in a query string). Default: the server's clock.";

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
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapPost("/explain", ExplainAsync)
            .WithName("Explain")
            .WithSummary("Advice for a history, with the full trace")
            .WithDescription("Like /advice, and the trace: every rule that fired with the facts it matched, every rule that did not with the reason. " + NowDescription)
            .Accepts<JsonElement>(Json)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/protocol", Protocol)
            .WithName("Protocol")
            .WithSummary("The rules and the protocol options in force")
            .WithDescription("Every rule (name, stage, priority, description, source sentence, conditions) in evaluation order, and the protocol options this server uses.");

        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AdviseAsync(
        HttpRequest request, Advisor advisor, string? now, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        if (!TryParseNow(now, advisor.TimeProvider, out var moment, out var nowError))
        {
            return Problem([nowError, .. ExerciseRulesJson.ParseHistory(body).Errors]);
        }

        var result = advisor.AdviseJson(body, moment);
        return result.IsValid
            ? TypedResults.Content(ExerciseRulesJson.Serialize(result.Advice), Json, Encoding.UTF8)
            : Problem(result.Errors);
    }

    private static async Task<Results<Ok<ExplainResponse>, ProblemHttpResult>> ExplainAsync(
        HttpRequest request, Advisor advisor, string? now, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        var history = ExerciseRulesJson.ParseHistory(body);
        if (!TryParseNow(now, advisor.TimeProvider, out var moment, out var nowError))
        {
            return Problem([nowError, .. history.Errors]);
        }

        if (!history.IsValid)
        {
            return Problem(history.Errors);
        }

        var result = advisor.Explain(history.Value, moment);
        if (!result.IsValid)
        {
            return Problem(result.Errors);
        }

        using var advice = JsonDocument.Parse(ExerciseRulesJson.Serialize(result.Advice));
        return TypedResults.Ok(new ExplainResponse(advice.RootElement.Clone(), TraceView.From(result.Trace!)));
    }

    private static Ok<ProtocolView> Protocol(Advisor advisor) =>
        TypedResults.Ok(ProtocolView.From(advisor.RuleSet, advisor.Options));

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static bool TryParseNow(string? text, TimeProvider clock, out DateTimeOffset now, out InputError error)
    {
        error = null!;
        if (text is null)
        {
            now = clock.GetUtcNow();
            return true;
        }

        // As strict as the wire format's times: an explicit offset, so the advice never depends on the server's zone.
        if (WithOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
        {
            return true;
        }

        now = default;
        var hint = text.Contains(' ', StringComparison.Ordinal) ? " (a + in a query string reads as a space: write it as %2B)" : string.Empty;
        error = new InputError("now", $"must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:58:00Z{hint}");
        return false;
    }

    private static ProblemHttpResult Problem(IEnumerable<InputError> errors)
    {
        var items = errors.Select(e => new ErrorItem(e.Path, e.Message)).ToList();
        return TypedResults.Problem(
            title: "The request is not valid.",
            detail: items.Count == 1
                ? $"1 problem: {items[0].Path}: {items[0].Message}"
                : $"{items.Count} problems; see errors.",
            statusCode: StatusCodes.Status400BadRequest,
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            extensions: new Dictionary<string, object?> { ["errors"] = items });
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
