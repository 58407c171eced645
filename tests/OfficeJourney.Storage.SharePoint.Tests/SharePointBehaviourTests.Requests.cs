using System.Text;
using System.Text.Json;
using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Storage.SharePoint.Tests;

/// <summary>What the store's requests carry and cost: Graph's own conditions, the user's access, calls per operation, upload sessions, the file itself.</summary>
public sealed partial class SharePointBehaviourTests
{
    [Fact]
    public async Task Sharepoint_itself_checks_the_etag_of_every_write()
    {
        var created = await store.CreateAsync(Map("Precondition", "One"), Maya);
        Server.ClearCalls();

        await store.UpdateAsync(created.Id, Map("Precondition", "Two"), created.ETag, Maya);

        var put = Server.Calls.Single(c => c.Operation == "putContent");
        var fields = Server.Calls.Single(c => c.Operation == "patchFields");
        Assert.Equal(created.ETag, put.IfMatch);
        Assert.Contains("conflictBehavior=replace", put.Url, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, fields.IfMatch);
        Assert.NotEqual(created.ETag, fields.IfMatch);
    }

    [Fact]
    public async Task Creates_never_replace_an_existing_file()
    {
        Server.ClearCalls();

        await connection.StoreFor("maya").CreateAsync(Map("Fail on conflict", "One"), Maya);

        Assert.Contains("conflictBehavior=fail", Server.Calls.Single(c => c.Operation == "putContent").Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_access_to_the_site_sees_no_map_of_it_and_cannot_save_there()
    {
        var options = graph.Options(new SharePointSite("marketing", GraphFixture.TeamSiteUrl), new SharePointSite("leadership", GraphFixture.PrivateSiteUrl));
        using var own = GraphFixture.Connect(options);
        var title = "Board only " + Guid.NewGuid().ToString("N")[..8];
        var secret = await own.StoreFor("maya").CreateAsync(Map(title, "Plan"), Maya with { Place = "leadership" });
        var ben = own.StoreFor("ben");

        Assert.StartsWith("leadership~", secret.Id, StringComparison.Ordinal);
        Assert.Null(await ben.GetAsync(secret.Id));
        Assert.Empty(await ben.GetVersionsAsync(secret.Id));
        Assert.Equal(0, (await ben.ListAsync(new MapQuery(title))).Total);
        await Assert.ThrowsAsync<MapNotFoundException>(() => ben.UpdateAsync(secret.Id, Map(title, "Leaked"), secret.ETag, new SaveContext("ben")));
        await Assert.ThrowsAsync<StoreAccessDeniedException>(() => own.StoreFor("ben").CreateAsync(Map("Mine", "One"), new SaveContext("ben", Place: "leadership")));
        Assert.Equal(1, (await own.StoreFor("maya").ListAsync(new MapQuery(title))).Total);
    }

    [Fact]
    public async Task A_file_the_user_may_not_see_is_not_there_for_them()
    {
        var title = "Restricted " + Guid.NewGuid().ToString("N")[..8];
        var hidden = await connection.StoreFor("maya").CreateAsync(Map(title, "One"), Maya);
        Server.Inspect(sites => sites[0].Drive.Items.Values.Single(i => i.Name == hidden.Id.Split('~')[1] + ".json").Readers = ["maya"]);

        var ben = connection.StoreFor("ben");

        Assert.Null(await ben.GetAsync(hidden.Id));
        Assert.Equal(0, (await ben.ListAsync(new MapQuery(title))).Total);
        Assert.NotNull(await connection.StoreFor("maya").GetAsync(hidden.Id));
    }

    [Fact]
    public async Task Listing_a_hundred_maps_with_their_files_takes_two_graph_calls()
    {
        var site = "https://contoso.sharepoint.com/sites/Hundred" + Guid.NewGuid().ToString("N")[..6];
        Server.AddSite(site);
        using var own = GraphFixture.Connect(graph.Options(new SharePointSite("hundred", site)));
        var mayas = own.StoreFor("maya");
        for (var i = 0; i < 100; i++)
        {
            var map = await mayas.CreateAsync(Map($"Map {i:000}", "One", "Two"), Maya);
            await mayas.PutAttachmentAsync(map.Id, AttachmentKind.Deck, new byte[] { 1 });
            await mayas.PutAttachmentAsync(map.Id, AttachmentKind.SourceWorkbook, new byte[] { 2 });
        }

        Server.ClearCalls();
        var page = await mayas.ListAsync(new MapQuery(Take: 100));

        Assert.Equal(100, page.Total);
        Assert.Equal(100, page.Items.Count);
        Assert.All(page.Items, m => Assert.Equal(2, m.StageCount));
        Assert.Equal(new Dictionary<string, int> { ["listChildren"] = 2 }, Server.CallCounts());
    }

    [Fact]
    public async Task Each_operation_makes_few_graph_calls()
    {
        await store.ListAsync(new MapQuery()); // resolves the site once, as the service does on its first request

        var counts = new Dictionary<string, int>();
        async Task<T> Count<T>(string operation, Func<Task<T>> act)
        {
            Server.ClearCalls();
            var result = await act();
            counts[operation] = Server.Calls.Count;
            return result;
        }

        var created = await Count("create", () => store.CreateAsync(Map("Counted", "One"), Maya));
        var read = await Count("get", () => store.GetAsync(created.Id));
        var updated = await Count("update", () => store.UpdateAsync(created.Id, Map("Counted", "One", "Two"), read!.ETag, Maya));
        await Count("versions", () => store.GetVersionsAsync(created.Id));
        await Count("version", () => store.GetVersionAsync(created.Id, 1));
        await Count("restore", () => store.RestoreAsync(created.Id, 1, updated.ETag, Maya));
        await Count("attach", async () => { await store.PutAttachmentAsync(created.Id, AttachmentKind.Deck, new byte[] { 1 }); return true; });
        await Count("attachment", () => store.GetAttachmentAsync(created.Id, AttachmentKind.Deck));
        await Count("delete", () => store.DeleteAsync(created.Id, null));

        Assert.Equal(new Dictionary<string, int>
        {
            ["create"] = 3,
            ["get"] = 2,
            ["update"] = 5,
            ["versions"] = 1,
            ["version"] = 2,
            ["restore"] = 7,
            ["attach"] = 2,
            ["attachment"] = 1,
            ["delete"] = 3,
        }, counts);
    }

    [Fact]
    public async Task Large_files_go_through_an_upload_session_in_the_same_client_pipeline()
    {
        var options = graph.Options();
        options.UploadSessionThreshold = 1024 * 1024;
        using var own = GraphFixture.Connect(options);
        var mayas = own.StoreFor("maya");
        var created = await mayas.CreateAsync(Map("Big deck", "One"), Maya);
        var deck = new byte[(5 * 1024 * 1024) + 123];
        Random.Shared.NextBytes(deck);
        Server.ClearCalls();

        await mayas.PutAttachmentAsync(created.Id, AttachmentKind.Deck, deck);

        Assert.Equal(deck, await mayas.GetAttachmentAsync(created.Id, AttachmentKind.Deck));
        Assert.Equal(1, Server.Calls.Count(c => c.Operation == "createUploadSession"));
        Assert.Equal(2, Server.Calls.Count(c => c.Operation == "uploadChunk" && c.Status is 200 or 201 or 202));
        Assert.Equal(0, Server.Calls.Count(c => c.Operation == "putContent"));
    }

    [Fact]
    public async Task A_large_map_update_through_an_upload_session_is_still_conditional()
    {
        var options = graph.Options();
        options.UploadSessionThreshold = 1024;
        using var own = GraphFixture.Connect(options);
        var mayas = own.StoreFor("maya");
        var created = await mayas.CreateAsync(Map("Big map", [.. Enumerable.Range(1, 40).Select(i => $"Stage {i}")]), Maya);
        Server.ClearCalls();
        var saved = await mayas.UpdateAsync(created.Id, Map("Big map", [.. Enumerable.Range(1, 40).Select(i => $"Step {i}")]), created.ETag, Maya);

        await Assert.ThrowsAsync<StaleMapException>(() => mayas.UpdateAsync(created.Id, Map("Big map", [.. Enumerable.Range(1, 40).Select(i => $"Stale {i}")]), created.ETag, Maya));
        Assert.Equal("Step 40", (await mayas.GetAsync(created.Id))!.Map.Stages[^1].Name);
        Assert.Equal(2, saved.Version);
        Assert.Equal(created.ETag, Server.Calls.First(c => c.Operation == "createUploadSession").IfMatch);
        Assert.Equal(0, Server.Calls.Count(c => c.Operation == "putContent"));
    }

    [Fact]
    public async Task The_file_in_the_library_is_a_journey_map_document_with_its_columns_beside_it()
    {
        var map = Map("Hành trình mua sắm", "Nhận biết", "Mua") with { Properties = [new Field("Review date", "2027-03-31")] };

        var created = await store.CreateAsync(map, Maya);

        var (content, fields, columns) = Server.Inspect(sites =>
        {
            var item = sites[0].Drive.Items.Values.Single(i => i.Name == created.Id.Split('~')[1] + ".json");
            return (item.Content, item.Fields.ToJsonString(), sites[0].Drive.Columns.ToList());
        });
        var document = JourneyJson.Deserialize(Encoding.UTF8.GetString(content));
        using var json = JsonDocument.Parse(fields);
        Assert.Equal("Hành trình mua sắm", document.Maps[0].Title);
        Assert.Contains("Hành trình mua sắm", Encoding.UTF8.GetString(content), StringComparison.Ordinal);
        Assert.Equal("Hành trình mua sắm", json.RootElement.GetProperty("Title").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("JourneyStageCount").GetInt32());
        Assert.Equal("2027-03-31T00:00:00Z", json.RootElement.GetProperty("JourneyReviewDate").GetString());
        Assert.Equal("maya", json.RootElement.GetProperty("JourneyOwner").GetString());
        Assert.Contains("JourneyVersion", columns);
    }

    [Fact]
    public async Task Ids_that_name_no_configured_site_or_file_find_nothing()
    {
        Assert.Null(await store.GetAsync("elsewhere~0123456789abcdef0123456789abcdef"));
        Assert.Null(await store.GetAsync("marketing~../../secrets"));
        Assert.Null(await store.GetAsync("marketing~0123456789abcdef0123456789abcdef"));
    }
}
