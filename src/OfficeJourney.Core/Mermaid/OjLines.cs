using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Model;

namespace OfficeJourney.Mermaid;

/// <summary>What a map holds beyond its title, type and language, in its <c>%% oj map</c> line.</summary>
internal sealed record OjMap(string Title, MapType Type, bool RightToLeft, string? Language, EmotionScale? EmotionScale, string? Sheet);

/// <summary>A lane without its cells, in its <c>%% oj lane</c> line; its items follow in <c>%% oj item</c> lines.</summary>
internal sealed record OjLane(string Label, LaneKind Kind, Metric? Metric, SourceRef? Source);

/// <summary>One <c>%% oj</c> line read: its keyword, the stage it names (1-based; 0 when none) and its JSON.</summary>
internal readonly record struct OjLine(string Keyword, int Stage, string Json);

/// <summary>
/// The <c>%% oj</c> comment lines that carry what Mermaid's journey cannot show (docs/mermaid.md): <c>%% oj</c>, a
/// keyword, for <c>stage</c> and <c>item</c> a stage number, then one JSON value in the map format's own terms,
/// written on one line (line breaks inside text are escaped as <c>\n</c>). Mermaid skips them as comments.
/// </summary>
internal static class OjLines
{
    public const string Prefix = "%% oj ";

    public const string Map = "map";
    public const string Persona = "persona";
    public const string Property = "property";
    public const string Note = "note";
    public const string Phase = "phase";
    public const string Stage = "stage";
    public const string Lane = "lane";
    public const string Item = "item";

    private static readonly OjJsonContext Context = new(new JsonSerializerOptions(OjJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static OjJsonContext Json => Context;

    public static string Line<T>(string keyword, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        $"{Prefix}{keyword} {JsonSerializer.Serialize(value, type)}";

    public static string Line<T>(string keyword, int stage, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{keyword} {stage + 1} {JsonSerializer.Serialize(value, type)}");

    /// <summary>The line's parts, or null when it is no <c>%% oj</c> line of a known shape.</summary>
    public static OjLine? Parse(string trimmed)
    {
        if (!trimmed.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = trimmed.AsSpan(Prefix.Length).TrimStart();
        var space = rest.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var keyword = rest[..space].ToString();
        rest = rest[(space + 1)..].TrimStart();
        var stage = 0;
        if (keyword is Stage or Item)
        {
            space = rest.IndexOf(' ');
            if (space < 0 || !int.TryParse(rest[..space], NumberStyles.None, CultureInfo.InvariantCulture, out stage) || stage < 1)
            {
                return null;
            }

            rest = rest[(space + 1)..];
        }

        return new OjLine(keyword, stage, rest.ToString());
    }

    /// <summary>The JSON read as <typeparamref name="T"/>, or null when it is not one (a hand-edited line).</summary>
    public static T? Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

// The map format's own options (JourneyJsonContext), on one line; a value left out because it was null (a note's
// source) is read back as null.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = false,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(OjMap))]
[JsonSerializable(typeof(OjLane))]
[JsonSerializable(typeof(Persona))]
[JsonSerializable(typeof(Field))]
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(Phase))]
[JsonSerializable(typeof(Stage))]
[JsonSerializable(typeof(JourneyItem))]
internal sealed partial class OjJsonContext : JsonSerializerContext;
