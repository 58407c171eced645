using System.Globalization;

namespace OfficeJourney.Grids;

/// <summary>A cell position, 1-based, as in A1 notation.</summary>
public readonly record struct CellAddress(int Row, int Column)
{
    public const int MaxRows = 1_048_576;
    public const int MaxColumns = 16_384;

    public string ToA1() => ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => ToA1();

    public static string ColumnName(int column)
    {
        Span<char> buffer = stackalloc char[3];
        var i = buffer.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            buffer[--i] = (char)('A' + ((n - 1) % 26));
        }

        return new string(buffer[i..]);
    }

    /// <summary>Parses "C7" or "$C$7".</summary>
    public static bool TryParse(ReadOnlySpan<char> a1, out CellAddress address)
    {
        address = default;
        var i = 0;
        if (i < a1.Length && a1[i] == '$')
        {
            i++;
        }

        var column = 0;
        var start = i;
        while (i < a1.Length && char.IsAsciiLetter(a1[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(a1[i]) - 'A' + 1);
            if (column > MaxColumns)
            {
                return false;
            }

            i++;
        }

        if (i == start)
        {
            return false;
        }

        if (i < a1.Length && a1[i] == '$')
        {
            i++;
        }

        if (!int.TryParse(a1[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1 || row > MaxRows)
        {
            return false;
        }

        address = new CellAddress(row, column);
        return true;
    }
}

/// <summary>A rectangle of cells, such as a merged area or a range address.</summary>
public readonly record struct CellRange(CellAddress First, CellAddress Last)
{
    public int Rows => Last.Row - First.Row + 1;

    public int Columns => Last.Column - First.Column + 1;

    public bool Contains(int row, int column) =>
        row >= First.Row && row <= Last.Row && column >= First.Column && column <= Last.Column;

    public string ToA1() => First == Last ? First.ToA1() : $"{First.ToA1()}:{Last.ToA1()}";

    public override string ToString() => ToA1();

    /// <summary>Parses "B4:H20", "B4", or "Sheet1!B4:H20" / "'My sheet'!B4" (the sheet part is ignored).</summary>
    public static bool TryParse(string text, out CellRange range)
    {
        range = default;
        var bang = text.LastIndexOf('!');
        var span = text.AsSpan(bang + 1).Trim();
        var colon = span.IndexOf(':');
        if (colon < 0)
        {
            if (!CellAddress.TryParse(span, out var single))
            {
                return false;
            }

            range = new CellRange(single, single);
            return true;
        }

        if (!CellAddress.TryParse(span[..colon], out var first) || !CellAddress.TryParse(span[(colon + 1)..], out var last))
        {
            return false;
        }

        range = new CellRange(
            new CellAddress(Math.Min(first.Row, last.Row), Math.Min(first.Column, last.Column)),
            new CellAddress(Math.Max(first.Row, last.Row), Math.Max(first.Column, last.Column)));
        return true;
    }
}
