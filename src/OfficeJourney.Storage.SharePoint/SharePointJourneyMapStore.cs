using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using OfficeJourney.Model;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// Maps in SharePoint document libraries, through Microsoft Graph, as one signed-in user. A map is
/// "Journey Maps/{file}.json" with its workbook ({file}.xlsx) and deck ({file}.pptx) beside it; its list-item
/// columns carry what the list shows. Versions are the file's SharePoint versions; the eTag of the item is the
/// map's ETag, and every write is conditional on it, so Graph itself refuses a stale save (412).
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
    private const int PageSize = 200;
    private const long MaxFileBytes = 64L * 1024 * 1024;
    private readonly GraphServiceClient graph;
    private readonly SiteCatalog catalog;
    private readonly SharePointOptions options;
    private readonly TimeProvider clock;

    public SharePointJourneyMapStore(GraphServiceClient graph, SiteCatalog catalog, SharePointOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        this.graph = graph;
        this.catalog = catalog;
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The site new maps go to; the first configured one unless set.</summary>
    public string? CreateInSite { get; init; }

    public Task<StoredMap> CreateAsync(JourneyMap map, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var site = CreateInSite is null ? catalog.Default : catalog.Find(CreateInSite) ?? throw new UnknownPlaceException(CreateInSite, [.. catalog.Sites.Select(s => s.Name)]);
        return Guarded(async () =>
        {
            var location = await catalog.ResolveAsync(graph, site, cancellationToken).ConfigureAwait(false);
            var file = MapIds.NewFile(context.User, context.IdempotencyKey);
            var name = MapIds.JsonName(file);
            var operation = Guid.NewGuid().ToString("N");
            var content = new MapFile(map, new MapFile.Saved(1, context.User, context.User, clock.GetUtcNow(), context.Message, operation));
            try
            {
                await WriteAsync(location, name, content.ToBytes(), create: true, ifMatch: null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (GraphErrors.IsConflict(e))
            {
                // The name is taken: by our own write whose answer was lost and retried, or by an earlier create
                // with the same idempotency key. Either way that map is the answer; anything else is a real clash.
                var existing = await ReadFileAsync(location, name, cancellationToken).ConfigureAwait(false);
                if (existing is null || (existing.Save.Operation != operation && context.IdempotencyKey is null))
                {
                    throw new InvalidOperationException($"A map file named {name} already exists in {site.Url}.", e);
                }

                if (existing.Save.Operation != operation)
                {
                    // The earlier attempt may have stopped before its columns: they are completed here.
                    var earlier = await CurrentAsync(location, file, ifMatch: null, cancellationToken).ConfigureAwait(false);
                    return Describe(location, file, earlier.Item, earlier.File);
                }
            }

            await WriteColumnsAsync(location, name, MapColumns.For(map, 1, context.User, context), ifMatch: null, cancellationToken).ConfigureAwait(false);
            return await ReloadAsync(location, file, content, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<StoredMap?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Guarded(async () => await LocateAsync(id, cancellationToken).ConfigureAwait(false) is var (location, file)
            ? await LoadAsync(location, file, cancellationToken).ConfigureAwait(false)
            : null, cancellationToken);

    public Task<StoredMap> UpdateAsync(string id, JourneyMap map, string ifMatch, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        return Guarded(async () =>
        {
            var (location, file) = await LocateAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            var current = await CurrentAsync(location, file, ifMatch, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(location, file, current, map, context, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<StoredMap> RestoreAsync(string id, int version, string? ifMatch, SaveContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Guarded(async () =>
        {
            var (location, file) = await LocateAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            var name = MapIds.JsonName(file);
            var current = await CurrentAsync(location, file, ifMatch, cancellationToken).ConfigureAwait(false);
            var saves = await SavesAsync(location, name, cancellationToken).ConfigureAwait(false);
            var old = saves.FirstOrDefault(s => s.Info.Version == version) ?? throw new MapNotFoundException($"{id} version {version}");

            // SharePoint's own restore: the old file comes back as a new version, history kept. Its columns then
            // say which save this is, and why.
            await graph.Drives[location.DriveId].Items["x"].Versions[old.Label].RestoreVersion
                .WithUrl($"{ItemUrl(location, name)}/versions/{old.Label}/restoreVersion")
                .PostAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var restored = await ReadFileAsync(location, name, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            var saved = context with { Message = context.Message ?? $"Restored version {version}" };
            await WriteColumnsAsync(location, name, MapColumns.For(restored.Map, current.Version + 1, current.Owner, saved), ifMatch: null, cancellationToken).ConfigureAwait(false);
            return await ReloadAsync(location, file, restored, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            if (await LocateAsync(id, cancellationToken).ConfigureAwait(false) is not var (location, file))
            {
                return false;
            }

            try
            {
                await ItemPath(location, MapIds.JsonName(file)).DeleteAsync(c => IfMatch(c.Headers, ifMatch), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (GraphErrors.IsNotFound(e))
            {
                return false;
            }
            catch (Exception e) when (GraphErrors.IsPreconditionFailed(e))
            {
                throw new StaleMapException(await LoadAsync(location, file, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id));
            }

            foreach (var kind in Enum.GetValues<AttachmentKind>())
            {
                await DeleteIfThereAsync(location, MapIds.AttachmentName(file, kind), cancellationToken).ConfigureAwait(false);
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
                all.AddRange(await SummariesAsync(site, cancellationToken).ConfigureAwait(false));
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
            await LocateAsync(id, cancellationToken).ConfigureAwait(false) is var (location, file)
                ? [.. (await SavesAsync(location, MapIds.JsonName(file), cancellationToken).ConfigureAwait(false)).Select(s => s.Info)]
                : [], cancellationToken);

    public Task<StoredMap?> GetVersionAsync(string id, int version, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            if (await LocateAsync(id, cancellationToken).ConfigureAwait(false) is not var (location, file))
            {
                return null;
            }

            var name = MapIds.JsonName(file);
            var save = (await SavesAsync(location, name, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Info.Version == version);
            if (save is null)
            {
                return null;
            }

            var stream = await graph.Drives[location.DriveId].Items["x"].Versions[save.Label].Content
                .WithUrl($"{ItemUrl(location, name)}/versions/{save.Label}/content")
                .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var content = MapFile.Parse(await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false), name);
            return new StoredMap(id, version, save.Info.ETag, content.Map, content.Save.Owner, save.Info.SavedAt, save.Info.SavedBy, save.Info.Message);
        }, cancellationToken);

    public Task PutAttachmentAsync(string id, AttachmentKind kind, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            var (location, file) = await LocateAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            _ = await ItemAsync(location, MapIds.JsonName(file), cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
            await WriteAsync(location, MapIds.AttachmentName(file, kind), content.ToArray(), create: false, ifMatch: null, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<byte[]?> GetAttachmentAsync(string id, AttachmentKind kind, CancellationToken cancellationToken = default) =>
        Guarded(async () =>
        {
            if (await LocateAsync(id, cancellationToken).ConfigureAwait(false) is not var (location, file))
            {
                return null;
            }

            try
            {
                var stream = await ItemPath(location, MapIds.AttachmentName(file, kind)).Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (GraphErrors.IsNotFound(e) || GraphErrors.IsAccessDenied(e))
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>
    /// The map as a save starts from it: item and file, checked against the client's ETag. Columns that lag the
    /// file (a save whose column update never arrived, or was overtaken) are brought up to the file first, so
    /// that every save keeps a SharePoint version carrying its number and the next number is right.
    /// </summary>
    private async Task<Current> CurrentAsync(SiteLocation location, string file, string? ifMatch, CancellationToken cancellationToken)
    {
        var id = MapIds.Compose(location.Site.Name, file);
        var name = MapIds.JsonName(file);
        var (item, content) = await LoadWithFileAsync(location, file, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);
        if (ifMatch is not null && !ETags.Match(ifMatch, item.ETag!))
        {
            throw new StaleMapException(Describe(location, file, item, content));
        }

        var columns = MapColumns.NumberOf(item.ListItem?.Fields?.AdditionalData, MapColumns.Version) ?? 0;
        if (content.Save.Version > columns)
        {
            var save = content.Save;
            var repaired = await WriteColumnsAsync(
                location, name, MapColumns.For(content.Map, save.Version, save.Owner, new SaveContext(save.SavedBy, save.Message)), item.ETag, cancellationToken).ConfigureAwait(false);
            var after = repaired ? await ItemAsync(location, name, cancellationToken).ConfigureAwait(false) : null;

            // Only our repair may lie between the two reads; any other change makes the client's copy stale.
            if (after is null || after.CTag != item.CTag || MapColumns.NumberOf(after.ListItem?.Fields?.AdditionalData, MapColumns.Version) != save.Version)
            {
                throw new StaleMapException(await LoadAsync(location, file, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id));
            }

            item = after;
        }

        return new Current(item, content);
    }

    private async Task<StoredMap> SaveAsync(SiteLocation location, string file, Current current, JourneyMap map, SaveContext context, CancellationToken cancellationToken)
    {
        var id = MapIds.Compose(location.Site.Name, file);
        var name = MapIds.JsonName(file);
        var version = current.Version + 1;
        var operation = Guid.NewGuid().ToString("N");
        var content = new MapFile(map, new MapFile.Saved(version, current.Owner, context.User, clock.GetUtcNow(), context.Message, operation));
        DriveItem written;
        try
        {
            // Conditional on the item the client saw: SharePoint refuses the write itself if anyone saved since.
            written = await WriteAsync(location, name, content.ToBytes(), create: false, current.Item.ETag, cancellationToken).ConfigureAwait(false)
                ?? throw new MapNotFoundException(id);
        }
        catch (Exception e) when (GraphErrors.IsPreconditionFailed(e) || GraphErrors.IsNotFound(e))
        {
            var now = await LoadWithFileAsync(location, file, cancellationToken).ConfigureAwait(false) ?? throw new MapNotFoundException(id);

            // A retried write whose first attempt did commit meets its own eTag change: that is success.
            if (now.File.Save.Operation != operation)
            {
                throw new StaleMapException(Describe(location, file, now.Item, now.File));
            }

            written = now.Item;
        }

        var mine = new StoredMap(id, version, written.ETag!, map, current.Owner, content.Save.SavedAt, context.User, context.Message);
        bool columnsWritten;
        try
        {
            // Conditional on the eTag our write produced: if someone saved on top of it meanwhile, their save
            // brings the columns up to date.
            columnsWritten = await WriteColumnsAsync(location, name, MapColumns.For(map, version, current.Owner, context), written.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (GraphErrors.IsTransient(e, cancellationToken))
        {
            // The map is saved (its file is the truth); the list catches up with the next save.
            return mine;
        }

        // The item's eTag now covers our columns, unless someone saved on top: then the client keeps the eTag
        // of its own write, so that its next save is refused as stale instead of overwriting theirs.
        return columnsWritten && await ItemAsync(location, name, cancellationToken).ConfigureAwait(false) is { } item && item.CTag == written.CTag
            ? Describe(location, file, item, content)
            : mine;
    }

    private async Task<(SiteLocation Location, string File)?> LocateAsync(string id, CancellationToken cancellationToken)
    {
        if (!MapIds.TryParse(id, out var siteName, out var file) || catalog.Find(siteName) is not { } site)
        {
            return null;
        }

        try
        {
            return (await catalog.ResolveAsync(graph, site, cancellationToken).ConfigureAwait(false), file);
        }
        catch (Exception e) when (GraphErrors.IsAccessDenied(e) || GraphErrors.IsNotFound(e))
        {
            return null;
        }
    }

    private async Task<StoredMap?> LoadAsync(SiteLocation location, string file, CancellationToken cancellationToken) =>
        await LoadWithFileAsync(location, file, cancellationToken).ConfigureAwait(false) is var (item, content)
            ? Describe(location, file, item, content)
            : null;

    /// <summary>Two calls: the item with its columns (eTag first, so a newer file can only make a save stale, never lost), then the file.</summary>
    private async Task<(DriveItem Item, MapFile File)?> LoadWithFileAsync(SiteLocation location, string file, CancellationToken cancellationToken)
    {
        var name = MapIds.JsonName(file);
        var item = await ItemAsync(location, name, cancellationToken).ConfigureAwait(false);
        var content = item is null ? null : await ReadFileAsync(location, name, cancellationToken).ConfigureAwait(false);
        return item is null || content is null ? null : (item, content);
    }

    /// <summary>After our own write the file's content is known: only the item is read again, for its new eTag.</summary>
    private async Task<StoredMap> ReloadAsync(SiteLocation location, string file, MapFile written, CancellationToken cancellationToken) =>
        await ItemAsync(location, MapIds.JsonName(file), cancellationToken).ConfigureAwait(false) is { } item
            ? Describe(location, file, item, written)
            : throw new MapNotFoundException(MapIds.Compose(location.Site.Name, file));

    private static StoredMap Describe(SiteLocation location, string file, DriveItem item, MapFile content)
    {
        var fields = item.ListItem?.Fields?.AdditionalData;
        var version = CurrentVersion(item, content);
        var columnsCurrent = MapColumns.NumberOf(fields, MapColumns.Version) == version;
        return new StoredMap(
            MapIds.Compose(location.Site.Name, file),
            version,
            item.ETag!,
            content.Map,
            OwnerOf(item, content),
            item.LastModifiedDateTime ?? content.Save.SavedAt,
            (columnsCurrent ? MapColumns.TextOf(fields, MapColumns.SavedBy) : null) ?? content.Save.SavedBy,
            columnsCurrent ? NullIfEmpty(MapColumns.TextOf(fields, MapColumns.Message)) : content.Save.Message);
    }

    /// <summary>The newer of what the columns and the file say: columns lag when their update failed, the file lags after a restore.</summary>
    private static int CurrentVersion(DriveItem item, MapFile content) =>
        Math.Max(MapColumns.NumberOf(item.ListItem?.Fields?.AdditionalData, MapColumns.Version) ?? 0, content.Save.Version);

    private static string OwnerOf(DriveItem item, MapFile content) =>
        content.Save.Owner is { Length: > 0 } owner ? owner : MapColumns.TextOf(item.ListItem?.Fields?.AdditionalData, MapColumns.Owner) ?? string.Empty;

    private async Task<DriveItem?> ItemAsync(SiteLocation location, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await ItemPath(location, name).GetAsync(c => c.QueryParameters.Expand = ["listItem($expand=fields)"], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (GraphErrors.IsNotFound(e) || GraphErrors.IsAccessDenied(e))
        {
            // What SharePoint will not show this user does not exist for them.
            return null;
        }
    }

    private async Task<MapFile?> ReadFileAsync(SiteLocation location, string name, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await ItemPath(location, name).Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return MapFile.Parse(await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false), name);
        }
        catch (Exception e) when (GraphErrors.IsNotFound(e))
        {
            return null;
        }
    }

    /// <summary>
    /// The saves of a map, newest first, from the list item's versions with their columns (one call). A save
    /// is the oldest SharePoint version whose JourneyVersion column has its number: later versions with the same
    /// number are the next save's content write, before its columns caught up.
    /// </summary>
    private async Task<IReadOnlyList<Save>> SavesAsync(SiteLocation location, string name, CancellationToken cancellationToken)
    {
        var versions = new List<ListItemVersion>();
        try
        {
            var page = await graph.Sites[location.SiteId].Lists[location.ListId].Items["x"].Versions
                .WithUrl($"{ItemUrl(location, name)}/listItem/versions?$expand=fields")
                .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                versions.AddRange(page.Value ?? []);
                page = page.OdataNextLink is { } next
                    ? await graph.Sites[location.SiteId].Lists[location.ListId].Items["x"].Versions.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                    : null;
            }
        }
        catch (Exception e) when (GraphErrors.IsNotFound(e) || GraphErrors.IsAccessDenied(e))
        {
            return [];
        }

        return [.. versions
            .Select(v => (Version: v, Number: MapColumns.NumberOf(v.Fields?.AdditionalData, MapColumns.Version)))
            .Where(v => v.Number is > 0)
            .GroupBy(v => v.Number!.Value)
            .Select(g => g.MinBy(v => v.Version.LastModifiedDateTime ?? DateTimeOffset.MaxValue)!)
            .OrderByDescending(v => v.Number)
            .Select(v => new Save(v.Version.Id!, new MapVersionInfo(
                v.Number!.Value,
                v.Version.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch,
                MapColumns.TextOf(v.Version.Fields?.AdditionalData, MapColumns.SavedBy) ?? string.Empty,
                NullIfEmpty(MapColumns.TextOf(v.Version.Fields?.AdditionalData, MapColumns.Message)),
                "\"" + v.Version.Id + "\"")))];
    }

    private async Task<IEnumerable<MapSummary>> SummariesAsync(SharePointSite site, CancellationToken cancellationToken)
    {
        var items = new List<DriveItem>();
        try
        {
            var location = await catalog.ResolveAsync(graph, site, cancellationToken).ConfigureAwait(false);
            var children = graph.Drives[location.DriveId].Items[location.FolderId].Children;
            var page = await children.GetAsync(c =>
            {
                c.QueryParameters.Top = PageSize;
                c.QueryParameters.Select = ["id", "name", "eTag", "lastModifiedDateTime"];
                c.QueryParameters.Expand = ["listItem($expand=fields)"];
            }, cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                items.AddRange(page.Value ?? []);
                page = page.OdataNextLink is { } next ? await children.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
            }
        }
        catch (Exception e) when (GraphErrors.IsAccessDenied(e) || GraphErrors.IsNotFound(e))
        {
            // A site this user cannot open holds no maps for them.
            return [];
        }

        return items
            .Where(i => i.Name is { } name && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(i => (Item: i, Fields: i.ListItem?.Fields?.AdditionalData, File: i.Name![..^5]))

            // Without columns the create has not finished (or the file was dropped in by hand): not a map yet.
            .Where(i => MapColumns.NumberOf(i.Fields, MapColumns.Version) is > 0 && MapIds.TryParse(MapIds.Compose(site.Name, i.File), out _, out _))
            .Select(i => new MapSummary(
                MapIds.Compose(site.Name, i.File),
                MapColumns.TextOf(i.Fields, MapColumns.Title) ?? i.File,
                Enum.TryParse<MapType>(MapColumns.TextOf(i.Fields, MapColumns.Type), out var type) ? type : MapType.CurrentState,
                MapColumns.TextOf(i.Fields, MapColumns.Owner) ?? string.Empty,
                MapColumns.NumberOf(i.Fields, MapColumns.StageCount) ?? 0,
                i.Item.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch,
                MapColumns.NumberOf(i.Fields, MapColumns.Version) ?? 0,
                i.Item.ETag ?? string.Empty));
    }

    /// <summary>
    /// Writes a whole file in one request, or through an upload session (same client pipeline, same
    /// conditions) when it is large. A create fails on an existing name; an update is conditional on If-Match.
    /// </summary>
    private async Task<DriveItem?> WriteAsync(SiteLocation location, string name, byte[] content, bool create, string? ifMatch, CancellationToken cancellationToken)
    {
        var conflict = create ? "fail" : "replace";
        if (content.Length < options.UploadSessionThreshold)
        {
            using var body = new MemoryStream(content, writable: false);
            return await ItemPath(location, name).Content
                .WithUrl($"{ItemUrl(location, name)}/content?@microsoft.graph.conflictBehavior={conflict}")
                .PutAsync(body, c => IfMatch(c.Headers, ifMatch), cancellationToken).ConfigureAwait(false);
        }

        var session = await graph.Drives[location.DriveId].Items["x"].CreateUploadSession.WithUrl($"{ItemUrl(location, name)}/createUploadSession").PostAsync(
            new CreateUploadSessionPostRequestBody { Item = new DriveItemUploadableProperties { AdditionalData = { ["@microsoft.graph.conflictBehavior"] = conflict } } },
            c => IfMatch(c.Headers, ifMatch), cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(content, writable: false);

        // The request adapter keeps the upload inside the Graph client's pipeline (and its retry handler).
        var upload = new LargeFileUploadTask<DriveItem>(session!, stream, 320 * 1024 * 10, graph.RequestAdapter);
        var result = await upload.UploadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.UploadSucceeded
            ? result.ItemResponse
            : throw new StoreUnavailableException($"SharePoint did not finish receiving {name}; nothing was changed. Try again.");
    }

    /// <summary>Writes a file's columns; false when the condition failed because someone changed the item first.</summary>
    private async Task<bool> WriteColumnsAsync(SiteLocation location, string name, FieldValueSet fields, string? ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            await graph.Sites[location.SiteId].Lists[location.ListId].Items["x"].Fields
                .WithUrl($"{ItemUrl(location, name)}/listItem/fields")
                .PatchAsync(fields, c => IfMatch(c.Headers, ifMatch), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (GraphErrors.IsPreconditionFailed(e) && ifMatch is not null)
        {
            return false;
        }
    }

    private async Task DeleteIfThereAsync(SiteLocation location, string name, CancellationToken cancellationToken)
    {
        try
        {
            await ItemPath(location, name).DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (GraphErrors.IsNotFound(e))
        {
            return;
        }
    }

    /// <summary>
    /// The item addressed by path under the maps folder. Only its own calls (get, delete, content) keep the path:
    /// the SDK's navigation from it to versions or upload sessions drops the path and lands on the folder, so
    /// those calls name their URL in full.
    /// </summary>
    private CustomDriveItemItemRequestBuilder ItemPath(SiteLocation location, string name) =>
        graph.Drives[location.DriveId].Items[location.FolderId].ItemWithPath(name);

    private string ItemUrl(SiteLocation location, string name) =>
        $"{options.GraphBaseUrl.TrimEnd('/')}/drives/{location.DriveId}/items/{location.FolderId}:/{name}:";

    private static void IfMatch(Microsoft.Kiota.Abstractions.RequestHeaders headers, string? ifMatch)
    {
        if (ifMatch is not null)
        {
            headers.Add("If-Match", ifMatch);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream? stream, CancellationToken cancellationToken)
    {
        if (stream is null)
        {
            return [];
        }

        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    throw new InvalidDataException($"A file in the library is larger than {MaxFileBytes / (1024 * 1024)} MB.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

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

    private sealed record Save(string Label, MapVersionInfo Info);

    /// <summary>A map as a save found it: the item (columns up to date with the file) and the file.</summary>
    private sealed record Current(DriveItem Item, MapFile File)
    {
        public int Version => CurrentVersion(Item, File);

        public string Owner => OwnerOf(Item, File);
    }
}
