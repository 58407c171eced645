using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// Decks take turns: a deck request holds its turn from before its body is read until it is answered, and past the
/// most that may wait the next is answered 503 at once. Run on a service allowed one deck at a time and none waiting.
/// </summary>
public sealed class DeckConcurrencyTests : IDisposable
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(
        """{"formatVersion":1,"maps":[{"title":"Turns","stages":[{"name":"Buy"}],"lanes":[{"label":"Touchpoints","kind":"touchpoints","cells":[{"items":[{"text":"Website"}]}]}]}]}""");

    private readonly string folder = Directory.CreateTempSubdirectory("journey-turns-").FullName;

    [Fact]
    public async Task A_deck_past_the_most_that_may_wait_is_a_503_with_retry_after_and_the_one_in_turn_is_still_made()
    {
        using var service = await ServiceProcess.Start(folder, settings: new Dictionary<string, string> { ["Decks__AtOnce"] = "1", ["Decks__Waiting"] = "0" });
        var address = service.Client.BaseAddress!;

        // A deck whose body is still on its way holds the one turn, once the service has read its head: until then
        // a deck may still be made in its place, and a slow one that came second was itself refused and is sent again.
        var slow = await Hold(address);
        HttpResponseMessage refused;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((refused = await service.Client.PostAsync("/api/decks", Json())).StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            if (slow.Available > 0)
            {
                slow.Dispose();
                slow = await Hold(address);
            }

            await Task.Delay(50);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("as many decks as it can at once", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stream = slow.GetStream();
        await stream.WriteAsync(Document.AsMemory(10));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        Assert.Equal("HTTP/1.1 200 OK", await reader.ReadLineAsync());
        Assert.Equal(HttpStatusCode.OK, (await service.Client.PostAsync("/api/decks", Json())).StatusCode);
        slow.Dispose();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static ByteArrayContent Json()
    {
        var content = new ByteArrayContent(Document);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A deck request sent but for the end of its body.</summary>
    private static async Task<TcpClient> Hold(Uri address)
    {
        var slow = new TcpClient();
        await slow.ConnectAsync(address.Host, address.Port);
        var stream = slow.GetStream();
        var head = $"POST /api/decks HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {Document.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(Document.AsMemory(0, 10));
        return slow;
    }
}
