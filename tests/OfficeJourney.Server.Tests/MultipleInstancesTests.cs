using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OfficeJourney.GraphFake;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// A team deployment: two instances of the service behind one address, SharePoint their only shared state. A user's
/// calls land on either; nothing they would notice is kept per instance.
/// </summary>
public sealed class MultipleInstancesTests : IAsyncLifetime, IDisposable
{
    private FakeGraphServer graph = null!;
    private SharePointInstance first = null!;
    private SharePointInstance second = null!;
    private readonly TokenMint tokens = SharePointInstance.Mint();

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        graph.AddSite("https://contoso.sharepoint.com/sites/Marketing");
        graph.AddSite("https://contoso.sharepoint.com/sites/Leadership", members: ["maya"]);
        first = new SharePointInstance(graph, tokens);
        second = new SharePointInstance(graph, tokens);
    }

    public Task DisposeAsync() => graph.DisposeAsync().AsTask();

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task Racing_saves_through_two_instances_make_one_new_version_and_lose_nothing()
    {
        var created = await Send(first, HttpMethod.Post, "/api/maps", Document("Race", "Start"));
        var location = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!.Tag;

        var saves = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Send(i % 2 == 0 ? first : second, HttpMethod.Put, location, Document("Race", $"Step {i}"), etag)));

        Assert.Single(saves, s => s.StatusCode == HttpStatusCode.OK);
        Assert.All(saves.Where(s => s.StatusCode != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.PreconditionFailed, s.StatusCode));
        using var versions = JsonDocument.Parse(await (await Send(second, HttpMethod.Get, location + "/versions")).Content.ReadAsStringAsync());
        Assert.Equal([2, 1], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_retried_create_that_lands_on_the_other_instance_returns_the_same_map()
    {
        var key = Guid.NewGuid().ToString();

        var created = await Send(first, HttpMethod.Post, "/api/maps", Document("Retry", "One"), key: key);
        var retried = await Send(second, HttpMethod.Post, "/api/maps", Document("Retry", "One"), key: key);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(created.Headers.Location, retried.Headers.Location);
        using var list = JsonDocument.Parse(await (await Send(first, HttpMethod.Get, "/api/maps?text=Retry")).Content.ReadAsStringAsync());
        Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_map_saved_through_one_instance_is_read_listed_and_updated_through_the_other()
    {
        var created = await Send(first, HttpMethod.Post, "/api/maps", Document("Shared", "One"));
        var location = created.Headers.Location!.ToString();

        var read = await Send(second, HttpMethod.Get, location);
        var updated = await Send(second, HttpMethod.Put, location, Document("Shared", "Two"), read.Headers.ETag!.Tag);
        var again = await Send(first, HttpMethod.Get, location);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(updated.Headers.ETag, again.Headers.ETag);
        Assert.Contains("\"Two\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Document(string title, string stage) => $$"""
        { "formatVersion": 1, "maps": [ { "title": "{{title}}", "stages": [ { "name": "{{stage}}" } ],
          "lanes": [ { "label": "Actions", "kind": "actions", "cells": [ { "items": [ { "text": "Act" } ] } ] } ] } ] }
        """;

    private async Task<HttpResponseMessage> Send(SharePointInstance instance, HttpMethod method, string url, string? json = null, string? ifMatch = null, string? key = null)
    {
        using var client = instance.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Token("maya"));
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
