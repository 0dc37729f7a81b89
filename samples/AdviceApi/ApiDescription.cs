using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdviceApi;

/// <summary>The OpenAPI document's title and description.</summary>
internal sealed class ApiDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "ExerciseRules advice API",
            Version = "v1",
            Description =
                "Advice for the lower-back press-up programme from an exercise history in the ExerciseRules wire format " +
                "(docs/wire-format.md; JSON Schemas in docs/schemas). Self-management guidance, not medical advice. " +
                "Bad input gets 400 with RFC 7807 problem details whose `errors` list names each bad field by its path; a body " +
                "over the library's InputLimits.MaxDocumentBytes gets 413, one that does not arrive in time 408, one that is not " +
                "UTF-8 application/json 415. Every error is problem details.",
        };
        return Task.CompletedTask;
    }
}
