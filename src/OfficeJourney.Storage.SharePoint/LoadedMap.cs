using Microsoft.Graph.Models;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// A map as read from its library: the item (eTag, columns) and the file. The two can disagree for a while:
/// columns lag their file when a save's column update failed or was overtaken, and the file lags its columns
/// after a restore. Each fact is taken from whichever is newer.
/// </summary>
internal sealed record LoadedMap(DriveItem Item, MapFile File)
{
    public IDictionary<string, object>? Fields => Item.ListItem?.Fields?.AdditionalData;

    /// <summary>The save the columns describe; null when they have none (the create stopped before them).</summary>
    public int? ColumnsVersion => MapColumns.NumberOf(Fields, MapColumns.Version);

    public int Version => Math.Max(ColumnsVersion ?? 0, File.Save.Version);

    public string Owner => File.Save.Owner is { Length: > 0 } owner ? owner : MapColumns.TextOf(Fields, MapColumns.Owner) ?? string.Empty;

    public StoredMap Describe(string id)
    {
        var columnsCurrent = ColumnsVersion == Version;
        return new StoredMap(
            id,
            Version,
            Item.ETag!,
            File.Map,
            Owner,
            Item.LastModifiedDateTime ?? File.Save.SavedAt,
            (columnsCurrent ? MapColumns.TextOf(Fields, MapColumns.SavedBy) : null) ?? File.Save.SavedBy,
            columnsCurrent ? MapColumns.MessageOf(Fields) : File.Save.Message);
    }
}
