using Microsoft.Graph;
using Microsoft.Graph.Models;
using OfficeJourney.Model;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// Maps in SharePoint document libraries, through Microsoft Graph, as one signed-in user. A map is
/// "Journey Maps/{file}.json" with its workbook ({file}.xlsx) and deck ({file}.pptx) beside it; its list-item
/// columns carry what the list shows. Versions are the file's SharePoint versions; the eTag of the item is the
/// map's ETag, and every write is conditional on it, so Graph itself refuses a stale save (412). This class is
/// the save protocol; every Graph call is <see cref="MapLibrary"/>'s.
/// </summary>
/// <remarks>
/// A save is one content write (create with conflictBehavior=fail, update with If-Match) followed by one column
/// update. The content is authoritative and written whole in one request: a save numbers itself from the file,
/// and completes columns that lag their file before writing, so a failed or overtaken column update only
/// leaves the list behind until the next save. Because SharePoint also versions column updates, a save's
/// version is found by its "JourneyVersion" column.
/// </remarks>
public sealed class SharePointJourneyMapStore : IJourneyMapStore
{
    private readonly SiteCatalog catalog;
    private readonly MapLibraries libraries;
    private readonly TimeProvider clock;

    public SharePointJourneyMapStore(GraphServiceClient graph, SiteCatalog catalog, SharePointOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        this.catalog = catalog;
        libraries = new MapLibraries(graph, catalog, options);
        this.clock = clock ?? TimeProvider.System;
    }

