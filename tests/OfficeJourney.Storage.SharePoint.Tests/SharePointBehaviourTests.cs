using OfficeJourney.GraphFake;
using OfficeJourney.Model;

namespace OfficeJourney.Storage.SharePoint.Tests;

/// <summary>
/// What only the SharePoint store has to get right: throttling, retried writes, racing saves and columns that lag
/// their file; the requests themselves in SharePointBehaviourTests.Requests.cs.
/// </summary>
public sealed partial class SharePointBehaviourTests : IClassFixture<GraphFixture>, IDisposable
{
    private static readonly SaveContext Maya = new("maya", "First draft");
    private readonly GraphFixture graph;

    /// <summary>A fresh client pipeline and site catalog per test, on the default site; Maya's store on it.</summary>
    private readonly GraphFixture.Connection connection;
    private readonly SharePointJourneyMapStore store;

    public SharePointBehaviourTests(GraphFixture graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        connection = GraphFixture.Connect(graph.Options());
        store = connection.StoreFor("maya");
    }

    private FakeGraphServer Server => graph.Server;

    public void Dispose() => connection.Dispose();

    [Fact]
    public async Task A_throttled_save_waits_for_retry_after_and_then_succeeds()
    {
        var created = await store.CreateAsync(Map("Throttled", "One"), Maya);
        Server.ClearCalls();
        Server.Script(new Fault("putContent", 429, RetryAfterSeconds: 1));

        var saved = await store.UpdateAsync(created.Id, Map("Throttled", "One", "Two"), created.ETag, Maya);

        var puts = Server.Calls.Where(c => c.Operation == "putContent").ToList();
        Assert.Equal([429, 200], puts.Select(c => c.Status));
        Assert.Equal([0, 1], puts.Select(c => c.RetryAttempt));
        Assert.Equal(2, saved.Version);
        Assert.Equal(["One", "Two"], (await store.GetAsync(created.Id))!.Map.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task A_store_that_stays_unavailable_gives_up_with_a_clear_error_and_changes_nothing()
    {
        var created = await store.CreateAsync(Map("Unavailable", "One"), Maya);
        Server.ClearCalls();
        Server.Script(new Fault("putContent", 503, Times: 4, RetryAfterSeconds: 0));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.UpdateAsync(created.Id, Map("Unavailable", "Changed"), created.ETag, Maya));

        Assert.Contains("nothing was half written", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Server.Calls.Count(c => c.Operation == "putContent"));
        Assert.Equal(0, Server.Calls.Count(c => c.Operation == "patchFields"));
        var current = (await store.GetAsync(created.Id))!;
        Assert.Equal(created.ETag, current.ETag);
        Assert.Equal(["One"], current.Map.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task An_update_whose_answer_was_lost_after_it_was_written_is_neither_lost_nor_repeated()
    {
        var created = await store.CreateAsync(Map("Gateway", "One"), Maya);
        Server.Script(new Fault("putContent", 504, AfterCommit: true));

        var saved = await store.UpdateAsync(created.Id, Map("Gateway", "One", "Two"), created.ETag, Maya with { Message = "Add stage two" });

        var versions = await store.GetVersionsAsync(created.Id);
        Assert.Equal(2, saved.Version);
        Assert.Equal(["One", "Two"], saved.Map.Stages.Select(s => s.Name));
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal("Add stage two", versions[0].Message);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_after_it_was_written_makes_one_map()
    {
        var title = "Lost answer " + Guid.NewGuid().ToString("N")[..8];
        Server.Script(new Fault("putContent", 504, AfterCommit: true));

        var created = await store.CreateAsync(Map(title, "One"), Maya);

        var listed = await store.ListAsync(new MapQuery(title));
        Assert.Equal(1, created.Version);
        Assert.Equal([created.Id], listed.Items.Select(m => m.Id));
        Assert.Equal(1, Server.Inspect(sites => sites[0].Drive.Items.Values.Count(i => i.Name == created.Id.Split('~')[1] + ".json")));
    }

    [Fact]
    public async Task Two_users_saving_the_same_version_one_wins_and_the_other_gets_the_winner()
    {
        var maya = connection.StoreFor("maya");
        var ben = connection.StoreFor("ben");
        var created = await maya.CreateAsync(Map("Shared review", "One"), Maya);
        var bensCopy = (await ben.GetAsync(created.Id))!;

        var first = await maya.UpdateAsync(created.Id, Map("Shared review", "One", "Maya's"), created.ETag, Maya);
        var stale = await Assert.ThrowsAsync<StaleMapException>(() => ben.UpdateAsync(created.Id, Map("Shared review", "One", "Ben's"), bensCopy.ETag, new SaveContext("ben")));

        Assert.Equal(first.ETag, stale.Current.ETag);
        Assert.Equal(["One", "Maya's"], stale.Current.Map.Stages.Select(s => s.Name));
        Assert.Equal("maya", (await ben.GetAsync(created.Id))!.SavedBy);
    }

    [Fact]
    public async Task A_save_landing_between_another_saves_file_and_its_columns_keeps_both_saves_in_order()
    {
        var maya = connection.StoreFor("maya");
        var ben = connection.StoreFor("ben");
        var created = await maya.CreateAsync(Map("Overtaken", "One"), Maya);
        StoredMap? bens = null;
        Server.Interleave(new Interleaving("patchFields", async () => bens = await AddStageAsync(ben, created.Id, "Ben's", new SaveContext("ben", "Ben's stage"))));

        var mayas = await maya.UpdateAsync(created.Id, Map("Overtaken", "One", "Maya's"), created.ETag, Maya with { Message = "Maya's stage" });

        Assert.Equal(2, mayas.Version);
        Assert.Equal(3, bens!.Version);
        Assert.Equal(["One", "Maya's", "Ben's"], bens.Map.Stages.Select(s => s.Name));
        var versions = await maya.GetVersionsAsync(created.Id);
        Assert.Equal([3, 2, 1], versions.Select(v => v.Version));
        Assert.Equal(["Ben's stage", "Maya's stage", "First draft"], versions.Select(v => v.Message));
        Assert.Equal(["One", "Maya's"], (await maya.GetVersionAsync(created.Id, 2))!.Map.Stages.Select(s => s.Name));
        var stale = await Assert.ThrowsAsync<StaleMapException>(() => maya.UpdateAsync(created.Id, Map("Overtaken", "Maya again"), mayas.ETag, Maya));
        Assert.Equal(3, stale.Current.Version);
        Assert.Equal(3, (await maya.ListAsync(new MapQuery("Overtaken"))).Items.Single().Version);
    }

    [Fact]
    public async Task A_save_overtaken_right_after_its_columns_keeps_an_etag_that_cannot_overwrite_the_newer_save()
    {
        var maya = connection.StoreFor("maya");
        var ben = connection.StoreFor("ben");
        var created = await maya.CreateAsync(Map("Right after", "One"), Maya);
        Server.Interleave(new Interleaving("patchFields", () => AddStageAsync(ben, created.Id, "Ben's", new SaveContext("ben")), AfterCommit: true));

        var mayas = await maya.UpdateAsync(created.Id, Map("Right after", "One", "Maya's"), created.ETag, Maya);

        Assert.Equal(2, mayas.Version);
        Assert.Equal(["One", "Maya's"], mayas.Map.Stages.Select(s => s.Name));
        var stale = await Assert.ThrowsAsync<StaleMapException>(() => maya.UpdateAsync(created.Id, Map("Right after", "Maya again"), mayas.ETag, Maya));
        Assert.Equal(["One", "Maya's", "Ben's"], stale.Current.Map.Stages.Select(s => s.Name));
        Assert.Equal(3, stale.Current.Version);
    }

    [Fact]
    public async Task A_save_whose_columns_never_arrived_stands_and_the_next_save_completes_the_list_and_history()
    {
        var created = await store.CreateAsync(Map("Lagging", "One"), Maya);
        Server.Script(new Fault("patchFields", 503, Times: 4));

        var second = await store.UpdateAsync(created.Id, Map("Lagging", "One", "Two"), created.ETag, Maya with { Message = "Two" });

        Assert.Equal(2, second.Version);
        Assert.Equal(2, (await store.GetAsync(created.Id))!.Version);
        Assert.Equal(1, (await store.ListAsync(new MapQuery("Lagging"))).Items.Single().Version);

        var third = await store.UpdateAsync(created.Id, Map("Lagging", "One", "Two", "Three"), second.ETag, Maya with { Message = "Three" });

        Assert.Equal(3, third.Version);
        Assert.Equal(3, (await store.ListAsync(new MapQuery("Lagging"))).Items.Single().Version);
        var versions = await store.GetVersionsAsync(created.Id);
        Assert.Equal([3, 2, 1], versions.Select(v => v.Version));
        Assert.Equal(["Three", "Two", "First draft"], versions.Select(v => v.Message));
        Assert.Equal(["One", "Two"], (await store.GetVersionAsync(created.Id, 2))!.Map.Stages.Select(s => s.Name));
    }

    /// <summary>What a second user does: read the map as it is now, add a stage, save.</summary>
    private static async Task<StoredMap> AddStageAsync(SharePointJourneyMapStore store, string id, string stage, SaveContext context)
    {
        var seen = (await store.GetAsync(id))!;
        return await store.UpdateAsync(id, Map(seen.Map.Title, [.. seen.Map.Stages.Select(s => s.Name), stage]), seen.ETag, context);
    }

    private static JourneyMap Map(string title, params string[] stages) => new()
    {
        Title = title,
        Stages = [.. stages.Select(s => new Stage { Name = s })],
        Lanes = [new Lane { Label = "Actions", Kind = LaneKind.Actions, Cells = [.. stages.Select(s => new LaneCell { Items = [new JourneyItem { Text = "Do " + s }] })] }],
    };
}
