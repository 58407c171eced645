using OfficeJourney.Model;
using OfficeJourney.Storage;

namespace OfficeJourney.Storage.Tests;

/// <summary>
/// What every <see cref="IJourneyMapStore"/> promises, written once: the SQLite store runs it here, the
/// SharePoint store (through the Graph fake) runs the same tests by deriving from this class.
/// </summary>
public abstract class JourneyMapStoreContract
{
    private static readonly SaveContext Maya = new("maya@example.test", "First draft");

    protected abstract IJourneyMapStore Store { get; }

    protected static JourneyMap Map(string title, params string[] stages) => new()
    {
        Title = title,
        Stages = [.. stages.Select(s => new Stage { Name = s })],
        Lanes = [new Lane { Label = "Actions", Kind = LaneKind.Actions, Cells = [.. stages.Select(s => new LaneCell { Items = [new JourneyItem { Text = "Do " + s }] })] }],
    };

    [Fact]
    public async Task A_created_map_reads_back_as_version_1_with_an_etag()
    {
        var created = await Store.CreateAsync(Map("Checkout", "Browse", "Pay"), Maya);

        var read = await Store.GetAsync(created.Id);

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(["Browse", "Pay"], read.Map.Stages.Select(s => s.Name));
        Assert.Equal("maya@example.test", read.Owner);
        Assert.Equal("First draft", read.Message);
    }

    [Fact]
    public async Task A_map_s_owner_is_known_by_its_id_and_an_unknown_id_has_none()
    {
        var created = await Store.CreateAsync(Map("Owned", "One"), Maya);
        await Store.UpdateAsync(created.Id, Map("Owned", "One", "Two"), created.ETag, new SaveContext("ben@example.test"));

        Assert.Equal("maya@example.test", await Store.GetOwnerAsync(created.Id));
        Assert.Null(await Store.GetOwnerAsync(created.Id[..^1] + (created.Id[^1] == '0' ? '1' : '0')));
    }

