using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Grids;
using OfficeJourney.Model;

namespace OfficeJourney.Server.Endpoints;

/// <summary>
/// One cell as Office.js <c>values</c> gives it: text, a number, a boolean, or nothing. Read straight from the
/// JSON tokens: a JsonElement per cell would hold a document of its own, gigabytes for a few million cells.
/// </summary>
[JsonConverter(typeof(GridCellConverter))]
public readonly record struct GridCell(CellValue Value);

/// <summary>
/// The rows of a sheet, read row by row while counting: past what the interpreter reads of one sheet, the rest
/// of the rows is skipped (parsed, not kept), so a body of millions of tiny cells costs no more memory than the limit.
/// </summary>
[JsonConverter(typeof(GridRowsConverter))]
public sealed class GridRows(List<IReadOnlyList<GridCell>> rows, bool overflowed) : IReadOnlyList<IReadOnlyList<GridCell>>
{
    /// <summary>Rows × widest row reached the limit: what was read is not the whole sheet.</summary>
    public bool Overflowed { get; } = overflowed;

    public int Count => rows.Count;

    public IReadOnlyList<GridCell> this[int index] => rows[index];

    public IEnumerator<IReadOnlyList<GridCell>> GetEnumerator() => rows.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

internal sealed class GridRowsConverter : JsonConverter<GridRows>
{
    private static readonly long Limit = Interpretation.InterpretOptions.Default.MaxCellsPerSheet;

    public override GridRows Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("\"values\" is a list of rows.");
        }

        var cells = new GridCellConverter();
        var rows = new List<IReadOnlyList<GridCell>>();
        long widest = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                rows.Add(null!); // named by the endpoint: "values[3] is null"
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("A row is a list of cell values.");
            }

            var row = new List<GridCell>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                row.Add(cells.Read(ref reader, typeof(GridCell), options));
            }

            rows.Add(row);
            widest = Math.Max(widest, row.Count);
            if (rows.Count * Math.Max(widest, 1) > Limit)
            {
                // The rest is read past, not kept: the endpoint refuses the sheet as too large.
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    reader.Skip();
                }

                return new GridRows(rows, overflowed: true);
            }
        }

        return new GridRows(rows, overflowed: false);
    }

    public override void Write(Utf8JsonWriter writer, GridRows value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.AsEnumerable(), options);
}

internal sealed class GridCellConverter : JsonConverter<GridCell>
{
    public override GridCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new(CellValue.FromText(CleanText.Of(Text(ref reader)))),
        JsonTokenType.Number => new(reader.TryGetDouble(out var number) ? CellValue.FromNumber(number) : CellValue.Empty),
        JsonTokenType.True => new(CellValue.FromBoolean(true)),
        JsonTokenType.False => new(CellValue.FromBoolean(false)),
        JsonTokenType.Null => new(CellValue.Empty),
        _ => throw new JsonException("A cell is text, a number, true, false or null."),
    };

    public override void Write(Utf8JsonWriter writer, GridCell value, JsonSerializerOptions options)
    {
        switch (value.Value.Kind)
        {
            case CellValueKind.Number:
                writer.WriteNumberValue(value.Value.Number);
                break;
            case CellValueKind.Boolean:
                writer.WriteBooleanValue(value.Value.Number != 0);
                break;
            case CellValueKind.Empty:
                writer.WriteNullValue();
                break;
            default:
                writer.WriteStringValue(value.Value.AsText());
                break;
        }
    }

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
