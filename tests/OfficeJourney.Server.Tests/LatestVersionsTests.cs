using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OfficeJourney.Server.Tests;

/// <summary>The PowerPoint pane asks once where every map its slides came from stands now.</summary>
public sealed class LatestVersionsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Document = """
        { "formatVersion": 1, "maps": [ { "title": "Latest check", "stages": [ { "name": "One" } ], "lanes": [] } ] }
        """;

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Several_maps_latest_versions_come_in_one_answer_and_an_unknown_id_is_listed_missing()
    {
        var first = await client.PostAsync("/api/maps", Json(Document));
        var second = await client.PostAsync("/api/maps", Json(Document.Replace("Latest check", "Second check", StringComparison.Ordinal)));
        var firstId = first.Headers.Location!.ToString().Split('/')[^1];
        var secondId = second.Headers.Location!.ToString().Split('/')[^1];
        using var put = new HttpRequestMessage(HttpMethod.Put, first.Headers.Location) { Content = Json(Document.Replace("One", "Two", StringComparison.Ordinal)) };
        put.Headers.IfMatch.Add(first.Headers.ETag!);
        (await client.SendAsync(put)).EnsureSuccessStatusCode();

        var answer = await client.PostAsync("/api/maps/latest", Json(JsonSerializer.Serialize(new { ids = new[] { firstId, secondId, "no-such-map", firstId } })));
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var maps = body.RootElement.GetProperty("maps").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        Assert.Equal(2, maps.Count);
        Assert.Equal(2, maps[firstId].GetProperty("version").GetInt32());
        Assert.Equal(1, maps[secondId].GetProperty("version").GetInt32());
        Assert.Equal("Second check", maps[secondId].GetProperty("title").GetString());
        Assert.True(maps[firstId].GetProperty("lastChanged").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(["no-such-map"], body.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("""{ "ids": [] }""", "at least one")]
    [InlineData("""{ }""", "at least one")]
    [InlineData("""{ "ids": [""] }""", "no id is empty")]
    public async Task A_request_without_ids_is_a_400_saying_what_it_needs(string body, string expected)
    {
        var answer = await client.PostAsync("/api/maps/latest", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(expected, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_two_hundred_ids_are_a_400_and_two_hundred_are_answered()
    {
        var tooMany = Enumerable.Range(0, 201).Select(i => $"map-{i}").ToArray();

        var refused = await client.PostAsync("/api/maps/latest", Json(JsonSerializer.Serialize(new { ids = tooMany })));
        var answered = await client.PostAsync("/api/maps/latest", Json(JsonSerializer.Serialize(new { ids = tooMany[..200] })));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("At most 200", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using var body = JsonDocument.Parse(await answered.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("missing").GetArrayLength());
    }

    [Fact]
    public async Task A_body_over_64_KB_is_a_413_before_it_is_read()
    {
        // Kestrel answers as soon as the declared length is over the limit and closes the connection, so this speaks
        // HTTP itself (a client still sending the million ids would see the connection reset instead of the answer).
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var million = "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"a\"", 1_000_000)) + "]}";
        var head = $"POST /api/maps/latest HTTP/1.1\r\nHost: {client.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: {million.Length}\r\n\r\n{{";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        // Without the limit the service would wait for the rest of the body: the answer must come before it is sent.
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var status = await reader.ReadLineAsync(wait.Token);

        Assert.StartsWith("HTTP/1.1 413", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_over_128_characters_is_a_400_naming_it()
    {
        var overlong = await client.PostAsync("/api/maps/latest", Json(JsonSerializer.Serialize(new { ids = new[] { "map-1", new string('x', 129) } })));

        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Contains("ids[1] has 129", await overlong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
