using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Grids;
using OfficeJourney.Model;

namespace OfficeJourney.Server.Http;

/// <summary>
/// One cell as Office.js <c>values</c> gives it: text, a number, a boolean, or nothing. Read straight from the
/// JSON tokens: a JsonElement per cell would hold a document of its own, gigabytes for a few million cells.
/// </summary>
[JsonConverter(typeof(GridCellConverter))]
internal readonly record struct GridCell(CellValue Value);

internal sealed class GridCellConverter : JsonConverter<GridCell>
{
    public override GridCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new(CellValue.FromText(CleanText.Of(Text(ref reader)))),
        // A number past double's range (1e400) is kept as the text it was sent as, not dropped.
        JsonTokenType.Number => new(reader.TryGetDouble(out var number) && double.IsFinite(number) ? CellValue.FromNumber(number) : CellValue.FromText(Encoding.UTF8.GetString(reader.ValueSpan))),
        JsonTokenType.True => new(CellValue.FromBoolean(true)),
        JsonTokenType.False => new(CellValue.FromBoolean(false)),
        JsonTokenType.Null => new(CellValue.Empty),
        _ => throw new GridJsonException("A cell is text, a number, true, false or null."),
    };

    // Cells are only read: no response holds one.
    public override void Write(Utf8JsonWriter writer, GridCell value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A grid cell is only read from a request.");

    /// <summary>
    /// The string's text. JSON may escape a lone surrogate ("\ud800"), of which .NET refuses to make a string:
    /// such a string is unescaped here by hand, and <see cref="CleanText"/> then drops what no file can hold.
    /// </summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            var text = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\' || i + 1 >= raw.Length)
                {
                    text.Append(raw[i]);
                    continue;
                }

                var escaped = raw[++i];
                if (escaped == 'u' && i + 4 < raw.Length && int.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    text.Append((char)code);
                    i += 4;
                    continue;
                }

                text.Append(escaped switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => escaped });
            }

            return text.ToString();
        }
    }
}
