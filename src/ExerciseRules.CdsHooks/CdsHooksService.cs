using System.Diagnostics.Metrics;
using System.Text.Json;
using ExerciseRules.Fhir;
using ExerciseRules.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ExerciseRules.CdsHooks;

/// <summary>The discovery and service endpoints. Every answer to what a client sent is 2xx or 4xx, never 5xx.</summary>
internal sealed partial class CdsHooksService
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    private readonly Advisor _advisor;
    private readonly ExerciseRulesCdsHooksOptions _options;
    private readonly int _maxRequestBytes;
    private readonly ILogger _logger;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _cards;
    private readonly byte[] _discovery;

    public CdsHooksService(Advisor advisor, ExerciseRulesCdsHooksOptions options, ILoggerFactory? loggerFactory, IMeterFactory? meterFactory)
    {
        _advisor = advisor;
        _options = options;
        _maxRequestBytes = options.MaxRequestBytes ?? (int)Math.Min(int.MaxValue, (long)advisor.Limits.MaxDocumentBytes + (64 * 1024));
        _logger = loggerFactory?.CreateLogger(CdsHooksTelemetry.Name) ?? NullLogger.Instance;
        var meter = meterFactory?.Create(new MeterOptions(CdsHooksTelemetry.Name)) ?? CdsHooksTelemetry.SharedMeter;
        _requests = meter.CreateCounter<long>(CdsHooksTelemetry.RequestCounter, description: "CDS Hooks service calls, by outcome (cards, bad-request, precondition-failed, ...).");
        _cards = meter.CreateCounter<long>(CdsHooksTelemetry.CardCounter, description: "Cards returned, by indicator.");
        _discovery = Discovery();
    }

    public IResult Discover() => Results.Bytes(_discovery, Json);

    public async Task<IResult> CallAsync(HttpContext http, string id)
    {
        if (!string.Equals(id, _options.ServiceId, StringComparison.Ordinal))
        {
            return Outcome("not-found", Problem(StatusCodes.Status404NotFound, "No such CDS service.", $"This server has one CDS service: {_options.ServiceId} (see GET /cds-services).", []));
        }

        if (http.Request.ContentType is not { } contentType || !contentType.StartsWith(Json, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome("unsupported-media-type", Problem(StatusCodes.Status415UnsupportedMediaType, "The request must be JSON.", "Send the CDS Hooks request as application/json.", []));
        }

        byte[] body;
        try
        {
            body = await ReadBodyAsync(http.Request, http.RequestAborted);
        }
        catch (BodyTooLargeException)
        {
            return Outcome("too-large", Problem(StatusCodes.Status413PayloadTooLarge, "The request is too large.", $"At most {_maxRequestBytes} bytes are read.", []));
        }
        catch (BadHttpRequestException ex)
        {
            return Outcome("bad-request", Problem(ex.StatusCode, "The request could not be read.", ex.Message, []));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return BadRequest([new InputError(InputError.RootPath, $"is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})")]);
        }

        using (document)
        {
            var request = CdsRequest.Read(document.RootElement);
            if (request.Errors.Count > 0)
            {
                return BadRequest(request.Errors);
            }

            if (request.Missing.Count > 0)
            {
                Log.PrefetchMissing(_logger, request.HookInstance, request.Missing.Count);
                return Outcome("precondition-failed", Problem(
                    StatusCodes.Status412PreconditionFailed,
                    "Prefetch data is missing.",
                    "This service has no FHIR server to fetch from: send every prefetch key of its discovery entry (CDS Hooks 2.0 answers 412 when the data a service needs cannot be obtained).",
                    request.Missing));
            }

            var read = FhirHistory.Parse(request.Documents, new FhirReadOptions { Limits = _advisor.Limits, PatientId = request.PatientId });
            var result = read.Advise(_advisor, _advisor.TimeProvider.GetUtcNow());
            if (!result.IsValid)
            {
                return BadRequest(result.Errors);
            }

            var advice = result.Advice;
            var indicator = Cards.Indicator(advice);
            _cards.Add(1, new KeyValuePair<string, object?>("indicator", indicator));
            Log.Card(_logger, request.HookInstance, advice.Step, indicator);
            return Outcome("cards", Results.Bytes(CardsJson(advice), Json));
        }
    }

    private IResult BadRequest(IReadOnlyList<InputError> errors)
    {
        Log.BadRequest(_logger, errors.Count);
        return Outcome("bad-request", Problem(
            StatusCodes.Status400BadRequest,
            "The CDS Hooks request is not valid.",
            errors.Count == 1 ? $"1 problem: {errors[0]}" : $"{errors.Count} problems; see errors.",
            errors));
    }

    private IResult Outcome(string outcome, IResult result)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        return result;
    }

    private static IResult Problem(int status, string title, string detail, IReadOnlyList<InputError> errors)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", status switch
            {
                StatusCodes.Status412PreconditionFailed => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
                StatusCodes.Status404NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
                StatusCodes.Status413PayloadTooLarge => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
                StatusCodes.Status415UnsupportedMediaType => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
                _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            });
            json.WriteString("title", title);
            json.WriteNumber("status", status);
            json.WriteString("detail", detail);
            json.WritePropertyName("errors");
            json.WriteStartArray();
            foreach (var error in errors)
            {
                json.WriteStartObject();
                json.WriteString("path", error.Path);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Results.Text(System.Text.Encoding.UTF8.GetString(stream.ToArray()), ProblemJson, System.Text.Encoding.UTF8, status);
    }

    private byte[] CardsJson(Advice advice)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WritePropertyName("cards");
            json.WriteStartArray();
            Cards.Write(json, advice, _options);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private byte[] Discovery()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WritePropertyName("services");
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("hook", CdsRequest.Hook);
            json.WriteString("title", _options.Title);
            json.WriteString("description", _options.Description);
            json.WriteString("id", _options.ServiceId);
            json.WritePropertyName("prefetch");
            json.WriteStartObject();
            foreach (var (key, template) in Prefetch.Templates)
            {
                json.WriteString(key, template);
            }

            json.WriteEndObject();
            json.WriteString(
                "usageRequirements",
                "Send every prefetch key: the service has no FHIR server to fetch from and answers 412 without them. The data is FHIR R4: pain severity Observations (LOINC 72514-3), exercise sessions and reps in the ExerciseRules profiles, red flags coded with SNOMED CT or the ExerciseRules CodeSystem. The user may be a Practitioner, PractitionerRole, Patient or RelatedPerson.");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _maxRequestBytes)
        {
            throw new BodyTooLargeException();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _maxRequestBytes)
            {
                throw new BodyTooLargeException();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed class BodyTooLargeException : Exception;

    /// <summary>Log messages: counts and codes only, never the patient's data or ids.</summary>
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "CDS Hooks call {HookInstance}: {Step}, card indicator {Indicator}")]
        public static partial void Card(ILogger logger, string hookInstance, AdviceStep step, string indicator);

        [LoggerMessage(2, LogLevel.Warning, "CDS Hooks call refused with 400: {Count} problem(s) with the request")]
        public static partial void BadRequest(ILogger logger, int count);

        [LoggerMessage(3, LogLevel.Warning, "CDS Hooks call {HookInstance} refused with 412: {Count} prefetch key(s) missing or not fetched")]
        public static partial void PrefetchMissing(ILogger logger, string hookInstance, int count);
    }
}
