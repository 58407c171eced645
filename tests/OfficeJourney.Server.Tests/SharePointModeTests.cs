using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OfficeJourney.GraphFake;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// The service switched to SharePoint by configuration alone, talking to the fake Graph over HTTP. Only the
/// token exchange is replaced (see <see cref="SharePointInstance"/>), so the fake sees which user each call is made for.
/// </summary>
public sealed class SharePointServerFixture : IDisposable
{
    public const string Tenant = SharePointInstance.Tenant;
    public const string Audience = SharePointInstance.Audience;

    private readonly SharePointInstance instance;

    public SharePointServerFixture()
    {
        Graph = FakeGraphServer.StartAsync().GetAwaiter().GetResult();
        Graph.AddSite("https://contoso.sharepoint.com/sites/Marketing");
        Graph.AddSite("https://contoso.sharepoint.com/sites/Leadership", members: ["maya"]);
        instance = new SharePointInstance(Graph, Tokens);
    }

    public FakeGraphServer Graph { get; }

    public TokenMint Tokens { get; } = SharePointInstance.Mint();

    public string Environment => instance.Services.GetRequiredService<IHostEnvironment>().EnvironmentName;

    public HttpClient CreateClient() => instance.CreateClient();

    public void Dispose()
    {
        instance.Dispose();
        Graph.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

public sealed class SharePointModeTests(SharePointServerFixture server) : IClassFixture<SharePointServerFixture>
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task The_task_pane_learns_to_sign_in_for_this_api_and_which_sites_there_are()
    {
        using var config = JsonDocument.Parse(await client.GetStringAsync("/api/client-config"));

        Assert.Equal("Team", config.RootElement.GetProperty("authMode").GetString());
        Assert.Equal(SharePointServerFixture.Audience + "/access_as_user", config.RootElement.GetProperty("apiScope").GetString());
        Assert.Equal(["marketing", "leadership"], config.RootElement.GetProperty("sites").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Maps_are_saved_in_the_sharepoint_library_as_the_signed_in_user()
    {
        var maya = server.Tokens.Token("maya");

        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document("Quarterly review"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetString()!;
        Assert.StartsWith("marketing~", id, StringComparison.Ordinal);
        Assert.Contains(server.Graph.Calls, c => c.Operation == "putContent" && c.User == "maya" && c.Url.Contains(id.Split('~')[1] + ".json", StringComparison.Ordinal));
        Assert.True(server.Graph.Inspect(sites => sites[0].Drive.Items.Values.Any(i => i.Name == id.Split('~')[1] + ".json")));
        Assert.Equal(created.Headers.ETag!.Tag, (await Send(HttpMethod.Get, $"/api/maps/{id}", maya)).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task In_development_with_scope_validation_each_request_reaches_graph_as_its_own_user()
    {
        var title = "Scoped " + Guid.NewGuid().ToString("N")[..8];

        var created = await Send(HttpMethod.Post, "/api/maps", server.Tokens.Token("maya"), Document(title));
        var listed = await Send(HttpMethod.Get, $"/api/maps?text={title}", server.Tokens.Token("ben"));

        Assert.Equal("Development", server.Environment);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        using var page = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());
        Assert.Equal(created.Headers.Location!.ToString().Split('/')[^1], page.RootElement.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Contains(server.Graph.Calls, c => c.Operation == "putContent" && c.User == "maya");
        Assert.Contains(server.Graph.Calls, c => c.Operation == "listChildren" && c.User == "ben");
    }

    [Fact]
    public async Task A_stale_save_is_a_412_with_the_current_version_and_versions_compare_as_locally()
    {
        var maya = server.Tokens.Token("maya");
        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document("Compare me"));
        var location = created.Headers.Location!.ToString();
        var first = created.Headers.ETag!.Tag;

        var second = await Send(HttpMethod.Put, location, maya, Document("Compare me", "Two"), first);
        var stale = await Send(HttpMethod.Put, location, maya, Document("Compare me", "Lost"), first);
        var compare = await Send(HttpMethod.Get, location + "/compare?from=1&to=2", maya);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Equal(2, problem.RootElement.GetProperty("currentVersion").GetInt32());
        Assert.Contains("Two", await compare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_deck_of_two_versions_comes_from_the_sharepoint_versions_as_locally()
    {
        var maya = server.Tokens.Token("maya");
        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document("Review me"));
        var location = created.Headers.Location!.ToString();
        await Send(HttpMethod.Put, location, maya, Document("Review me", "Two"), created.Headers.ETag!.Tag);

        var review = await Send(HttpMethod.Post, location + "/review", maya);
        var unknown = await Send(HttpMethod.Post, location + "/review?from=5", maya);

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.EndsWith("review-v1-v2.pptx", review.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var deck = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(await review.Content.ReadAsByteArrayAsync()), false);
        var text = string.Concat(deck.PresentationPart!.SlideParts.SelectMany(s => s.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Text>()).Select(t => t.Text));
        Assert.Contains("Two", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Comparing_a_version_with_itself_reads_it_once()
    {
        var maya = server.Tokens.Token("maya");
        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document("Compare once"));
        var file = created.Headers.Location!.ToString().Split('~')[1];

        var compare = await Send(HttpMethod.Get, created.Headers.Location + "/compare?from=1&to=1", maya);

        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Single(server.Graph.Calls, c => c.Operation == "getVersionContent" && c.Url.Contains(file, StringComparison.Ordinal));
        Assert.Single(server.Graph.Calls, c => c.Operation == "listItemVersions" && c.Url.Contains(file, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creating_a_map_in_a_site_that_is_not_configured_is_a_400_naming_the_sites()
    {
        var response = await Send(HttpMethod.Post, "/api/maps?site=nope", server.Tokens.Token("maya"), Document("Nowhere"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"title\":\"Bad request\"", body, StringComparison.Ordinal);
        Assert.Contains("nope", body, StringComparison.Ordinal);
        Assert.Contains("leadership", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_sharepoint_keeps_out_gets_no_map_from_that_site()
    {
        var maya = server.Tokens.Token("maya");
        var ben = server.Tokens.Token("ben");
        var secret = await Send(HttpMethod.Post, "/api/maps?site=leadership", maya, Document("Board plan"));
        var location = secret.Headers.Location!.ToString();

        var read = await Send(HttpMethod.Get, location, ben);
        var create = await Send(HttpMethod.Post, "/api/maps?site=leadership", ben, Document("Ben's"));

        Assert.Equal(HttpStatusCode.Created, secret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.DoesNotContain("   at ", await create.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyed_create_whose_earlier_map_sharepoint_refuses_to_read_is_a_403_problem()
    {
        var maya = server.Tokens.Token("maya");
        var key = Guid.NewGuid().ToString("N");
        var first = await Send(HttpMethod.Post, "/api/maps", maya, Document("Refused replay"), key: key);
        server.Graph.Script(new Fault("getContent", 403));

        var again = await Send(HttpMethod.Post, "/api/maps", maya, Document("Refused replay"), key: key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        AssertRefusal(again);
    }

    [Fact]
    public async Task A_restore_whose_result_sharepoint_refuses_to_read_is_a_403_problem()
    {
        var maya = server.Tokens.Token("maya");
        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document("Refused restore"));
        await Send(HttpMethod.Put, created.Headers.Location!.ToString(), maya, Document("Refused restore", "Two"), created.Headers.ETag!.Tag);
        server.Graph.Interleave(new Interleaving("restoreVersion", () => { server.Graph.Script(new Fault("getContent", 403)); return Task.CompletedTask; }, AfterCommit: true));

        var restore = await Send(HttpMethod.Post, created.Headers.Location + "/versions/1/restore", maya);

        AssertRefusal(restore);
    }

    [Fact]
    public async Task When_sharepoint_stays_busy_the_caller_gets_a_503_with_retry_after_and_nothing_changes()
    {
        var maya = server.Tokens.Token("maya");
        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document("Busy"));
        var location = created.Headers.Location!.ToString();
        server.Graph.Script(new Fault("putContent", 503, Times: 4, RetryAfterSeconds: 0));

        var busy = await Send(HttpMethod.Put, location, maya, Document("Busy", "Changed"), created.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("   at ", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(created.Headers.ETag!.Tag, (await Send(HttpMethod.Get, location, maya)).Headers.ETag!.Tag);
    }

    private static void AssertRefusal(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Several_maps_latest_versions_are_read_from_sharepoint_at_once_and_a_site_kept_from_the_user_lists_its_map_missing()
    {
        var maya = server.Tokens.Token("maya");
        var ben = server.Tokens.Token("ben");
        string[] titles = ["Latest one", "Latest two", "Latest three", "Latest four", "Latest five", "Latest six"];
        var ids = new List<string>();
        foreach (var title in titles)
        {
            ids.Add((await Send(HttpMethod.Post, "/api/maps", maya, Document(title))).Headers.Location!.ToString().Split('/')[^1]);
        }

        var board = (await Send(HttpMethod.Post, "/api/maps?site=leadership", maya, Document("Latest board"))).Headers.Location!.ToString().Split('/')[^1];
        var body = JsonSerializer.Serialize(new { ids = ids.Append(board) });

        using var forBen = JsonDocument.Parse(await (await Send(HttpMethod.Post, "/api/maps/latest", ben, body)).Content.ReadAsStringAsync());
        using var forMaya = JsonDocument.Parse(await (await Send(HttpMethod.Post, "/api/maps/latest", maya, body)).Content.ReadAsStringAsync());

        Assert.Equal(titles, forBen.RootElement.GetProperty("maps").EnumerateArray().Select(m => m.GetProperty("title").GetString()));
        Assert.Equal([board], forBen.RootElement.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal([.. titles, "Latest board"], forMaya.RootElement.GetProperty("maps").EnumerateArray().Select(m => m.GetProperty("title").GetString()));
        Assert.Equal(0, forMaya.RootElement.GetProperty("missing").GetArrayLength());
    }

    private static string Document(string title, string stage = "One") => $$"""
        { "formatVersion": 1, "maps": [ { "title": "{{title}}", "stages": [ { "name": "{{stage}}" } ],
          "lanes": [ { "label": "Actions", "kind": "actions", "cells": [ { "items": [ { "text": "Act" } ] } ] } ] } ] }
        """;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, string token, string? json = null, string? ifMatch = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }
}

public sealed class SharePointConfigurationTests
{
    [Fact]
    public void The_service_refuses_to_start_with_sharepoint_storage_but_no_sign_in()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Mode", "SharePoint");
            builder.UseSetting("Storage:SharePoint:ClientSecret", "placeholder-the-graph-fake-never-asks");
            builder.UseSetting("Storage:SharePoint:Sites:0:Name", "marketing");
            builder.UseSetting("Storage:SharePoint:Sites:0:Url", "https://contoso.sharepoint.com/sites/Marketing");
        });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Auth:Mode Team", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_refuses_to_start_with_a_site_that_is_not_an_https_site_address()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:Mode", "Team");
            builder.UseSetting("Auth:TenantId", SharePointServerFixture.Tenant);
            builder.UseSetting("Auth:ClientId", "22222222-2222-2222-2222-222222222222");
            builder.UseSetting("Auth:Audience", SharePointServerFixture.Audience);
            builder.UseSetting("Storage:Mode", "SharePoint");
            builder.UseSetting("Storage:SharePoint:ClientSecret", "placeholder-the-graph-fake-never-asks");
            builder.UseSetting("Storage:SharePoint:Sites:0:Name", "marketing");
            builder.UseSetting("Storage:SharePoint:Sites:0:Url", "http://contoso.sharepoint.com");
        });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("https address", error.Message, StringComparison.Ordinal);
    }
}
