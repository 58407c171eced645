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
/// The rows of a sheet as a list of the cells that hold something: a body of millions of empty cells or rows
/// costs nothing to hold, and past what a sheet may hold the rest is read past (parsed, not kept).
/// </summary>
[JsonConverter(typeof(GridRowsConverter))]
public sealed class GridRows(int rows, int width, IReadOnlyList<(int Row, int Column, CellValue Value)> filled, int? nullRow, bool overflowed)
{
    public int Rows { get; } = rows;

    /// <summary>The longest row's length.</summary>
    public int Width { get; } = width;

    public IReadOnlyList<(int Row, int Column, CellValue Value)> Filled { get; } = filled;

    /// <summary>The first row sent as null instead of a list, named by the endpoint.</summary>
    public int? NullRow { get; } = nullRow;

    /// <summary>More filled cells than a sheet is read with: what was kept is not the whole sheet.</summary>
    public bool Overflowed { get; } = overflowed;

    public long Area => (long)Rows * Width;
}

internal sealed class GridRowsConverter : JsonConverter<GridRows>
{
    private static readonly int MaxFilled = Interpretation.InterpretOptions.Default.MaxFilledCellsPerSheet;

    public override GridRows Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("\"values\" is a list of rows.");
        }

        var cells = new GridCellConverter();
        var filled = new List<(int, int, CellValue)>();
        int rows = 0, width = 0;
        int? nullRow = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                nullRow ??= rows;
                rows++;
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("A row is a list of cell values.");
            }

            var column = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var cell = cells.Read(ref reader, typeof(GridCell), options).Value;
                if (!cell.IsEmpty)
                {
                    filled.Add((rows, column, cell));
                }

                column++;
            }

            rows++;
            width = Math.Max(width, column);
            if (filled.Count > MaxFilled)
            {
                // The rest is read past, not kept: the endpoint refuses the sheet as too large.
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    reader.Skip();
                }

                return new GridRows(rows, width, filled, nullRow, overflowed: true);
            }
        }

        return new GridRows(rows, width, filled, nullRow, overflowed: false);
    }

    public override void Write(Utf8JsonWriter writer, GridRows value, JsonSerializerOptions options)
    {
        var cells = new GridCellConverter();
        var next = 0;
        writer.WriteStartArray();
        for (var r = 0; r < value.Rows; r++)
        {
            writer.WriteStartArray();
            for (var c = 0; c < value.Width; c++)
            {
                var here = next < value.Filled.Count && value.Filled[next].Row == r && value.Filled[next].Column == c;
                cells.Write(writer, new GridCell(here ? value.Filled[next++].Value : CellValue.Empty), options);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
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
