using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using OfficeJourney.Model;

namespace OfficeJourney.Serialization;

/// <summary>Reads and writes <see cref="JourneyDocument"/> as JSON (System.Text.Json, source generated).</summary>
public static class JourneyJson
{
    /// <summary>Largest JSON document read, in characters: far beyond any real map.</summary>
    public const int MaxDocumentLength = 64 * 1024 * 1024;

    // Thai, Vietnamese, Persian and Latvian text stays readable in the file instead of \u escapes.
    private static readonly JourneyJsonContext Context = new(new JsonSerializerOptions(JourneyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(JourneyDocument document) =>
        JsonSerializer.Serialize(document, Context.JourneyDocument);

    public static void Serialize(Stream output, JourneyDocument document) =>
        JsonSerializer.Serialize(output, document, Context.JourneyDocument);

    public static string Serialize(JourneyMap map) => Serialize(new JourneyDocument { Maps = [map] });

    /// <summary>The JSON Schema of the format, as published in docs/journey-map.schema.json.</summary>
    public static string Schema() =>
        JsonSchemaExporter.GetJsonSchemaAsNode(Context.Options, typeof(JourneyDocument))
            .ToJsonString(Context.Options);

    /// <summary>Reads a document; throws <see cref="JourneyFormatException"/> with a readable message when it is not one.</summary>
    public static JourneyDocument Deserialize(string json)
    {
        if (json.Length > MaxDocumentLength)
        {
            throw TooLarge();
        }

        return Deserialize(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// Reads a document from its UTF-8 bytes (a byte order mark before it is allowed), as a request body comes: without
    /// the text as a string beside it, a copy twice its size.
    /// </summary>
    public static JourneyDocument Deserialize(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxDocumentLength)
        {
            throw TooLarge();
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        DocumentShape.Check(utf8);
        JourneyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, Context.JourneyDocument);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            var what = string.IsNullOrEmpty(e.Path) || e.Path == "$"
                ? "it is not valid JSON of a journey map."
                : LoneSurrogate(utf8) is { } escape
                    ? $"the text at {e.Path} is not valid Unicode: it holds half of a surrogate pair ({escape}) alone."
                    : $"the value at {e.Path} is missing, empty or of the wrong kind.";
            throw new JourneyFormatException($"This is not a journey map document{where}: {what}", e);
        }

        if (document is null)
        {
            throw new JourneyFormatException("This is not a journey map document: it is empty.");
        }

        if (document.FormatVersion is < 1 or > JourneyDocument.CurrentFormatVersion)
        {
            throw new JourneyFormatException(
                $"This journey map document has format version {document.FormatVersion}; this version of OfficeJourney reads version {JourneyDocument.CurrentFormatVersion}.");
        }

        return document;
    }

    private static JourneyFormatException TooLarge() => new($"The document is larger than {MaxDocumentLength / (1024 * 1024)} MB.");

    /// <summary>
    /// The first \u escape that is half of a surrogate pair standing alone, as written; null when there is none. The
    /// parser reads in order, so when it fails on a text, the first such escape is the one it failed on.
    /// </summary>
    private static string? LoneSurrogate(ReadOnlySpan<byte> json)
    {
        for (var i = json.IndexOf((byte)'\\'); i >= 0 && i < json.Length - 1;)
        {
            var step = 2;
            if (json[i + 1] == 'u' && Escaped(json, i) is { } unit)
            {
                if (char.IsHighSurrogate(unit) && Escaped(json, i + 6) is { } next && char.IsLowSurrogate(next))
                {
                    step = 12;
                }
                else if (char.IsSurrogate(unit))
                {
                    return Encoding.ASCII.GetString(json.Slice(i, 6));
                }
                else
                {
                    step = 6;
                }
            }

            var rest = json[(i + step)..].IndexOf((byte)'\\');
            i = rest < 0 ? -1 : i + step + rest;
        }

        return null;
    }

    /// <summary>The UTF-16 unit a \uXXXX escape at <paramref name="at"/> stands for.</summary>
    private static char? Escaped(ReadOnlySpan<byte> json, int at) =>
        at + 6 <= json.Length && json[at] == '\\' && json[at + 1] == 'u'
            && ushort.TryParse(json.Slice(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var unit)
            ? (char)unit
            : null;
}

public sealed class JourneyFormatException : Exception
{
    public JourneyFormatException(string message)
        : base(message)
    {
    }

    public JourneyFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = true,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(JourneyDocument))]
internal sealed partial class JourneyJsonContext : JsonSerializerContext;
