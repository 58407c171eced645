using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation.Options;

namespace OfficeJourney.Server.Http;

/// <summary>
/// The rows of a sheet as a list of the cells that hold something: a body of millions of empty cells or rows
/// costs nothing to hold, and past what a sheet may hold the rest is read past (parsed, not kept).
/// </summary>
[JsonConverter(typeof(GridRowsConverter))]
internal sealed class GridRows(int rows, int width, IReadOnlyList<(int Row, int Column, CellValue Value)> filled, int? nullRow, bool overflowed)
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
    private static readonly int MaxFilled = InterpretOptions.Default.MaxFilledCellsPerSheet;

    public override GridRows Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new GridJsonException("\"values\" is a list of rows.");
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
                throw new GridJsonException("A row is a list of cell values.");
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

                // Counted at each cell, not at the row's end: one row can hold millions of cells. The rest of
                // the row and of the body is read past, not kept: the endpoint refuses the sheet as too large.
                if (filled.Count > MaxFilled)
                {
                    ReadPast(ref reader); // the rest of this row
                    ReadPast(ref reader); // the rows after it
                    return new GridRows(rows + 1, Math.Max(width, column), filled, nullRow, overflowed: true);
                }
            }

            rows++;
            width = Math.Max(width, column);
        }

        return new GridRows(rows, width, filled, nullRow, overflowed: false);
    }

    /// <summary>Skips the rest of the list the reader is in, up to and including its end.</summary>
    private static void ReadPast(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }
    }

    // Grids are only read: no response holds one.
    public override void Write(Utf8JsonWriter writer, GridRows value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A grid is only read from a request.");
}
