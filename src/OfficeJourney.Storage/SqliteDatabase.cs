using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OfficeJourney.Storage;

/// <summary>
/// The SQLite file under the store: connections with the store's settings, one writer of this process at a time,
/// every call off the request thread, and a database another program keeps locked answered as "busy, retry".
/// </summary>
internal sealed class SqliteDatabase(string databasePath) : IDisposable
{
    // How long a save waits for another program's write lock before the caller is told to retry (503).
    private const int BusyTimeoutMilliseconds = 5_000;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim writers = new(1, 1);
    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true, DefaultTimeout = BusyTimeoutMilliseconds / 1000 }.ToString();

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

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = " + BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture) + ";");
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
