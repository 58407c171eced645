using Microsoft.Graph.Models;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>One save of a map: the SharePoint version that keeps it (by its label) and what the history shows of it.</summary>
internal sealed record MapSave(string Label, MapVersionInfo Info)
{
    /// <summary>
    /// The saves among a file's list-item versions, newest first. A save is the oldest SharePoint version whose
    /// JourneyVersion column has its number: later versions with the same number are the next save's content
    /// write, before its columns caught up.
    /// </summary>
    public static IReadOnlyList<MapSave> From(IEnumerable<ListItemVersion> versions) =>
    [
        .. versions
            .Select(v => (Version: v, Fields: v.Fields?.AdditionalData, Number: MapColumns.NumberOf(v.Fields?.AdditionalData, MapColumns.Version)))
            .Where(v => v.Number is > 0)
            .GroupBy(v => v.Number!.Value)
            .Select(g => g.MinBy(v => v.Version.LastModifiedDateTime ?? DateTimeOffset.MaxValue))
            .OrderByDescending(v => v.Number)
            .Select(v => new MapSave(v.Version.Id!, new MapVersionInfo(
                v.Number!.Value,
                v.Version.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch,
                MapColumns.TextOf(v.Fields, MapColumns.SavedBy) ?? string.Empty,
                MapColumns.MessageOf(v.Fields),
                "\"" + v.Version.Id + "\""))),
    ];
}
