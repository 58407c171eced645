using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeJourney.Server.Tests;

public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task The_task_pane_learns_that_local_mode_needs_no_sign_in()
    {
        using var config = JsonDocument.Parse(await client.GetStringAsync("/api/client-config"));

        Assert.Equal("Local", config.RootElement.GetProperty("authMode").GetString());
        Assert.False(config.RootElement.TryGetProperty("clientId", out _));
    }

    [Fact]
    public async Task Every_template_the_task_pane_is_offered_can_be_fetched()
    {
        using var config = JsonDocument.Parse(await client.GetStringAsync("/api/client-config"));
        var templates = config.RootElement.GetProperty("templates");
        string[] Names(string kind) => [.. templates.GetProperty(kind).EnumerateArray().Select(e => e.GetString()!)];

        Assert.Equal(["en", "th", "vi", "fa", "lv"], Names("languages"));
        Assert.Contains("service-blueprint", Names("types"));
        Assert.Contains("b2b-software", Names("industries"));
        var queries = Names("types").Select(t => $"type={t}")
            .Concat(Names("industries").Select(i => $"industry={i}"))
            .Concat(Names("languages").Select(l => $"lang={l}"));
        foreach (var query in queries)
        {
            using var response = await client.GetAsync($"/api/templates?{query}");
            Assert.True(response.IsSuccessStatusCode, $"{query}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_version_note_in_thai_travels_percent_encoded_and_is_kept_as_written()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/maps")
        {
            Content = new StringContent("""{ "formatVersion": 1, "maps": [ { "title": "Note", "stages": [ { "name": "One" } ], "lanes": [] } ] }""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Journey-Message", Uri.EscapeDataString("ทบทวนไตรมาส 3"));

        var created = await client.SendAsync(request);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("ทบทวนไตรมาส 3", body.RootElement.GetProperty("message").GetString());
    }

    private const string GridJson = """
        { "sheets": [ { "name": "Journey", "address": "Journey!B2:E5", "rightToLeft": false,
            "mergedAreas": [],
            "values": [ ["Stage", "Awareness", "Purchase", "Loyalty"],
                        ["Actions", "Sees an ad", "Pays", "Returns"],
                        ["Emotions (1-5)", 4, "happy-ish", 5],
                        ["Pain points", "", "Slow checkout", ""] ] } ] }
        """;

    [Fact]
    public void The_server_listens_on_loopback()
    {
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
    }

    [Fact]
    public async Task Interpreting_the_task_panes_cells_gives_the_map_and_located_problems()
    {
        var response = await client.PostAsync("/api/grids/interpret", new StringContent(GridJson, Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var map = body.RootElement.GetProperty("map").GetProperty("maps")[0];
        Assert.Equal(["Awareness", "Purchase", "Loyalty"], map.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        // What someone wrote is kept: a warning at its cell, and the map is still usable.
        var problem = body.RootElement.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "emotion.no-score");
        Assert.Equal("warning", problem.GetProperty("severity").GetString());
        Assert.Equal("Journey!D4", problem.GetProperty("location").GetString());
        Assert.True(body.RootElement.GetProperty("usable").GetBoolean());
    }

    [Theory]
    [InlineData("""{ "sheets": [null] }""", "sheets[0]")]
    [InlineData("""{ "sheets": [ { "name": "J", "address": "A1:B2" } ] }""", "sheets[0]")]
    [InlineData("""{ "sheets": [ { "name": "J", "address": "A1:B2", "values": [ ["Stage", "A"], null ] } ] }""", "sheets[0].values[1]")]
    public async Task A_grid_with_nulls_where_sheets_and_rows_belong_is_a_400_naming_the_field(string grid, string field)
    {
        var response = await client.PostAsync("/api/grids/interpret", new StringContent(grid, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_and_lone_surrogates_in_cells_are_dropped_and_the_map_and_its_deck_are_whole()
    {
        const string grid = """
            { "sheets": [ { "name": "J", "address": "A1:C3",
                "values": [ ["Stage", "Look\u0001", "Buy\ud800"], ["Actions", "Reads\u000b", "Pays\uffff"], ["Pain points", "Slow\u0000", "Fees"] ] } ] }
            """;

        var response = await client.PostAsync("/api/grids/interpret", new StringContent(grid, Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var map = body.RootElement.GetProperty("map");
        Assert.Equal(["Look", "Buy"], map.GetProperty("maps")[0].GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var deck = await client.PostAsync("/api/decks", new StringContent(map.GetRawText(), Encoding.UTF8, "application/json"));
        deck.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_map_document_with_control_characters_makes_a_deck_without_them_and_a_lone_surrogate_is_a_422_naming_the_field()
    {
        const string controls = """
            { "formatVersion": 1, "maps": [ { "title": "Plan\u0001 A", "stages": [ { "name": "Look\u000b" }, { "name": "Buy" } ],
              "lanes": [ { "label": "Actions\uffff", "kind": "actions", "cells": [ { "items": [ { "text": "Reads\u0000" } ] }, { "items": [] } ] } ] } ] }
            """;

        var deck = await client.PostAsync("/api/decks", new StringContent(controls, Encoding.UTF8, "application/json"));
        var surrogate = await client.PostAsync("/api/decks", new StringContent(controls.Replace("Plan\\u0001", "Plan\\ud800", StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.True(deck.StatusCode == HttpStatusCode.OK, $"{(int)deck.StatusCode}: {await deck.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, surrogate.StatusCode);
        Assert.Contains("$.maps[0].title", await surrogate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "sheets": [ { "name": "S", "address": "A1:B1", "values": [ ["Stage", { "a": 1 }] ] } ] }""", "at $.sheets[0].values: A cell is text, a number, true, false or null.")]
    [InlineData("""{ "sheets": [ { "name": "S", "address": "A1:B1", "values": [ ["Stage", "A"] ] } ], "orientation": "Sideways" }""", "at $.orientation.")]
    [InlineData("""{ "sheets": [ { "name": "S", "address": "A1:B1", "values": [ ["Stage", "A"] ], "hiddenRows": ["1"] } ] }""", "at $.sheets[0].hiddenRows[0].")]
    [InlineData("""[""", "at $.")]
    public async Task A_body_of_the_wrong_shape_is_a_400_naming_where(string body, string where)
    {
        var response = await client.PostAsync("/api/grids/interpret", new StringContent(body, Encoding.UTF8, "application/json"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request body does not fit this endpoint " + where, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_number_past_doubles_range_is_kept_as_its_text_and_control_characters_leave_the_sheet_name()
    {
        const string Grid = """{ "sheets": [ { "name": "Journey\u0001\u0000", "address": "A1:C2", "values": [ ["Stage", "Awareness", "Purchase"], ["Actions", 1e400, "Buys"] ] } ] }""";

        var response = await client.PostAsync("/api/grids/interpret", new StringContent(Grid, Encoding.UTF8, "application/json"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var map = body.RootElement.GetProperty("map").GetProperty("maps")[0];
        Assert.Equal("Journey", map.GetProperty("title").GetString());
        Assert.Equal("1e400", map.GetProperty("lanes")[0].GetProperty("cells")[0].GetProperty("items")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_million_empty_rows_are_a_413_naming_the_cells_before_any_grid_is_made()
    {
        var rows = string.Join(",", Enumerable.Repeat("[]", 1_000_000));
        var grid = $$"""{ "sheets": [ { "name": "Dump", "address": "A1:B1000001", "values": [ ["Stage", "A"], {{rows}} ] } ] }""";

        var response = await client.PostAsync("/api/grids/interpret", new StringContent(grid, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The grid has 2000002 cells (rows × columns); at most 500000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_with_more_filled_cells_than_a_map_holds_is_a_413_naming_the_sheet()
    {
        var cells = string.Join(",", Enumerable.Repeat("\"x\"", 1_001));
        var rows = string.Join(",", Enumerable.Repeat($"[{cells}]", 100));
        var grid = $$"""{ "sheets": [ { "name": "Dump", "address": "A1:ALM100", "values": [ {{rows}} ] } ] }""";

        var response = await client.PostAsync("/api/grids/interpret", new StringContent(grid, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The sheet \\\"Dump\\\" sends more than 100000 filled cells", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/templates?type=galaxy-brain", "\\u0022galaxy-brain\\u0022 is not a map type: choose from current-state")]
    [InlineData("/api/templates?industry=mining", "is not an industry: choose from retail")]
    public async Task An_unknown_choice_is_a_400_whose_message_names_the_choices_and_nothing_else(string url, string expected)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.Contains(expected, StringComparison.Ordinal) || body.Contains(expected.Replace("\\u0022", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal), body);
        Assert.DoesNotContain("(Parameter", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Times_the_task_pane_reads_as_numbers_are_stage_names_as_their_number_format_shows_them()
    {
        const string day = """
            { "sheets": [ { "name": "Day", "address": "Day!A1:C3",
                "values": [ ["Time", "Activity", "Pain"], [0.2916666666666667, "Commutes", "Crowded"], [0.5208333333333334, "Orders lunch", "Queue"] ],
                "numberFormats": [ ["General", "General", "General"], ["h:mm AM/PM", "General", "General"], ["hh:mm", "General", "General"] ] } ] }
            """;

        var response = await client.PostAsync("/api/grids/interpret", new StringContent(day, Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var map = body.RootElement.GetProperty("map").GetProperty("maps")[0];
        Assert.Equal(["07:00", "12:30"], map.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_uploaded_template_workbook_reads_back_and_a_renamed_pdf_is_refused_by_name()
    {
        var template = await client.GetByteArrayAsync("/api/templates?type=service-blueprint&industry=banking&lang=fa");

        var good = await Upload(template, "blueprint.xlsx");
        var bad = await Upload(Encoding.ASCII.GetBytes("%PDF-1.7 not a workbook"), "report.xlsx");

        good.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await good.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("usable").GetBoolean());
        Assert.Equal("service-blueprint", body.RootElement.GetProperty("map").GetProperty("maps")[0].GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("report.xlsx is a PDF document", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_comes_as_cells_for_an_office_js_write()
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/templates?type=current-state&lang=vi&format=cells"));

        var sheet = body.RootElement.GetProperty("sheets")[0];
        Assert.Equal("Hành trình", sheet.GetProperty("name").GetString());
        Assert.StartsWith("A1:", sheet.GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.Contains(sheet.GetProperty("values").EnumerateArray().SelectMany(r => r.EnumerateArray()), v => v.ValueKind == JsonValueKind.String && v.GetString() == "Giai đoạn");
    }

    [Fact]
    public async Task A_template_kept_after_its_first_request_is_served_again_per_language()
    {
        var english = await client.GetByteArrayAsync("/api/templates?type=future-state&industry=travel&lang=en");
        var thai = await client.GetByteArrayAsync("/api/templates?type=future-state&industry=travel&lang=th");
        var again = await client.GetByteArrayAsync("/api/templates?type=future-state&industry=travel&lang=EN");
        using var cells = JsonDocument.Parse(await client.GetStringAsync("/api/templates?type=future-state&industry=travel&lang=th&format=cells"));

        Assert.Equal(english, again);
        Assert.NotEqual(english, thai);
        Assert.Equal("เส้นทางลูกค้า", cells.RootElement.GetProperty("sheets")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_map_document_becomes_a_deck_as_a_file_or_as_base64_for_office_js()
    {
        var document = await MapDocument();

        var file = await client.PostAsync("/api/decks?slides=overview,kpis", new StringContent(document, Encoding.UTF8, "application/json"));
        using var jsonRequest = new HttpRequestMessage(HttpMethod.Post, "/api/decks") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        jsonRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var json = await client.SendAsync(jsonRequest);

        file.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.presentationml.presentation", file.Content.Headers.ContentType?.MediaType);
        using (var deck = PresentationDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false))
        {
            // Title, the overview (one slide: the retail template's fourteen lanes, its metric lanes among them, fit) and KPIs.
            Assert.Equal(3, deck.PresentationPart!.SlideParts.Count());
        }

        using var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var bytes = Convert.FromBase64String(body.RootElement.GetProperty("base64").GetString()!);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.True(body.RootElement.GetProperty("slides").GetInt32() > 5);
    }

    [Fact]
    public async Task A_save_is_refused_for_a_weak_etag_two_maps_in_one_document_a_key_reused_for_another_map_or_a_key_too_long()
    {
        var document = await MapDocument();
        var key = Guid.NewGuid().ToString();
        var created = await Create(document, key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!.Tag;

        var weak = await Put(location, document, "W/" + etag);
        using var two = JsonDocument.Parse(document);
        var map = two.RootElement.GetProperty("maps")[0].GetRawText();
        var twoMaps = await Put(location, $$"""{ "formatVersion": 1, "maps": [ {{map}}, {{map}} ] }""", etag);
        var reused = await Create(document.Replace("Awareness", "Discovery", StringComparison.Ordinal), key);
        var tooLong = await Create(document, new string('k', 201));

        Assert.Equal(HttpStatusCode.PreconditionFailed, weak.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twoMaps.StatusCode);
        Assert.Contains("one map; this document has 2", await twoMaps.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(etag, (await client.GetAsync(location)).Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=xyz", "garbage, no parts at all")]
    [InlineData("multipart/form-data", "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK never closed")]
    public async Task An_upload_whose_form_cannot_be_read_is_a_400(string contentType, string body)
    {
        var content = new StringContent(body);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync("/api/workbooks/interpret", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_save_while_another_program_locks_the_database_is_a_503_with_retry_after_and_health_still_answers()
    {
        var document = await MapDocument();
        using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(server.DataFolder, "maps.db")};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            var save = client.PostAsync("/api/maps", new StringContent(document, Encoding.UTF8, "application/json"));
            var health = await client.GetAsync("/health");
            var busy = await save;

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), busy.Headers.RetryAfter?.Delta);
        }

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/maps", new StringContent(document, Encoding.UTF8, "application/json"))).StatusCode);
    }

    private async Task<HttpResponseMessage> Create(string document, string key)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/maps") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        create.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(create);
    }

    [Fact]
    public async Task Maps_are_saved_with_versions_etags_and_no_silent_overwrite()
    {
        var document = await MapDocument();
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/maps") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        create.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var created = await client.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!.Tag;

        using var retry = new HttpRequestMessage(HttpMethod.Post, "/api/maps") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        retry.Headers.Add("Idempotency-Key", create.Headers.GetValues("Idempotency-Key").Single());
        Assert.Equal(location, (await client.SendAsync(retry)).Headers.Location!.ToString());

        var withoutIfMatch = await client.PutAsync(location, new StringContent(document, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);

        var updated = await Put(location, document.Replace("Awareness", "Discovery", StringComparison.Ordinal), etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stale = await Put(location, document, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using (var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()))
        {
            Assert.Equal(2, problem.RootElement.GetProperty("currentVersion").GetInt32());
            Assert.Equal("Discovery", problem.RootElement.GetProperty("current").GetProperty("maps")[0].GetProperty("stages")[0].GetProperty("name").GetString());
        }

        using var versions = JsonDocument.Parse(await client.GetStringAsync(location + "/versions"));
        Assert.Equal([2, 1], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        using var compare = JsonDocument.Parse(await client.GetStringAsync(location + "/compare?from=1&to=2"));
        Assert.Contains(compare.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("subject").GetString() == "stage" && c.GetProperty("after").GetString() == "Discovery");

        var restored = await client.PostAsync(location + "/versions/1/restore", null);
        using var restoredBody = JsonDocument.Parse(await restored.Content.ReadAsStringAsync());
        Assert.Equal(3, restoredBody.RootElement.GetProperty("version").GetInt32());

        var deck = await client.PostAsync(location + "/deck", null);
        deck.EnsureSuccessStatusCode();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/maps?text=fashion"));
        Assert.Contains(list.RootElement.GetProperty("items").EnumerateArray(), m => location.EndsWith(m.GetProperty("id").GetString()!, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task A_map_keeps_its_source_workbook_and_latest_deck_beside_it()
    {
        var workbook = await client.GetByteArrayAsync("/api/templates?type=current-state&industry=travel");
        var created = await client.PostAsync("/api/maps", new StringContent(await MapDocument(), Encoding.UTF8, "application/json"));
        var location = created.Headers.Location!.ToString();

        var put = await client.PutAsync(location + "/workbook", new ByteArrayContent(workbook));
        var refused = await client.PutAsync(location + "/workbook", new ByteArrayContent(Encoding.ASCII.GetBytes("a,b,c")));
        var made = await client.PostAsync(location + "/deck", null);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(workbook, await client.GetByteArrayAsync(location + "/workbook"));
        Assert.Equal(await made.Content.ReadAsByteArrayAsync(), await client.GetByteArrayAsync(location + "/deck"));
    }

    [Fact]
    public async Task A_grid_larger_than_the_limit_is_refused_with_413_before_it_is_read()
    {
        // Kestrel answers as soon as the declared length is over the limit and closes the connection, so this speaks HTTP itself.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var head = $"POST /api/grids/interpret HTTP/1.1\r\nHost: {client.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: {11 * 1024 * 1024}\r\n\r\n{{";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var status = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 413", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_pane_and_its_icons_are_served_on_the_api_origin_but_api_paths_never_fall_through_to_it()
    {
        var page = await client.GetStringAsync("/");
        var deepLink = await client.GetStringAsync("/excel/read");
        var icon = await client.GetByteArrayAsync("/assets/icon-32.png");
        var unknownApi = await client.GetAsync("/api/no-such-thing");

        Assert.Contains("<title>OfficeJourney</title>", page, StringComparison.Ordinal);
        Assert.Equal(page, deepLink);
        Assert.Equal((byte)'P', icon[1]);
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        Assert.DoesNotContain("<title>", await unknownApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_map_document_is_a_problem_not_a_stack_trace()
    {
        var response = await client.PostAsync("/api/maps", new StringContent("{ \"formatVersion\": 1, \"maps\": [ { \"title\": 3 } ] }", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("$.maps[0].title", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_and_health_answers()
    {
        var openApi = await client.GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/grids/interpret", "/api/workbooks/interpret", "/api/templates", "/api/decks", "/api/maps", "/api/maps/{id}", "/api/maps/{id}/versions", "/api/maps/{id}/versions/{version}", "/api/maps/{id}/versions/{version}/restore", "/api/maps/{id}/compare", "/api/maps/{id}/deck", "/api/maps/{id}/workbook" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    private async Task<string> MapDocument()
    {
        var template = await client.GetByteArrayAsync("/api/templates?type=current-state&industry=retail&lang=en");
        var response = await Upload(template, "retail.xlsx");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("map").GetRawText();
    }

    private Task<HttpResponseMessage> Upload(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", name);
        return client.PostAsync("/api/workbooks/interpret", form);
    }

    private Task<HttpResponseMessage> Put(string location, string document, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, location) { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
