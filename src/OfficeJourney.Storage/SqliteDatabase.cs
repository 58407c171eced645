using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OfficeJourney.Storage;

/// <summary>
/// The SQLite file under the store: connections with the store's settings, one writer of this process at a time,
/// every call off the request thread, and a database another program keeps locked answered as "busy, retry".
/// </summary>
internal sealed class SqliteDatabase(string databasePath) : IDisposable
{
    /// <summary>
    /// How long a statement waits for another program's lock before the caller is told to retry (503): the one
    /// wait. Microsoft.Data.Sqlite retries a busy statement until its command timeout, which is this; SQLite's own
    /// busy_timeout is left at 0, so the two never add up.
    /// </summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(2);

    // The SQLite connections (pooled under many SqliteConnection objects) whose settings are made.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];
    private static readonly object Made = new();

    private readonly SemaphoreSlim writers = new(1, 1);
    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true, DefaultTimeout = (int)LockWait.TotalSeconds }.ToString();

    public Task<T> Read<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken) =>
        OffRequestThread(() =>
        {
            using var connection = Open();
            return read(connection);
        }, cancellationToken);

    public async Task<T> InTransaction<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        // Writers of this process queue here without holding a thread; only the one at the front waits on SQLite's lock.
        await writers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await OffRequestThread(() =>
            {
                using var connection = Open();

                // BEGIN IMMEDIATE takes the write lock first: two writers of one map queue, and the second sees the first's version.
                using var transaction = connection.BeginTransaction(deferred: false);
                var result = work(connection, transaction);
                transaction.Commit();
                return result;
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writers.Release();
        }
    }

    /// <summary>
    /// Runs SQLite's synchronous calls on the thread pool, and turns a database another program keeps locked
    /// (SQLITE_BUSY, SQLITE_LOCKED) past the busy timeout into "busy, retry shortly" rather than a failure.
    /// </summary>
    private static async Task<T> OffRequestThread<T>(Func<T> call, CancellationToken cancellationToken)
    {
        try
        {
            return await Task.Run(call, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            throw new StoreUnavailableException("The map store is locked by another program; try again in a moment.", BusyRetryAfter, e);
        }
    }

    public void Dispose() => writers.Dispose();

    /// <summary>
    /// A connection with the store's settings. They belong to the SQLite connection, which the pool keeps open
    /// across many of these: they are made once, when it is new (the file's WAL mode is the store's, set once).
    /// </summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (Configured.TryAdd(connection.Handle!, Made))
        {
            Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
        }

        return connection;
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }
}
