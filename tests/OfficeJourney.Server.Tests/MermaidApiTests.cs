using System.Net;
using System.Text;
using System.Text.Json;

namespace OfficeJourney.Server.Tests;

public sealed class MermaidApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string WorkingDay = "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me\n    Do work: eleven: Me, Cat\n  section Go home\n    Sit down: 5: Me\n";

    private const string ThaiMap = """
        { "formatVersion": 1, "maps": [ { "title": "สั่งอาหาร: มือถือ", "language": "th",
          "stages": [ { "name": "ค้นหา" }, { "name": "ชำระเงิน; #1" } ],
          "lanes": [ { "label": "Pain points", "kind": "pain-points", "cells": [ { "items": [] }, { "items": [ { "text": "ช้า\n%% oj" } ] } ] } ] } ] }
        """;

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task A_journey_diagram_is_interpreted_like_a_grid_with_problems_by_line()
    {
        var response = await client.PostAsync("/api/mermaid/interpret", new StringContent(WorkingDay, Encoding.UTF8, "text/plain"));

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("usable").GetBoolean());
        var map = body.RootElement.GetProperty("map").GetProperty("maps")[0];
        Assert.Equal(4, map.GetProperty("stages").GetArrayLength());
        Assert.Equal(2, map.GetProperty("phases").GetArrayLength());
        var problem = Assert.Single(body.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("journey.mmd line 6", problem.GetProperty("location").GetString());
    }

    [Fact]
    public async Task Markdown_is_read_from_its_first_journey_block()
    {
        var markdown = "# Day\n\n```mermaid\n" + WorkingDay + "```\n";

        var response = await client.PostAsync("/api/mermaid/interpret", new StringContent(markdown, Encoding.UTF8, "text/markdown"));

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("My working day", body.RootElement.GetProperty("map").GetProperty("maps")[0].GetProperty("title").GetString());
        Assert.Equal("journey.md line 9", body.RootElement.GetProperty("problems")[0].GetProperty("location").GetString());
    }

    [Fact]
    public async Task Text_without_a_journey_is_no_usable_map_with_a_clear_error()
    {
        var response = await client.PostAsync("/api/mermaid/interpret", new StringContent("flowchart LR\n  A --> B\n", Encoding.UTF8, "text/plain"));

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("usable").GetBoolean());
        var problem = Assert.Single(body.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("mermaid.no-journey", problem.GetProperty("code").GetString());
        Assert.Contains("\"flowchart\"", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_body_is_a_413_problem()
    {
        var huge = new string('x', (8 * 1024 * 1024) + 1);

        var response = await client.PostAsync("/api/mermaid/interpret", new StringContent(huge, Encoding.UTF8, "text/plain"));

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Binary_garbage_is_a_400_problem_saying_it_is_not_text()
    {
        var garbage = new byte[4096];
        new Random(14).NextBytes(garbage);
        using var content = new ByteArrayContent(garbage);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");

        var response = await client.PostAsync("/api/mermaid/interpret", content);

        var detail = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("not UTF-8 text", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_content_type_is_a_415_problem()
    {
        var response = await client.PostAsync("/api/mermaid/interpret", new StringContent("{}", Encoding.UTF8, "application/json"));

        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_map_document_is_written_as_mermaid_that_reads_back_as_the_same_map()
    {
        var written = await client.PostAsync("/api/mermaid", new StringContent(ThaiMap, Encoding.UTF8, "application/json"));
        var text = await written.Content.ReadAsStringAsync();
        var back = await client.PostAsync("/api/mermaid/interpret", new StringContent(text, Encoding.UTF8, "text/plain"));
        using var body = JsonDocument.Parse(await back.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", written.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("journey\n  title สั่งอาหาร: มือถือ\n", text, StringComparison.Ordinal);
        Assert.Contains("    ชำระเงิน； ＃1: 3\n", text, StringComparison.Ordinal);
        var map = body.RootElement.GetProperty("map").GetProperty("maps")[0];
        Assert.Equal("ชำระเงิน; #1", map.GetProperty("stages")[1].GetProperty("name").GetString());
        Assert.Equal("ช้า\n%% oj", map.GetProperty("lanes")[0].GetProperty("cells")[1].GetProperty("items")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_stored_map_is_given_as_mermaid_text_and_an_unknown_one_is_a_404()
    {
        var created = await client.PostAsync("/api/maps", new StringContent(ThaiMap, Encoding.UTF8, "application/json"));
        using var stored = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = stored.RootElement.GetProperty("id").GetString();

        var response = await client.GetAsync($"/api/maps/{id}/mermaid");
        var missing = await client.GetAsync("/api/maps/no-such-map/mermaid");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("journey\n  title สั่งอาหาร: มือถือ\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertProblem(missing, HttpStatusCode.NotFound);
    }

    private static async Task<string> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
