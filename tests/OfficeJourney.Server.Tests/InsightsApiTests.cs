using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OfficeJourney.Server.Tests;

/// <summary>The interpret endpoints answer with the first map's funnel and findings, cells as the pane selects them.</summary>
public sealed class InsightsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient client = server.CreateClient();

    private const string FunnelGrid = """
        { "sheets": [ { "name": "Journey", "address": "Journey!B2:E6",
            "values": [ ["Stage", "Awareness", "Purchase", "Loyalty"],
                        ["Visitors", 10000, 1000, 800],
                        ["Emotions (1-5)", 4, 2, 5],
                        ["Pain points", "", "Slow checkout", ""],
                        ["Opportunities", "Better ads", "", "Rewards"] ] } ] }
        """;

    [Fact]
    public async Task Interpreting_cells_gives_the_funnel_with_its_largest_drop_off_and_findings_by_kind_with_their_cells()
    {
        using var body = await Json(await client.PostAsync("/api/grids/interpret", new StringContent(FunnelGrid, Encoding.UTF8, "application/json")));

        var insights = body.RootElement.GetProperty("insights");
        var funnel = insights.GetProperty("funnel");
        Assert.Equal("Visitors", funnel.GetProperty("label").GetString());
        var steps = funnel.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["Awareness", "Purchase", "Loyalty"], steps.Select(s => s.GetProperty("stageName").GetString()));
        Assert.Equal([0, 1, 2], steps.Select(s => s.GetProperty("stage").GetInt32()));
        Assert.Equal([10000d, 1000d, 800d], steps.Select(s => s.GetProperty("count").GetDouble()));
        Assert.Equal(0.1, steps[1].GetProperty("conversion").GetDouble(), 6);
        Assert.Equal(0.9, steps[1].GetProperty("dropOff").GetDouble(), 6);
        Assert.Equal("Journey!D3", steps[1].GetProperty("cell").GetString());
        Assert.Equal(1, funnel.GetProperty("largestDropOff").GetInt32());

        var findings = insights.GetProperty("findings").EnumerateArray().ToList();
        var drop = findings.Single(f => f.GetProperty("kind").GetString() == "largest-drop-off");
        Assert.Equal([0, 1], drop.GetProperty("stages").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(["Journey!C3", "Journey!D3"], drop.GetProperty("cells").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Awareness", drop.GetProperty("message").GetString(), StringComparison.Ordinal);
        var pain = findings.Single(f => f.GetProperty("kind").GetString() == "pain-without-opportunity");
        Assert.Equal(["Journey!D5"], pain.GetProperty("cells").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_map_without_counts_has_no_funnel_and_still_its_findings()
    {
        const string grid = """
            { "sheets": [ { "name": "Journey", "address": "Journey!A1:C3",
                "values": [ ["Stage", "Search", "Buy"], ["Emotions (1-5)", 4, 1], ["Pain points", "", "Card refused"] ] } ] }
            """;

        using var body = await Json(await client.PostAsync("/api/grids/interpret", new StringContent(grid, Encoding.UTF8, "application/json")));

        var insights = body.RootElement.GetProperty("insights");
        Assert.Equal(JsonValueKind.Null, insights.GetProperty("funnel").ValueKind);
        Assert.Contains(insights.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "lowest-emotion");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    public async Task An_uploaded_template_gives_a_funnel_and_findings_in_its_language(string language)
    {
        var template = await client.GetByteArrayAsync($"/api/templates?type=current-state&industry=retail&lang={language}");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(template);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "retail.xlsx");

        using var body = await Json(await client.PostAsync("/api/workbooks/interpret", form));

        var insights = body.RootElement.GetProperty("insights");
        var steps = insights.GetProperty("funnel").GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(5, steps.Count);
        Assert.All(steps, s => Assert.Contains('!', s.GetProperty("cell").GetString()!));
        var kinds = insights.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("largest-drop-off", kinds);
        Assert.Contains("off-target", kinds);
        var message = insights.GetProperty("findings")[0].GetProperty("message").GetString()!;
        Assert.Equal(language == "fa", message.Any(c => c is >= '\u0600' and <= '\u06FF'));
    }

    private static async Task<JsonDocument> Json(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
