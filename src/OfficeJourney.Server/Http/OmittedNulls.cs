using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OfficeJourney.Server.Http;

/// <summary>
/// The service leaves null properties out of what it writes (WhenWritingNull), so a property that may be null is
/// one that may be missing: the OpenAPI document says so, rather than promising a property that never comes.
/// </summary>
internal static class OmittedNulls
{
    public static OpenApiOptions AddOmittedNulls(this OpenApiOptions options) => options.AddSchemaTransformer((schema, _, _) =>
    {
        if (schema.Properties is null || schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (MayBeNull(property))
            {
                required.Remove(name);
            }
        }

        return Task.CompletedTask;
    });

    // Either a type that includes null, or (for a reference to another schema) a oneOf with a null branch.
    private static bool MayBeNull(IOpenApiSchema property) =>
        property.Type is { } type ? type.HasFlag(JsonSchemaType.Null) : property.OneOf?.Any(o => o.Type == JsonSchemaType.Null) == true;
}
