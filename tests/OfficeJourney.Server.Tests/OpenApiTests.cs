using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// The OpenAPI document states what each endpoint takes and answers: its body, its success with a schema, and its
/// problems; the pane's types are generated from it, so it is checked in and may not drift from the service.
/// </summary>
public sealed class OpenApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string ProblemJson = "application/problem+json";
    private const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task The_checked_in_document_is_the_one_the_service_publishes()
    {
        var path = Path.Combine(Repository.Root, "docs", "openapi.json");
        var published = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();

        // The server's address is the one the document was asked from, a port chosen for this run.
        published.Remove("servers");
        var actual = published.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the Server tests once with UPDATE_GOLDEN=1 (see CONTRIBUTING.md).");
        Assert.True(
            (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") == actual,
            $"{path} is not what the service publishes: run the Server tests with UPDATE_GOLDEN=1, then `npm run types` in addin-web (see CONTRIBUTING.md).");
    }

    [Fact]
    public async Task Reading_a_map_documents_the_map_and_its_404()
    {
        var get = Operation(await Document(), "/api/maps/{id}", "get");

        Assert.Equal("#/components/schemas/MapResponse", Schema(get, "200", "application/json").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/ProblemDetails", Schema(get, "404", ProblemJson).GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Creating_and_saving_a_map_document_the_body_and_every_refusal()
    {
        var document = await Document();
        var create = Operation(document, "/api/maps", "post");
        var update = Operation(document, "/api/maps/{id}", "put");

        Assert.Equal("#/components/schemas/MapResponse", Schema(create, "201", "application/json").GetProperty("$ref").GetString());
        Assert.Equal(["201", "400", "401", "403", "413", "415", "422", "503"], Statuses(create));
        Assert.Equal(["200", "401", "403", "404", "412", "413", "415", "422", "428", "503"], Statuses(update));
        Assert.All(Statuses(update).Where(s => s != "200"), status => Schema(update, status, ProblemJson));
        Assert.Contains(update.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "site" && p.GetProperty("in").GetString() == "query");
        Assert.All([create, update], operation => Assert.Equal("#/components/schemas/JourneyDocument", Body(operation, "application/json").GetProperty("$ref").GetString()));
    }

    [Fact]
    public async Task A_deck_is_documented_as_a_file_or_its_json_of_the_map_document_sent()
    {
        var document = await Document();
        var deck = Operation(document, "/api/maps/{id}/deck", "post");
        var sent = Operation(document, "/api/decks", "post");

        Assert.Equal("binary", Schema(deck, "200", Pptx).GetProperty("format").GetString());
        Assert.Equal("#/components/schemas/DeckResponse", Schema(deck, "200", "application/json").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/JourneyDocument", Body(sent, "application/json").GetProperty("$ref").GetString());
        Assert.Equal(["200", "400", "401", "403", "413", "415", "422", "503"], Statuses(sent));
    }

    [Fact]
    public async Task Grid_rows_are_rows_of_text_number_boolean_or_null_cells()
    {
        var rows = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty("GridRows");

        Assert.Equal("array", rows.GetProperty("type").GetString());
        Assert.Equal("array", rows.GetProperty("items").GetProperty("type").GetString());
        string[] cell = [.. rows.GetProperty("items").GetProperty("items").GetProperty("type").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal)];
        Assert.Equal(["boolean", "null", "number", "string"], cell);
    }

    [Fact]
    public async Task Every_endpoint_behind_sign_in_documents_its_401_and_403_and_every_body_its_413()
    {
        var document = await Document();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => (Name: $"{method.Name} {path.Name}", Operation: method.Value)))
            .Where(o => o.Name != "get /api/client-config")
            .ToList();

        Assert.Equal(22, operations.Count);
        Assert.All(operations, o => Assert.True(Statuses(o.Operation) is var s && s.Contains("401") && s.Contains("403"), o.Name));
        Assert.All(operations.Where(o => o.Operation.TryGetProperty("requestBody", out _)), o => Assert.Contains("413", Statuses(o.Operation)));
        Assert.Equal(["200"], Statuses(Operation(document, "/api/client-config", "get")));
    }

    [Fact]
    public async Task Numbers_are_numbers_and_what_may_be_null_may_be_missing()
    {
        var response = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty("MapResponse");
        string[] required = [.. response.GetProperty("required").EnumerateArray().Select(r => r.GetString()!)];

        // The service writes numbers only as numbers, and leaves nulls out (the pane's types follow both).
        Assert.Equal("integer", response.GetProperty("properties").GetProperty("version").GetProperty("type").GetString());
        Assert.DoesNotContain("message", required);
        Assert.Contains("savedBy", required);
    }

    private async Task<JsonElement> Document()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.Clone();
    }

    private static JsonElement Operation(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static string[] Statuses(JsonElement operation) =>
        [.. operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];

    private static JsonElement Schema(JsonElement operation, string status, string contentType) =>
        operation.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty(contentType).GetProperty("schema");

    private static JsonElement Body(JsonElement operation, string contentType) =>
        operation.GetProperty("requestBody").GetProperty("content").GetProperty(contentType).GetProperty("schema");
}
