using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Server.Tests;

/// <summary>POST /api/maps/{id}/review over real HTTP, against the SQLite store.</summary>
public sealed class ReviewApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task The_review_of_two_versions_is_a_valid_deck_naming_what_changed()
    {
        var map = await TwoVersions();

        var response = await client.PostAsync(map + "/review?from=1&to=2", null);

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.presentationml.presentation", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("review-v1-v2.pptx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var deck = await response.Content.ReadAsByteArrayAsync();
        using (var document = PresentationDocument.Open(new MemoryStream(deck), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document));
        }

        var text = SlideText(deck);
        foreach (var changed in new[] { "Return", "Compare", "Buy: Slow checkout", "Return: Label printing", "v1 · ", "v2 · " })
        {
            Assert.Contains(changed, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Too many ads", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_versions_the_review_compares_the_previous_version_with_the_latest()
    {
        var map = await TwoVersions();

        var response = await client.PostAsync(map + "/review", null);

        response.EnsureSuccessStatusCode();
        Assert.EndsWith("review-v1-v2.pptx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Since_a_moment_compares_the_version_current_then_with_the_latest_as_json_for_the_task_pane()
    {
        var map = await TwoVersions();
        using var versions = JsonDocument.Parse(await client.GetStringAsync(map + "/versions"));
        var first = versions.RootElement.EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == 1).GetProperty("savedAt").GetDateTimeOffset();

        using var request = new HttpRequestMessage(HttpMethod.Post, map + "/review?since=" + Uri.EscapeDataString(first.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", System.Globalization.CultureInfo.InvariantCulture)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.EndsWith("review-v1-v2.pptx", body.RootElement.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Contains("Buy: Slow checkout", SlideText(Convert.FromBase64String(body.RootElement.GetProperty("base64").GetString()!)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=1&since=2026-01-01", HttpStatusCode.BadRequest, "not both")]
    [InlineData("?to=2&since=2026-01-01", HttpStatusCode.BadRequest, "not both")]
    [InlineData("?since=last%20quarter", HttpStatusCode.BadRequest, "is not a date: write it as ISO 8601")]
    [InlineData("?since=2026-13-45", HttpStatusCode.BadRequest, "is not a date")]
    [InlineData("?since=2999-01-01", HttpStatusCode.BadRequest, "is in the future")]
    [InlineData("?since=2000-01-01", HttpStatusCode.NotFound, "version on 2000-01-01: its first version was saved")]
    [InlineData("?from=9", HttpStatusCode.NotFound, "version 9")]
    [InlineData("?from=1&to=7", HttpStatusCode.NotFound, "version 7")]
    [InlineData("?from=x", HttpStatusCode.BadRequest, "from")]
    [InlineData("?brandColor=blue", HttpStatusCode.BadRequest, "is not a colour")]
    public async Task A_review_that_cannot_be_made_is_a_clear_problem_never_a_500(string query, HttpStatusCode status, string detail)
    {
        var map = await TwoVersions();

        var response = await client.PostAsync(map + "/review" + query, null);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_of_an_unknown_map_is_a_404()
    {
        var response = await client.PostAsync("/api/maps/no-such-map/review", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> TwoVersions()
    {
        var created = await client.PostAsync("/api/maps", Json(Map(["Search", "Compare", "Buy"], ["Too many ads", "Confusing prices", "Slow checkout"])));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        using var update = new HttpRequestMessage(HttpMethod.Put, location) { Content = Json(Map(["Search", "Buy", "Return"], ["Too many ads", "", "Label printing"])) };
        update.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        (await client.SendAsync(update)).EnsureSuccessStatusCode();
        return location;
    }

    private static StringContent Json(JourneyMap map) => new(JourneyJson.Serialize(map), Encoding.UTF8, "application/json");

    private static JourneyMap Map(string[] stages, string[] pains) => new()
    {
        Title = "Checkout review",
        Language = "en",
        Stages = [.. stages.Select(s => new Stage { Name = s })],
        Lanes = [new Lane { Label = "Pain points", Kind = LaneKind.PainPoints, Cells = [.. pains.Select(p => new LaneCell { Items = p.Length == 0 ? [] : [new JourneyItem { Text = p }] })] }],
    };

    private static string SlideText(byte[] deck)
    {
        using var zip = new ZipArchive(new MemoryStream(deck));
        return string.Join("\n", zip.Entries.Where(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream).Descendants(A + "p").Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value))).ToList();
            }));
    }
}
