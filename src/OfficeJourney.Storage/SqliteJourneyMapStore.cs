using System.Globalization;
using Microsoft.Data.Sqlite;
using OfficeJourney.Model;
using OfficeJourney.Serialization;
using static OfficeJourney.Storage.SqliteDatabase;

namespace OfficeJourney.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, one transaction per save taken with BEGIN IMMEDIATE,
/// so that writers queue instead of interleaving and a killed process leaves either the whole save or none
/// of it. synchronous=NORMAL: in WAL mode an acknowledged save survives the process being killed (tested);
/// only a power loss can take the last commits. FULL would fsync every save and double save latency under load.
/// </summary>
public sealed class SqliteJourneyMapStore : IJourneyMapStore, IDisposable
{
    private const int SchemaVersion = 1;

    /// <summary>How long a save waits for another program's lock on the file before it is "busy, try again" (503).</summary>
    public static TimeSpan LockWait => SqliteDatabase.LockWait;

    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    public SqliteJourneyMapStore(string databasePath, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        database = new SqliteDatabase(databasePath);
        this.clock = clock ?? TimeProvider.System;
        using var connection = database.Open();
        Execute(connection, null, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS store (schema INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS maps (
              id TEXT PRIMARY KEY, title TEXT NOT NULL, search TEXT NOT NULL, type TEXT NOT NULL, owner TEXT NOT NULL,
              stage_count INTEGER NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL, idempotency_key TEXT UNIQUE);
            CREATE TABLE IF NOT EXISTS versions (
              map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, version INTEGER NOT NULL, document TEXT NOT NULL,
              saved_at TEXT NOT NULL, saved_by TEXT NOT NULL, message TEXT, PRIMARY KEY (map_id, version));
            CREATE TABLE IF NOT EXISTS attachments (
              map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, kind TEXT NOT NULL, content BLOB NOT NULL, PRIMARY KEY (map_id, kind));
            CREATE INDEX IF NOT EXISTS maps_updated ON maps (updated_at DESC, id);
            """);
        if (Scalar(connection, null, "SELECT schema FROM store") is null)
        {
            Execute(connection, null, "INSERT INTO store (schema) VALUES ($schema)", ("$schema", SchemaVersion));
        }
    }

    public Task<StoredMap> CreateAsync(JourneyMap map, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        return database.InTransaction((connection, transaction) =>
        {
            // A key is its user's: the same key from another user is another create, never that user's map.
            var key = context.IdempotencyKey is { } given ? context.User + "\n" + given : null;
            if (key is not null && Scalar(connection, transaction, "SELECT id FROM maps WHERE idempotency_key = $key", ("$key", key)) is string existing)
            {
                return Load(connection, transaction, existing, null)!;
            }

            var id = Guid.NewGuid().ToString("N");
            var at = clock.GetUtcNow();
            var now = Text(at);
            Execute(connection, transaction, """
                INSERT INTO maps (id, title, search, type, owner, stage_count, version, updated_at, idempotency_key)
                VALUES ($id, $title, $search, $type, $owner, $stages, 1, $now, $key)
                """,
                ("$id", id), ("$title", map.Title), ("$search", map.Title.ToLowerInvariant()), ("$type", map.Type.ToString()), ("$owner", context.User),
                ("$stages", map.Stages.Count), ("$now", now), ("$key", (object?)key ?? DBNull.Value));
            InsertVersion(connection, transaction, id, 1, map, now, context);

            // What was written is known: the map is not read back.
            return new StoredMap(id, 1, ETags.For(1), map, context.User, at, context.User, context.Message);
        }, cancellationToken);
    }

    public Task<StoredMap?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.Read(connection => Load(connection, null, id, null), cancellationToken);

    public Task<string?> GetOwnerAsync(string id, CancellationToken cancellationToken = default) =>
        database.Read(connection => Scalar(connection, null, "SELECT owner FROM maps WHERE id = $id", ("$id", id)) as string, cancellationToken);

    public Task<StoredMap?> GetVersionAsync(string id, int version, CancellationToken cancellationToken = default) =>
        database.Read(connection => Load(connection, null, id, version), cancellationToken);

    public Task<StoredMap> UpdateAsync(string id, JourneyMap map, string ifMatch, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        return database.InTransaction((connection, transaction) => Save(connection, transaction, id, map, ifMatch, context), cancellationToken);
    }

    public Task<StoredMap> RestoreAsync(string id, int version, string? ifMatch, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return database.InTransaction((connection, transaction) =>
        {
            var old = Load(connection, transaction, id, version) ?? throw new MapNotFoundException($"{id} version {version}");
            return Save(connection, transaction, id, old.Map, ifMatch, context with { Message = context.Message ?? $"Restored version {version}" });
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken = default) =>
        database.InTransaction((connection, transaction) =>
        {
            var current = Load(connection, transaction, id, null);
            if (current is null)
            {
                return false;
            }

            if (ifMatch is not null && !ETags.Match(ifMatch, current.ETag))
            {
                throw new StaleMapException(current);
            }

            Execute(connection, transaction, "DELETE FROM maps WHERE id = $id", ("$id", id));
            return true;
        }, cancellationToken);

    public Task<MapPage> ListAsync(MapQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return database.Read(connection =>
        {
            var filter = string.IsNullOrWhiteSpace(query.Text) ? "%" : "%" + Escape(query.Text.Trim().ToLowerInvariant()) + "%";
            var owner = (object?)query.Owner ?? DBNull.Value;
            var total = Convert.ToInt32(Scalar(connection, null, "SELECT COUNT(*) FROM maps WHERE search LIKE $filter ESCAPE '\\' AND ($owner IS NULL OR owner = $owner)", ("$filter", filter), ("$owner", owner)), CultureInfo.InvariantCulture);
            using var command = Command(connection, null, """
                SELECT id, title, type, owner, stage_count, updated_at, version FROM maps
                WHERE search LIKE $filter ESCAPE '\' AND ($owner IS NULL OR owner = $owner) ORDER BY updated_at DESC, id LIMIT $take OFFSET $skip
                """, ("$filter", filter), ("$owner", owner), ("$take", Math.Clamp(query.Take, 1, 500)), ("$skip", Math.Max(0, query.Skip)));
            using var reader = command.ExecuteReader();
            var items = new List<MapSummary>();
            while (reader.Read())
            {
                var version = reader.GetInt32(6);
                items.Add(new MapSummary(reader.GetString(0), reader.GetString(1), Enum.Parse<MapType>(reader.GetString(2)), reader.GetString(3), reader.GetInt32(4), ParseTime(reader.GetString(5)), version, ETags.For(version)));
            }

            return new MapPage(items, total);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<MapVersionInfo>> GetVersionsAsync(string id, CancellationToken cancellationToken = default) =>
        database.Read<IReadOnlyList<MapVersionInfo>>(connection =>
        {
            using var command = Command(connection, null, "SELECT version, saved_at, saved_by, message FROM versions WHERE map_id = $id ORDER BY version DESC", ("$id", id));
            using var reader = command.ExecuteReader();
            var versions = new List<MapVersionInfo>();
            while (reader.Read())
            {
                var version = reader.GetInt32(0);
                versions.Add(new MapVersionInfo(version, ParseTime(reader.GetString(1)), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), ETags.For(version)));
            }

            return versions;
        }, cancellationToken);

    public Task PutAttachmentAsync(string id, AttachmentKind kind, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        database.InTransaction((connection, transaction) =>
        {
            if (Scalar(connection, transaction, "SELECT 1 FROM maps WHERE id = $id", ("$id", id)) is null)
            {
                throw new MapNotFoundException(id);
            }

            Execute(connection, transaction, "INSERT OR REPLACE INTO attachments (map_id, kind, content) VALUES ($id, $kind, $content)",
                ("$id", id), ("$kind", kind.ToString()), ("$content", content.ToArray()));
            return true;
        }, cancellationToken);

    public Task<byte[]?> GetAttachmentAsync(string id, AttachmentKind kind, CancellationToken cancellationToken = default) =>
        database.Read(connection => Scalar(connection, null, "SELECT content FROM attachments WHERE map_id = $id AND kind = $kind", ("$id", id), ("$kind", kind.ToString())) as byte[], cancellationToken);

    private StoredMap Save(SqliteConnection connection, SqliteTransaction transaction, string id, JourneyMap map, string? ifMatch, SaveContext context)
    {
        var current = Load(connection, transaction, id, null) ?? throw new MapNotFoundException(id);
        if (ifMatch is not null && !ETags.Match(ifMatch, current.ETag))
        {
            throw new StaleMapException(current);
        }

        var version = current.Version + 1;
        var at = clock.GetUtcNow();
        var now = Text(at);
        InsertVersion(connection, transaction, id, version, map, now, context);
        Execute(connection, transaction, "UPDATE maps SET title = $title, search = $search, type = $type, stage_count = $stages, version = $version, updated_at = $now WHERE id = $id",
            ("$id", id), ("$title", map.Title), ("$search", map.Title.ToLowerInvariant()), ("$type", map.Type.ToString()), ("$stages", map.Stages.Count), ("$version", version), ("$now", now));
        return new StoredMap(id, version, ETags.For(version), map, current.Owner, at, context.User, context.Message);
    }

    private static void InsertVersion(SqliteConnection connection, SqliteTransaction transaction, string id, int version, JourneyMap map, string now, SaveContext context) =>
        Execute(connection, transaction, "INSERT INTO versions (map_id, version, document, saved_at, saved_by, message) VALUES ($id, $version, $document, $now, $by, $message)",
            ("$id", id), ("$version", version), ("$document", JourneyJson.Serialize(map)), ("$now", now), ("$by", context.User), ("$message", (object?)context.Message ?? DBNull.Value));

    private static StoredMap? Load(SqliteConnection connection, SqliteTransaction? transaction, string id, int? version)
    {
        using var command = Command(connection, transaction, """
            SELECT v.version, v.document, m.owner, v.saved_at, v.saved_by, v.message FROM maps m JOIN versions v ON v.map_id = m.id
            WHERE m.id = $id AND v.version = COALESCE($version, m.version)
            """, ("$id", id), ("$version", (object?)version ?? DBNull.Value));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var number = reader.GetInt32(0);
        var map = JourneyJson.Deserialize(reader.GetString(1)).Maps[0];
        return new StoredMap(id, number, ETags.For(number), map, reader.GetString(2), ParseTime(reader.GetString(3)), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
    }

    public void Dispose() => database.Dispose();

    private static string Text(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