    [Fact]
    public async Task Every_save_makes_a_new_version_and_old_versions_stay_readable()
    {
        var created = await Store.CreateAsync(Map("Onboarding", "Sign up"), Maya);
        var second = await Store.UpdateAsync(created.Id, Map("Onboarding", "Sign up", "Verify"), created.ETag, Maya with { Message = "Q2 review" });

        var versions = await Store.GetVersionsAsync(created.Id);
        var first = await Store.GetVersionAsync(created.Id, 1);

        Assert.Equal(2, second.Version);
        Assert.NotEqual(created.ETag, second.ETag);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal("Q2 review", versions[0].Message);
        Assert.Equal(["Sign up"], first!.Map.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task An_update_based_on_an_old_version_is_refused_with_the_current_one()
    {
        var created = await Store.CreateAsync(Map("Returns", "Request"), Maya);
        await Store.UpdateAsync(created.Id, Map("Returns", "Request", "Ship"), created.ETag, Maya);

        var stale = await Assert.ThrowsAsync<StaleMapException>(() => Store.UpdateAsync(created.Id, Map("Returns", "Lost update"), created.ETag, Maya));

        Assert.Equal(2, stale.Current.Version);
        Assert.Equal(["Request", "Ship"], (await Store.GetAsync(created.Id))!.Map.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task Creating_twice_with_one_idempotency_key_makes_one_map()
    {
        var context = Maya with { IdempotencyKey = Guid.NewGuid().ToString() };

        var first = await Store.CreateAsync(Map("Loyalty", "Join"), context);
        var again = await Store.CreateAsync(Map("Loyalty", "Join"), context);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, (await Store.ListAsync(new MapQuery("Loyalty"))).Items.Count(m => m.Id == first.Id));
    }

    [Fact]
    public async Task One_idempotency_key_from_two_users_makes_two_maps()
    {
        var key = Guid.NewGuid().ToString();

        var maya = await Store.CreateAsync(Map("Loyalty", "Join"), Maya with { IdempotencyKey = key });
        var other = await Store.CreateAsync(Map("Refunds", "Ask"), new SaveContext("omar@example.test", "Draft", key));

        Assert.NotEqual(maya.Id, other.Id);
        Assert.Equal("omar@example.test", other.Owner);
        Assert.Equal(["Ask"], other.Map.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_it_the_newest_and_keeps_history()
    {
        var created = await Store.CreateAsync(Map("Travel", "Dream"), Maya);
        var changed = await Store.UpdateAsync(created.Id, Map("Travel", "Book"), created.ETag, Maya);

        var restored = await Store.RestoreAsync(created.Id, 1, changed.ETag, Maya with { Message = null });

        Assert.Equal(3, restored.Version);
        Assert.Equal(["Dream"], restored.Map.Stages.Select(s => s.Name));
        Assert.Equal("Restored version 1", restored.Message);
        Assert.Equal(3, (await Store.GetVersionsAsync(created.Id)).Count);
    }

    [Fact]
    public async Task The_list_filters_by_text_and_pages_without_loading_maps()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 5; i++)
        {
            await Store.CreateAsync(Map($"Banking {tag} {i}", "Apply", "Use"), Maya);
        }

        await Store.CreateAsync(Map($"Retail {tag}", "Buy"), Maya);

        var first = await Store.ListAsync(new MapQuery($"banking {tag}", 0, 3));
        var second = await Store.ListAsync(new MapQuery($"banking {tag}", 3, 3));

        Assert.Equal(5, first.Total);
        Assert.Equal(3, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(first.Items.Select(m => m.Id).Intersect(second.Items.Select(m => m.Id)));
        Assert.All(first.Items, m => Assert.Equal(2, m.StageCount));
    }

    [Fact]
    public async Task A_deleted_map_is_gone_with_its_versions_and_attachments()
    {
        var created = await Store.CreateAsync(Map("Gone", "Soon"), Maya);
        await Store.PutAttachmentAsync(created.Id, AttachmentKind.Deck, new byte[] { 1, 2, 3 });

        Assert.True(await Store.DeleteAsync(created.Id, created.ETag));

        Assert.Null(await Store.GetAsync(created.Id));
        Assert.Empty(await Store.GetVersionsAsync(created.Id));
        Assert.Null(await Store.GetAttachmentAsync(created.Id, AttachmentKind.Deck));
        Assert.False(await Store.DeleteAsync(created.Id, null));
    }

    [Fact]
    public async Task A_map_keeps_its_source_workbook_and_latest_deck_beside_it()
    {
        var created = await Store.CreateAsync(Map("Files", "One"), Maya);

        await Store.PutAttachmentAsync(created.Id, AttachmentKind.SourceWorkbook, new byte[] { 80, 75 });
        await Store.PutAttachmentAsync(created.Id, AttachmentKind.Deck, new byte[] { 1 });
        await Store.PutAttachmentAsync(created.Id, AttachmentKind.Deck, new byte[] { 2, 2 });

        Assert.Equal(new byte[] { 80, 75 }, await Store.GetAttachmentAsync(created.Id, AttachmentKind.SourceWorkbook));
        Assert.Equal(new byte[] { 2, 2 }, await Store.GetAttachmentAsync(created.Id, AttachmentKind.Deck));
    }

    [Fact]
    public async Task Updating_a_map_that_does_not_exist_says_so()
    {
        await Assert.ThrowsAsync<MapNotFoundException>(() => Store.UpdateAsync("no-such-map", Map("X", "Y"), "\"1\"", Maya));
    }

    [Fact]
    public async Task Concurrent_writers_never_lose_an_update()
    {
        var created = await Store.CreateAsync(Map("Race", "Start"), Maya);
        const int Writers = 8;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            while (true)
            {
                var current = (await Store.GetAsync(created.Id))!;
                var stages = current.Map.Stages.Select(s => s.Name).Append($"Writer {w}").ToArray();
                try
                {
                    await Store.UpdateAsync(created.Id, Map("Race", stages), current.ETag, Maya with { Message = $"writer {w}" });
                    return;
                }
                catch (StaleMapException)
                {
                    // Someone else saved first: read again and reapply, as a client would.
                }
            }
        })));

        var final = (await Store.GetAsync(created.Id))!;
        Assert.Equal(1 + Writers, final.Version);
        Assert.Equal(1 + Writers, final.Map.Stages.Count);
        Assert.All(Enumerable.Range(0, Writers), w => Assert.Contains($"Writer {w}", final.Map.Stages.Select(s => s.Name)));
    }
}
