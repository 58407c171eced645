using System.Net;
using System.Text;

namespace OfficeJourney.Server.Tests;

/// <summary>Local mode is for this machine's user: other host names, other sites' pages and form posts are refused.</summary>
public sealed class LocalModeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient client = server.CreateClient();

    private const string Map = """{ "formatVersion": 1, "maps": [ { "title": "T", "stages": [ { "name": "A" } ], "lanes": [] } ] }""";

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_as_dns_rebinding_would_send_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/client-config");
        request.Headers.Host = "attacker.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_save_posted_by_another_site_is_refused_and_nothing_is_stored()
    {
        var title = "Planted " + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/maps") { Content = new StringContent(Map.Replace("\"T\"", $"\"{title}\"", StringComparison.Ordinal), Encoding.UTF8, "text/plain") };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"title\":\"No access\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await client.GetStringAsync("/api/maps?text=Planted"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_map_document_that_is_not_sent_as_json_is_a_415_even_from_this_machine()
    {
        var response = await client.PostAsync("/api/maps", new StringContent(Map, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_save_from_the_services_own_page_is_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/maps") { Content = new StringContent(Map, Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_pages_say_who_may_frame_them_where_scripts_come_from_and_not_to_sniff()
    {
        var response = await client.GetAsync("/taskpane.html");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("https://*.officeapps.live.com", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
