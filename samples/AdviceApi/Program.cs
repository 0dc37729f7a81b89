using AdviceApi;

// The advice API for therapists' tools: POST /advice, POST /explain, GET /protocol, and the OpenAPI document at
// /openapi/v1.json. Unless --urls, ASPNETCORE_URLS or the Kestrel section say otherwise, it listens on
// http://127.0.0.1:5080 only; put it behind your own authenticated gateway before anyone else can reach it.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ListenOnLoopbackUnlessConfigured(builder.Configuration);

// The protocol options come from the "ExerciseRules" section of appsettings.json; invalid ones stop the start-up
// with the library's own messages (maxReps: must be between 1 and 100). The request body limit is the library's.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddExerciseRules(builder.Configuration.GetSection("ExerciseRules"));
builder.Services.AddAdviceApi(builder.Configuration);
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiDescription>());

var app = builder.Build();
app.UseProblemDetailsForEveryError();
app.MapOpenApi();
app.MapAdviceEndpoints();
app.MapExerciseRulesCdsHooks().ExcludeFromDescription(); // CDS Hooks 2.0 (docs/cds-hooks.md): its own discovery at GET /cds-services
app.Run();

/// <summary>The entry point (public so tests can start the app with WebApplicationFactory).</summary>
public partial class Program;
