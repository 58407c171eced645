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
    public async Task A_second_store_on_the_same_file_sees_the_first_ones_saves()
    {
        var created = await store.CreateAsync(Map("Shared", "One"), new SaveContext("me"));

        var other = new SqliteJourneyMapStore(Path.Combine(folder, "maps.db"));

        Assert.Equal(created.ETag, (await other.GetAsync(created.Id))!.ETag);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
