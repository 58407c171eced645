using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// A map's file in the library: an ordinary journey map document (it opens with <c>journey validate</c>), plus
/// a "saved" object with what the store needs to rebuild its columns and recognise its own writes. File
/// versions do not keep columns reliably, so everything needed to restore is inside the file.
/// </summary>
internal sealed record MapFile(JourneyMap Map, MapFile.Saved Save)
{
    /// <param name="Operation">Unique per save: after a retried write, the store reads the file back and knows whether it was its own.</param>
    internal sealed record Saved(int Version, string Owner, string SavedBy, DateTimeOffset SavedAt, string? Message, string Operation);

    private const string SavedProperty = "saved";

    public byte[] ToBytes()
    {
        var document = JsonNode.Parse(JourneyJson.Serialize(Map))!.AsObject();
        document[SavedProperty] = new JsonObject
        {
            ["version"] = Save.Version,
            ["owner"] = Save.Owner,
            ["savedBy"] = Save.SavedBy,
            ["savedAt"] = Save.SavedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["message"] = Save.Message,
            ["operation"] = Save.Operation,
        };
        return Encoding.UTF8.GetBytes(document.ToJsonString(JsonOptions));
    }

    public static MapFile Parse(ReadOnlySpan<byte> content, string name)
    {
        var text = Encoding.UTF8.GetString(content);
        JourneyDocument document;
        try
        {
            document = JourneyJson.Deserialize(text);
        }
        catch (JourneyFormatException e)
        {
            throw new InvalidDataException($"{name} in the library is not a journey map file: {e.Message}", e);
        }

        if (document.Maps.Count != 1)
        {
            throw new InvalidDataException($"{name} in the library holds {document.Maps.Count} maps instead of one.");
        }

        using var json = JsonDocument.Parse(text);
        if (!json.RootElement.TryGetProperty(SavedProperty, out var saved) || saved.ValueKind != JsonValueKind.Object)
        {
            // A document put in the folder by hand: readable, owned by nobody in particular.
            return new MapFile(document.Maps[0], new Saved(1, string.Empty, string.Empty, DateTimeOffset.UnixEpoch, null, string.Empty));
        }

        return new MapFile(document.Maps[0], new Saved(
            saved.TryGetProperty("version", out var version) && version.TryGetInt32(out var number) ? number : 1,
            Text(saved, "owner") ?? string.Empty,
            Text(saved, "savedBy") ?? string.Empty,
            Text(saved, "savedAt") is { } at && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ? when : DateTimeOffset.UnixEpoch,
            Text(saved, "message"),
            Text(saved, "operation") ?? string.Empty));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Thai, Vietnamese, Persian and Latvian stay readable in the file, as in every document we write.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
