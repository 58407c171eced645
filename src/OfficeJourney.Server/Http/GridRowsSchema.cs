using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OfficeJourney.Server.Http;

/// <summary>
/// GridRows is read by its own converter, so the OpenAPI generator sees no properties and would describe it as
/// anything: here it is what the converter reads, rows of cells as Office.js <c>values</c> gives them.
/// </summary>
internal static class GridRowsSchema
{
    public static OpenApiOptions AddGridRowsSchema(this OpenApiOptions options) => options.AddSchemaTransformer((schema, context, _) =>
    {
        if (context.JsonTypeInfo.Type == typeof(GridRows))
        {
            var cell = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Boolean | JsonSchemaType.Null,
                Description = "A cell: text, a number, a boolean, or null (empty).",
            };
            schema.Type = JsonSchemaType.Array;
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.Array, Items = cell };
        }

        return Task.CompletedTask;
    });
}
