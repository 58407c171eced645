using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OfficeJourney.Server.Http;

/// <summary>
/// Responses that are files, in the OpenAPI document. ApiExplorer keeps one type per status, so a 200 that is a
/// deck or its JSON (by Accept) would lose one of them; the file is added here.
/// </summary>
internal static class FileResponses
{
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType) =>
        builder.WithMetadata(new FileResponse(contentType));

    /// <summary>Documents each endpoint's files as binary content of its 200 response.</summary>
    public static OpenApiOptions AddFileResponses(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        foreach (var file in context.Description.ActionDescriptor.EndpointMetadata.OfType<FileResponse>())
        {
            operation.Responses ??= [];
            if (!operation.Responses.TryGetValue("200", out var ok))
            {
                ok = new OpenApiResponse { Description = "OK" };
                operation.Responses["200"] = ok;
            }

            var response = (OpenApiResponse)ok;
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[file.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }

        return Task.CompletedTask;
    });

    private sealed record FileResponse(string ContentType);
}
