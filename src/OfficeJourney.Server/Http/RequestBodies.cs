using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OfficeJourney.Server.Http;

/// <summary>
/// Bodies that handlers read themselves (a map document through <see cref="MapDocuments"/>, a workbook), in the
/// OpenAPI document. <c>Accepts&lt;T&gt;()</c> would document them too, but routing also matches on it: a body of
/// another type would then be the framework's bare 415 instead of the handler's problem saying what to send.
/// </summary>
internal static class RequestBodies
{
    private const string Json = "application/json";

    /// <summary>A JSON body of type <typeparamref name="T"/>.</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new DocumentedBody(Json, typeof(T), null));

    /// <summary>A file as the whole body.</summary>
    public static RouteHandlerBuilder AcceptsFile(this RouteHandlerBuilder builder, string contentType) =>
        builder.WithMetadata(new DocumentedBody(contentType, null, null));

    /// <summary>A multipart form with one file field.</summary>
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder builder, string field) =>
        builder.WithMetadata(new DocumentedBody("multipart/form-data", null, field));

    public static OpenApiOptions AddRequestBodies(this OpenApiOptions options) => options.AddOperationTransformer(async (operation, context, cancellationToken) =>
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedBody>().FirstOrDefault() is not { } body)
        {
            return;
        }

        var schema = body switch
        {
            { Type: { } type } => await Reference(type, context, cancellationToken),
            { FormField: { } field } => new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { field },
                Properties = new Dictionary<string, IOpenApiSchema> { [field] = Binary() },
            },
            _ => Binary(),
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [body.ContentType] = new() { Schema = schema } },
        };
    });

    // A reference to the type's schema, as a bound body would have, rather than a copy of it in each operation.
    private static async Task<IOpenApiSchema> Reference(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken));
        }

        return new OpenApiSchemaReference(type.Name, document);
    }

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };

    private sealed record DocumentedBody(string ContentType, Type? Type, string? FormField);
}
