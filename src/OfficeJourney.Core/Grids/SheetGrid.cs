namespace OfficeJourney.Grids;

/// <summary>
/// The cells of one worksheet range, as the task pane reads them with Office.js or as a workbook reader
/// extracts them: values (cached values for formulas, or values the reader evaluated when none was saved), where the range starts, merged areas, hidden rows
/// and columns, and whether the sheet is right to left. This is the one input of the interpreter.
/// </summary>
public sealed class SheetGrid
{
    private readonly CellValue[] cells;

    public SheetGrid(
        string name,
        CellAddress origin,
        int rows,
        int columns,
        CellValue[] cells,
        IReadOnlyList<CellRange>? mergedAreas = null,
        IReadOnlySet<int>? hiddenRows = null,
        IReadOnlySet<int>? hiddenColumns = null,
        bool rightToLeft = false,
        IReadOnlyList<UnreadFormula>? unreadFormulas = null,
        IReadOnlyList<CellPicture>? pictures = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if (cells.Length != rows * columns)
        {
            throw new ArgumentException($"Expected {rows * columns} cells, got {cells.Length}.", nameof(cells));
        }

        Name = name;
        Origin = origin;
        Rows = rows;
        Columns = columns;
        this.cells = cells;
        MergedAreas = mergedAreas ?? [];
        HiddenRows = hiddenRows ?? EmptySet;
        HiddenColumns = hiddenColumns ?? EmptySet;
        RightToLeft = rightToLeft;
        UnreadFormulas = unreadFormulas ?? [];
        Pictures = pictures ?? [];
    }

    private static readonly IReadOnlySet<int> EmptySet = new HashSet<int>();

    public string Name { get; }

    /// <summary>The sheet position of the first value (the top-left cell of the range).</summary>
    public CellAddress Origin { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Merged areas in sheet coordinates.</summary>
    public IReadOnlyList<CellRange> MergedAreas { get; }

    /// <summary>Hidden rows, as sheet row numbers (1-based).</summary>
    public IReadOnlySet<int> HiddenRows { get; }

    /// <summary>Hidden columns, as sheet column numbers (1-based).</summary>
    public IReadOnlySet<int> HiddenColumns { get; }

    public bool RightToLeft { get; }

    /// <summary>Formulas saved without a value that were not evaluated; their cells hold the formula as text.</summary>
    public IReadOnlyList<UnreadFormula> UnreadFormulas { get; }

    /// <summary>Pictures and shapes anchored to cells (the task pane does not send these).</summary>
    public IReadOnlyList<CellPicture> Pictures { get; }

    /// <summary>The value at a position relative to <see cref="Origin"/> (0-based).</summary>
    public CellValue this[int row, int column] => cells[(row * Columns) + column];

    /// <summary>Cells that hold a value (what reading the sheet costs, rather than its rows × columns).</summary>
    public int FilledCount => filled ??= cells.Count(cell => !cell.IsEmpty);

    private int? filled;

    /// <summary>Builds a grid from rows of values, as Office.js <c>range.values</c> gives them.</summary>
    public static SheetGrid FromRows(
        string name,
        IReadOnlyList<IReadOnlyList<CellValue>> rows,
        CellAddress? origin = null,
        IReadOnlyList<CellRange>? mergedAreas = null,
        IReadOnlySet<int>? hiddenRows = null,
        IReadOnlySet<int>? hiddenColumns = null,
        bool rightToLeft = false)
    {
        var width = 0;
        foreach (var row in rows)
        {
            width = Math.Max(width, row.Count);
        }

        var cells = new CellValue[rows.Count * width];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                cells[(r * width) + c] = rows[r][c];
            }
        }

        return new SheetGrid(name, origin ?? new CellAddress(1, 1), rows.Count, width, cells, mergedAreas, hiddenRows, hiddenColumns, rightToLeft);
    }
}

/// <summary>The sheets of one workbook (or of one task-pane read), with the file name and the document title when there are.</summary>
public sealed record WorkbookGrid(IReadOnlyList<SheetGrid> Sheets, string? FileName = null, string? Title = null);