    public Task<StoredMap> CreateAsync(JourneyMap map, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var site = context.Place is not { } place ? catalog.Default : catalog.Find(place) ?? throw new UnknownPlaceException(place, [.. catalog.Sites.Select(s => s.Name)]);
        return Guarded(async () =>
        {
            var entry = new MapEntry(await libraries.OpenAsync(site, cancellationToken).ConfigureAwait(false), MapIds.NewFile(context.User, context.IdempotencyKey));
            var operation = Guid.NewGuid().ToString("N");
            var content = new MapFile(map, new MapFile.Saved(1, context.User, context.User, clock.GetUtcNow(), context.Message, operation));
            try
            {
                await entry.Library.CreateAsync(entry.Name, content.ToBytes(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (GraphErrors.IsConflict(e))
            {
                // The name is taken: by our own write whose answer was lost and retried, or by an earlier create
                // with the same idempotency key. Either way that map is the answer; anything else is a real clash.
                var existing = await entry.ReadFileAsync(cancellationToken).ConfigureAwait(false);
                if (existing is null || (existing.Save.Operation != operation && context.IdempotencyKey is null))
                {
                    throw new InvalidOperationException($"A map file named {entry.Name} already exists in {site.Url}.", e);
                }

                if (existing.Save.Operation != operation)
                {
                    // The earlier attempt may have stopped before its columns: they are completed here.
                    return (await CurrentAsync(entry, ifMatch: null, cancellationToken).ConfigureAwait(false)).Describe(entry.Id);
                }
            }

            await entry.Library.WriteColumnsAsync(entry.Name, MapColumns.For(map, 1, context.User, context), ifMatch: null, cancellationToken).ConfigureAwait(false);
            return await entry.ReloadAsync(content, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<StoredMap?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Guarded(async () => await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } entry
            ? (await entry.LoadAsync(cancellationToken).ConfigureAwait(false))?.Describe(entry.Id)
            : null, cancellationToken);

    public Task<string?> GetOwnerAsync(string id, CancellationToken cancellationToken = default) =>
        Guarded(async () => await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } entry
            ? await entry.OwnerAsync(cancellationToken).ConfigureAwait(false)
            : null, cancellationToken);

    public Task<StoredMap> UpdateAsync(string id, JourneyMap map, string ifMatch, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        return Guarded(async () =>
        {
            var entry = await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            var current = await CurrentAsync(entry, ifMatch, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(entry, current, map, context, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<StoredMap> RestoreAsync(string id, int version, string? ifMatch, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Guarded(async () =>
        {
            var entry = await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            var current = await CurrentAsync(entry, ifMatch, cancellationToken).ConfigureAwait(false);
            var old = await entry.FindSaveAsync(version, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException($"{id} version {version}");

            // SharePoint's own restore makes the old file a new version; its columns then say which save this is, and why.
            await entry.Library.RestoreVersionAsync(entry.Name, old.Label, cancellationToken).ConfigureAwait(false);
            var restored = await entry.ReadFileAsync(cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            var saved = context with { Message = context.Message ?? $"Restored version {version}" };
            await entry.Library.WriteColumnsAsync(entry.Name, MapColumns.For(restored.Map, current.Version + 1, current.Owner, saved), ifMatch: null, cancellationToken).ConfigureAwait(false);
            return await entry.ReloadAsync(restored, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            if (await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } entry)
            {
                return false;
            }

            try
            {
                await entry.Library.DeleteAsync(entry.Name, ifMatch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (GraphErrors.IsNotFound(e))
            {
                return false;
            }
            catch (Exception e) when (GraphErrors.IsPreconditionFailed(e))
            {
                throw await StaleAsync(entry, cancellationToken).ConfigureAwait(false);
            }

            foreach (var kind in Enum.GetValues<AttachmentKind>())
            {
                await entry.Library.DeleteIfThereAsync(MapIds.AttachmentName(entry.File, kind), cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    public Task<MapPage> ListAsync(MapQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Guarded(async () =>
        {
            var text = query.Text?.Trim();
            var all = new List<MapSummary>();
            foreach (var site in catalog.Sites)
            {
                if (await libraries.OpenIfAllowedAsync(site, cancellationToken).ConfigureAwait(false) is { } library)
                {
                    all.AddRange(MapColumns.Summaries(site, await library.ItemsAsync(cancellationToken).ConfigureAwait(false)));
                }
            }

            var matching = all
                .Where(m => string.IsNullOrEmpty(text) || m.Title.Contains(text, StringComparison.OrdinalIgnoreCase))
                .Where(m => query.Owner is null || string.Equals(m.Owner, query.Owner, StringComparison.Ordinal))
                .OrderByDescending(m => m.LastChanged).ThenBy(m => m.Id, StringComparer.Ordinal)
                .ToList();
            return new MapPage([.. matching.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500))], matching.Count);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<MapVersionInfo>> GetVersionsAsync(string id, CancellationToken cancellationToken = default) =>
        Guarded<IReadOnlyList<MapVersionInfo>>(async () =>
            await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } entry
                ? [.. (await entry.SavesAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Info)]
                : [], cancellationToken);

    public Task<StoredMap?> GetVersionAsync(string id, int version, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            if (await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } entry
                || await entry.FindSaveAsync(version, cancellationToken).ConfigureAwait(false) is not { } save)
            {
                return null;
            }

            var content = MapFile.Parse(await entry.Library.ReadVersionAsync(entry.Name, save.Label, cancellationToken).ConfigureAwait(false), entry.Name);
            return new StoredMap(id, version, save.Info.ETag, content.Map, content.Save.Owner, save.Info.SavedAt, save.Info.SavedBy, save.Info.Message);
        }, cancellationToken);

    public Task PutAttachmentAsync(string id, AttachmentKind kind, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            var entry = await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            _ = await entry.Library.FindAsync(entry.Name, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            await entry.Library.ReplaceAsync(MapIds.AttachmentName(entry.File, kind), content.ToArray(), ifMatch: null, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<byte[]?> GetAttachmentAsync(string id, AttachmentKind kind, CancellationToken cancellationToken = default) =>
        Guarded(async () => await libraries.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } entry
            ? await entry.Library.ReadAsync(MapIds.AttachmentName(entry.File, kind), cancellationToken).ConfigureAwait(false)
            : null, cancellationToken);

    /// <summary>
    /// The map as a save starts from it: item and file, checked against the client's ETag. Columns that lag the
    /// file (a save whose column update never arrived, or was overtaken) are brought up to the file first, so
    /// that every save keeps a SharePoint version carrying its number and the next number is right.
    /// </summary>
    private static async Task<LoadedMap> CurrentAsync(MapEntry entry, string? ifMatch, CancellationToken cancellationToken)
    {
        var loaded = await entry.LoadAsync(cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(entry.Id);
        if (ifMatch is not null && !ETags.Match(ifMatch, loaded.Item.ETag!))
        {
            throw new StaleMapException(loaded.Describe(entry.Id));
        }

        var save = loaded.File.Save;
        if (save.Version <= (loaded.ColumnsVersion ?? 0))
        {
            return loaded;
        }

        var repaired = await entry.Library.WriteColumnsAsync(
            entry.Name, MapColumns.For(loaded.File.Map, save.Version, save.Owner, new SaveContext(save.SavedBy, save.Message)), loaded.Item.ETag, cancellationToken).ConfigureAwait(false);
        var after = repaired ? await entry.Library.ItemAsync(entry.Name, cancellationToken).ConfigureAwait(false) : null;

        // Only our repair may lie between the two reads; any other change makes the client's copy stale.
        if (after is null || after.CTag != loaded.Item.CTag || MapColumns.NumberOf(after.ListItem?.Fields?.AdditionalData, MapColumns.Version) != save.Version)
        {
            throw await StaleAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        return loaded with { Item = after };
    }

    private async Task<StoredMap> SaveAsync(MapEntry entry, LoadedMap current, JourneyMap map, SaveContext context, CancellationToken cancellationToken)
    {
        var version = current.Version + 1;
        var operation = Guid.NewGuid().ToString("N");
        var content = new MapFile(map, new MapFile.Saved(version, current.Owner, context.User, clock.GetUtcNow(), context.Message, operation));
        DriveItem written;
        try
        {
            // Conditional on the item the client saw: SharePoint refuses the write itself if anyone saved since.
            written = await entry.Library.ReplaceAsync(entry.Name, content.ToBytes(), current.Item.ETag, cancellationToken).ConfigureAwait(false)
                ?? throw new MapNotFoundException(entry.Id);
        }
        catch (Exception e) when (GraphErrors.IsPreconditionFailed(e) || GraphErrors.IsNotFound(e))
        {
            var now = await entry.LoadAsync(cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(entry.Id);

            // A retried write whose first attempt did commit meets its own eTag change: that is success.
            if (now.File.Save.Operation != operation)
            {
                throw new StaleMapException(now.Describe(entry.Id));
            }

            written = now.Item;
        }

        var mine = new StoredMap(entry.Id, version, written.ETag!, map, current.Owner, content.Save.SavedAt, context.User, context.Message);
        bool columnsWritten;
        try
        {
            // Conditional on the eTag our write produced: if someone saved on top of it meanwhile, their save
            // brings the columns up to date.
            columnsWritten = await entry.Library.WriteColumnsAsync(entry.Name, MapColumns.For(map, version, current.Owner, context), written.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (GraphErrors.IsTransient(e, cancellationToken))
        {
            // The map is saved (its file is the truth); the list catches up with the next save.
            return mine;
        }

        // The item's eTag now covers our columns, unless someone saved on top: then the client keeps the eTag
        // of its own write, so that its next save is refused as stale instead of overwriting theirs.
        return columnsWritten && await entry.Library.ItemAsync(entry.Name, cancellationToken).ConfigureAwait(false) is { } item && item.CTag == written.CTag
            ? new LoadedMap(item, content).Describe(entry.Id)
            : mine;
    }

    /// <summary>The refusal of a save or delete whose copy is out of date, with the map as it is now.</summary>
    private static async Task<StaleMapException> StaleAsync(MapEntry entry, CancellationToken cancellationToken) =>
        new((await entry.LoadAsync(cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(entry.Id)).Describe(entry.Id));

    /// <summary>Graph failures become the store's: throttling past the retry budget is "try again later", refusal is refusal.</summary>
    private static async Task<T> Guarded<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (GraphErrors.IsTransient(e, cancellationToken))
        {
            throw new StoreUnavailableException("SharePoint is busy or did not answer in time; nothing was half written. Try again in a moment.", GraphErrors.RetryAfter(e), e);
        }
        catch (Exception e) when (GraphErrors.IsAccessDenied(e))
        {
            throw new StoreAccessDeniedException("SharePoint refused: you have no access to this site or map.", e);
        }
    }
}
