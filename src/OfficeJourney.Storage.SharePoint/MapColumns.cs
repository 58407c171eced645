using System.Globalization;
using System.Text.Json;
using Microsoft.Graph.Models;
using OfficeJourney.Model;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// The library columns a map's file carries so that listing and filtering read no files: a projection of the
/// file (title, type, owner, stage count, review date) plus the save it belongs to (version, by whom, why).
/// </summary>
internal static class MapColumns
{
    public const string Title = "Title";
    public const string Type = "JourneyMapType";
    public const string Owner = "JourneyOwner";
    public const string StageCount = "JourneyStageCount";
    public const string ReviewDate = "JourneyReviewDate";
    public const string Version = "JourneyVersion";
    public const string SavedBy = "JourneySavedBy";
    public const string Message = "JourneyMessage";

    /// <summary>
    /// The columns the store creates in the library when they are missing (Title is built in). New objects on
    /// every call: Graph models track changes in a backing store, and one sent before serializes as empty.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> Definitions() =>
    [
        Text(Type, "Journey map type"),
        Text(Owner, "Journey owner"),
        new() { Name = StageCount, DisplayName = "Stages", Number = new NumberColumn { DecimalPlaces = "none" } },
        new() { Name = ReviewDate, DisplayName = "Review date", DateTime = new DateTimeColumn { Format = "dateOnly" } },
        new() { Name = Version, DisplayName = "Journey version", Number = new NumberColumn { DecimalPlaces = "none" } },
        Text(SavedBy, "Saved by"),
        Text(Message, "Save message"),
    ];

    public static FieldValueSet For(JourneyMap map, int version, string owner, SaveContext context)
    {
        var values = new Dictionary<string, object>
        {
            [Title] = map.Title,
            [Type] = map.Type.ToString(),
            [Owner] = owner,
            [StageCount] = map.Stages.Count,
            [Version] = version,
            [SavedBy] = context.User,
            [Message] = context.Message ?? string.Empty,
        };
        if (ReviewDateOf(map) is { } review)
        {
            values[ReviewDate] = review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        }

        return new FieldValueSet { AdditionalData = values };
    }

    /// <summary>The review date the user wrote beside the grid ("Review date: 2026-03-31"), when it reads as an ISO date.</summary>
    public static DateOnly? ReviewDateOf(JourneyMap map) =>
        map.Properties.FirstOrDefault(p => string.Equals(p.Name.Trim(), "review date", StringComparison.OrdinalIgnoreCase)) is { } field
        && DateOnly.TryParse(field.Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static string? TextOf(IDictionary<string, object>? fields, string name) => fields is not null && fields.TryGetValue(name, out var value) ? value switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    } : null;

    public static string? MessageOf(IDictionary<string, object>? fields) => TextOf(fields, Message) is { Length: > 0 } message ? message : null;

    /// <summary>The maps among a folder's items, read from their columns alone.</summary>
    public static IEnumerable<MapSummary> Summaries(SharePointSite site, IEnumerable<DriveItem> items) => items
        .Where(i => i.Name is { } name && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        .Select(i => (Item: i, Fields: i.ListItem?.Fields?.AdditionalData, File: i.Name![..^5], Id: MapIds.Compose(site.Name, i.Name![..^5])))

        // Without columns the create has not finished (or the file was dropped in by hand): not a map yet.
        .Where(i => NumberOf(i.Fields, Version) is > 0 && MapIds.TryParse(i.Id, out _, out _))
        .Select(i => new MapSummary(
            i.Id,
            TextOf(i.Fields, Title) ?? i.File,
            Enum.TryParse<MapType>(TextOf(i.Fields, Type), out var type) ? type : MapType.CurrentState,
            TextOf(i.Fields, Owner) ?? string.Empty,
            NumberOf(i.Fields, StageCount) ?? 0,
            i.Item.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch,
            NumberOf(i.Fields, Version) ?? 0,
            i.Item.ETag ?? string.Empty));

    public static int? NumberOf(IDictionary<string, object>? fields, string name) =>
        fields is not null && fields.TryGetValue(name, out var value) ? value switch
        {
            int number => number,
            long number => (int)number,
            double number => (int)number,
            decimal number => (int)number,
            JsonElement { ValueKind: JsonValueKind.Number } json => (int)json.GetDouble(),
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => (int)parsed,
            _ => null,
        } : null;

    private static ColumnDefinition Text(string name, string displayName) =>
        new() { Name = name, DisplayName = displayName, Text = new TextColumn { MaxLength = 255 } };
}
