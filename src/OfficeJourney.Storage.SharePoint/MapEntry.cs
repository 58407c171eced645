namespace OfficeJourney.Storage.SharePoint;

/// <summary>Where a map is, its site's library and its file there (the id's second part, without ".json"), and how it is read.</summary>
internal sealed class MapEntry(MapLibrary library, string file)
{
    public MapLibrary Library { get; } = library;

    public string File { get; } = file;

    public string Id => MapIds.Compose(Library.Site.Name, File);

    public string Name => MapIds.JsonName(File);

    /// <summary>Two calls: the item with its columns (eTag first, so a newer file can only make a save stale, never lost), then the file.</summary>
    public async Task<LoadedMap?> LoadAsync(CancellationToken cancellationToken) =>
        await Library.ItemAsync(Name, cancellationToken).ConfigureAwait(false) is { } item
        && await ReadFileAsync(cancellationToken).ConfigureAwait(false) is { } content
            ? new LoadedMap(item, content)
            : null;

    /// <summary>The owner from the item's column; from the file only when a create stopped before its columns.</summary>
    public async Task<string?> OwnerAsync(CancellationToken cancellationToken) =>
        await Library.ItemAsync(Name, cancellationToken).ConfigureAwait(false) is { } item
            ? MapColumns.TextOf(item.ListItem?.Fields?.AdditionalData, MapColumns.Owner) ?? (await ReadFileAsync(cancellationToken).ConfigureAwait(false))?.Save.Owner
            : null;

    /// <summary>
    /// The map's file, read only once it is known to be there (its item was read, or this user just wrote it): a
    /// refusal now is SharePoint's (403), not a map that is missing or clashing.
    /// </summary>
    public async Task<MapFile?> ReadFileAsync(CancellationToken cancellationToken) =>
        await Library.ReadKnownAsync(Name, cancellationToken).ConfigureAwait(false) is { } bytes ? MapFile.Parse(bytes, Name) : null;

    /// <summary>After our own write the file's content is known: only the item is read again, for its new eTag.</summary>
    public async Task<StoredMap> ReloadAsync(MapFile written, CancellationToken cancellationToken) =>
        await Library.ItemAsync(Name, cancellationToken).ConfigureAwait(false) is { } item
            ? new LoadedMap(item, written).Describe(Id)
            : throw new MapNotFoundException(Id);

    /// <summary>The map's saves, newest first, from the list item's versions with their columns (one call).</summary>
    public async Task<IReadOnlyList<MapSave>> SavesAsync(CancellationToken cancellationToken) =>
        MapSave.From(await Library.VersionsAsync(Name, cancellationToken).ConfigureAwait(false));

    public async Task<MapSave?> FindSaveAsync(int version, CancellationToken cancellationToken) =>
        (await SavesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Info.Version == version);
}
