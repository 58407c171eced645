using Microsoft.Data.Sqlite;
using OfficeJourney.Storage;

namespace OfficeJourney.Storage.Tests;

/// <summary>The contract against a real SQLite file in a folder of its own.</summary>
public sealed class SqliteJourneyMapStoreTests : JourneyMapStoreContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("journey-store-").FullName;
    private readonly SqliteJourneyMapStore store;

    public SqliteJourneyMapStoreTests() => store = new SqliteJourneyMapStore(Path.Combine(folder, "maps.db"));

    protected override IJourneyMapStore Store => store;

    [Fact]
    public async Task The_database_is_in_wal_mode_and_sound_after_saves()
    {
        var created = await store.CreateAsync(Map("Sound", "One"), new SaveContext("me"));
        await store.UpdateAsync(created.Id, Map("Sound", "One", "Two"), created.ETag, new SaveContext("me"));

        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "maps.db")}");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";

        Assert.Equal("wal", mode.ExecuteScalar());
        Assert.Equal("ok", check.ExecuteScalar());
    }

    [Fact]
    public async Task A_save_while_another_program_holds_the_write_lock_waits_the_documented_lock_wait_then_is_busy_and_reads_go_on()
    {
        var created = await store.CreateAsync(Map("Locked", "One"), new SaveContext("me"));
        using var holder = new SqliteConnection($"Data Source={Path.Combine(folder, "maps.db")};Pooling=False");
        holder.Open();
        using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.ExecuteNonQuery();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        var busy = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.UpdateAsync(created.Id, Map("Locked", "Two"), created.ETag, new SaveContext("me")));
        waited.Stop();
        var read = await store.GetAsync(created.Id);

        Assert.Equal(TimeSpan.FromSeconds(2), busy.RetryAfter);

        // The documented wait, with room for a loaded machine.
        Assert.InRange(waited.Elapsed, SqliteJourneyMapStore.LockWait - TimeSpan.FromSeconds(0.5), (SqliteJourneyMapStore.LockWait * 1.5) + TimeSpan.FromSeconds(1));
        Assert.Equal(["One"], read!.Map.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task A_second_store_on_the_same_file_sees_the_first_ones_saves()
    {
        var created = await store.CreateAsync(Map("Shared", "One"), new SaveContext("me"));

        using var other = new SqliteJourneyMapStore(Path.Combine(folder, "maps.db"));

        Assert.Equal(created.ETag, (await other.GetAsync(created.Id))!.ETag);
    }

    public void Dispose()
    {
        store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
