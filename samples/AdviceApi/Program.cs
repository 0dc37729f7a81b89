using AdviceApi;

// The advice API for therapists' tools: POST /advice, POST /explain, GET /protocol, and the OpenAPI document at
// /openapi/v1.json. It listens on the loopback address only (see Loopback below); put it behind your own
// authenticated gateway before anyone else can reach it.
var builder = WebApplication.CreateBuilder(args);

// Bound in code to 127.0.0.1, never 0.0.0.0: the port is configurable ("AdviceApi:Port"), the address is not.
builder.WebHost.UseUrls(Loopback.Url(builder.Configuration));
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = AdviceEndpoints.MaxBodyBytes);

// The protocol options come from the "ExerciseRules" section of appsettings.json; invalid ones stop the start-up
// with the library's own messages (maxReps: must be between 1 and 100).
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddExerciseRules(builder.Configuration.GetSection("ExerciseRules"));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiDescription>());
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.WriteIndented = true);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapAdviceEndpoints();
app.MapExerciseRulesCdsHooks().ExcludeFromDescription(); // CDS Hooks 2.0 (docs/cds-hooks.md): its own discovery at GET /cds-services
app.Run();

/// <summary>The entry point (public so tests can start the app with WebApplicationFactory).</summary>
public partial class Program;
