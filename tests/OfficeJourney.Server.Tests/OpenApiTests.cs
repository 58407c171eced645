using System.Text.Json;

namespace OfficeJourney.Server.Tests;

/// <summary>The OpenAPI document states what each endpoint answers: its success with a schema, and its problems.</summary>
public sealed class OpenApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string ProblemJson = "application/problem+json";
    private const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Reading_a_map_documents_the_map_and_its_404()
    {
        var get = await Operation("/api/maps/{id}", "get");

        Assert.Equal("#/components/schemas/MapResponse", Schema(get, "200", "application/json").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/ProblemDetails", Schema(get, "404", ProblemJson).GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Creating_and_saving_a_map_document_every_refusal()
    {
        var create = await Operation("/api/maps", "post");
        var update = await Operation("/api/maps/{id}", "put");

        Assert.Equal("#/components/schemas/MapResponse", Schema(create, "201", "application/json").GetProperty("$ref").GetString());
        Assert.Equal(["201", "400", "403", "413", "415", "422", "503"], Statuses(create));
        Assert.Equal(["200", "403", "404", "412", "413", "415", "422", "428", "503"], Statuses(update));
        Assert.All(Statuses(update).Where(s => s != "200"), status => Schema(update, status, ProblemJson));
        Assert.Contains(update.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "site" && p.GetProperty("in").GetString() == "query");
    }

    [Fact]
    public async Task A_deck_is_documented_as_a_file_or_its_json()
    {
        var deck = await Operation("/api/maps/{id}/deck", "post");

        Assert.Equal("binary", Schema(deck, "200", Pptx).GetProperty("format").GetString());
        Assert.Equal("#/components/schemas/DeckResponse", Schema(deck, "200", "application/json").GetProperty("$ref").GetString());
    }

    private async Task<JsonElement> Operation(string path, string method)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).Clone();
    }

    private static string[] Statuses(JsonElement operation) =>
        [.. operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];

    private static JsonElement Schema(JsonElement operation, string status, string contentType) =>
        operation.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty(contentType).GetProperty("schema");
}
