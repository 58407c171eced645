using OfficeJourney.Model;

namespace OfficeJourney.Storage;

/// <summary>
/// Where journey maps are kept, with their versions. Every save makes a new version; updates carry the
/// ETag they were based on and a stale one fails with <see cref="StaleMapException"/> (never a silent
/// overwrite); a create retried with the same idempotency key returns the first map. Implemented by the
/// embedded SQLite store and by the SharePoint store, and checked by one contract test suite.
/// </summary>
public interface IJourneyMapStore
{
    Task<StoredMap> CreateAsync(JourneyMap map, SaveContext context, CancellationToken cancellationToken = default);

    Task<StoredMap?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Who owns a map, null when there is no such map: what the visibility rule needs, without reading the document.</summary>
    Task<string?> GetOwnerAsync(string id, CancellationToken cancellationToken = default);

    /// <exception cref="StaleMapException">The map changed since <paramref name="ifMatch"/>.</exception>
    /// <exception cref="MapNotFoundException">There is no such map.</exception>
    Task<StoredMap> UpdateAsync(string id, JourneyMap map, string ifMatch, SaveContext context, CancellationToken cancellationToken = default);

    /// <returns>False when there was no such map.</returns>
    Task<bool> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken = default);

    Task<MapPage> ListAsync(MapQuery query, CancellationToken cancellationToken = default);

    /// <summary>The versions of a map, newest first.</summary>
    Task<IReadOnlyList<MapVersionInfo>> GetVersionsAsync(string id, CancellationToken cancellationToken = default);

    Task<StoredMap?> GetVersionAsync(string id, int version, CancellationToken cancellationToken = default);

    /// <summary>Makes an old version the newest one again (as a new version; history is kept).</summary>
    Task<StoredMap> RestoreAsync(string id, int version, string? ifMatch, SaveContext context, CancellationToken cancellationToken = default);

    /// <summary>Keeps the map's source workbook or latest deck beside it, replacing the previous one.</summary>
    Task PutAttachmentAsync(string id, AttachmentKind kind, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    Task<byte[]?> GetAttachmentAsync(string id, AttachmentKind kind, CancellationToken cancellationToken = default);
}

/// <summary>Who saves, why, and for creates the client's idempotency key and the place the map goes.</summary>
/// <param name="Place">Where a new map is kept (a SharePoint site's name); the store's first place when null. A store with one place (SQLite) has no choice to make.</param>
public sealed record SaveContext(string User, string? Message = null, string? IdempotencyKey = null, string? Place = null);

/// <summary>A map as stored: its id, version and ETag, and who last changed it when.</summary>
public sealed record StoredMap(string Id, int Version, string ETag, JourneyMap Map, string Owner, DateTimeOffset SavedAt, string SavedBy, string? Message);

/// <summary>A line of the map list; listing never loads documents.</summary>
public sealed record MapSummary(string Id, string Title, MapType Type, string Owner, int StageCount, DateTimeOffset LastChanged, int Version, string ETag);

public sealed record MapVersionInfo(int Version, DateTimeOffset SavedAt, string SavedBy, string? Message, string ETag);

/// <param name="Owner">When set, only that user's maps.</param>
public sealed record MapQuery(string? Text = null, int Skip = 0, int Take = 50, string? Owner = null);

public sealed record MapPage(IReadOnlyList<MapSummary> Items, int Total);

public enum AttachmentKind
{
    SourceWorkbook,
    Deck,
}

/// <summary>An update based on an old version: the map has changed since; <see cref="Current"/> is what it is now.</summary>
public sealed class StaleMapException(StoredMap current)
    : Exception($"The map \"{current.Map.Title}\" was changed since (it is now version {current.Version}); reload it and apply your change again.")
{
    public StoredMap Current { get; } = current;
}

public sealed class MapNotFoundException(string id) : Exception($"There is no map {id}.")
{
    public string Id { get; } = id;
}

/// <summary>A map was to be created in a place the store does not have (a team site no one configured).</summary>
public sealed class UnknownPlaceException(string place, IReadOnlyList<string> known)
    : Exception($"There is no place named \"{place}\" to keep maps in; the places are: {string.Join(", ", known)}.")
{
    public string Place { get; } = place;
}

/// <summary>The store is there but refuses this user (for example a SharePoint site they have no access to).</summary>
public sealed class StoreAccessDeniedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The store did not answer in time (throttled or down, after the retries it allows). Nothing was half
/// written; the caller may try again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class StoreUnavailableException(string message, TimeSpan? retryAfter = null, Exception? inner = null) : Exception(message, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
