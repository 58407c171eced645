using OfficeJourney.Grids;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation.Sheets;

/// <summary>
/// The visible cells of a sheet as the readers see them: merged areas read as their top-left value, and the whole
/// can be looked at transposed, so that one reader handles stages across and stages down alike. Cells taken by a
/// grid are marked so the next search skips them. A reader works on a <see cref="Draft"/>: what it takes is taken
/// for it at once, and for the sheet only when the interpreter keeps what it read (<see cref="MarkTaken"/>).
/// </summary>
internal sealed class SheetView
{
    private readonly SheetCells cells;
    private readonly CellLabels labels;

    // Kept here rather than asked of the cells each time: the search for lane labels looks at every cell of the
    // sheet on each of its tries, and every look works out an index and reads a text.
    private readonly int height;
    private readonly int width;
    private readonly string?[] texts;
    private readonly int[] mergeOf;
    private readonly bool[] taken;
    private readonly bool[] refused;
    private readonly bool transposed;
    private readonly CellClaims? claims;

    public SheetView(SheetGrid grid)
    {
        cells = new SheetCells(grid);
        labels = new CellLabels(cells);
        height = cells.Rows;
        width = cells.Columns;
        texts = cells.Texts;
        mergeOf = cells.MergeOf;
        taken = new bool[cells.Count];
        refused = new bool[cells.Count];
    }

    private SheetView(SheetView source, bool transposed, CellClaims? claims)
    {
        cells = source.cells;
        labels = source.labels;
        height = source.height;
        width = source.width;
        texts = source.texts;
        mergeOf = source.mergeOf;
        taken = source.taken;
        refused = source.refused;
        this.transposed = transposed;
        this.claims = claims;
    }

    public string Sheet => cells.Sheet;

    public bool RightToLeft => cells.RightToLeft;

    public int Rows => transposed ? width : height;

    public int Columns => transposed ? height : width;

    public SheetView Transpose() => new(this, !transposed, claims);

    /// <summary>The same cells for one reader, with nothing taken of its own yet.</summary>
    public SheetView Draft() => new(this, transposed, new CellClaims(height, width));

    /// <summary>The cells taken on this draft.</summary>
    public CellClaims Claims => claims ?? throw new InvalidOperationException("Cells are taken on a draft of the sheet.");

    /// <summary>The text of the cell, or of the merged area it lies in; null when empty.</summary>
    public string? Text(int row, int column) => texts[Identity(row, column)];

    /// <summary>The cell's text as labels are compared (<see cref="StageNames.Key"/>).</summary>
    public string? LabelKey(int row, int column) => labels.KeyAt(Identity(row, column));

    /// <summary>The text only where the value really is (the top-left of a merged area); null elsewhere.</summary>
    public string? OwnText(int row, int column) => cells.OwnText(Index(row, column));

    /// <summary>Identifies the merged area of a cell (or the cell itself), to tell one spanning value from repeated ones.</summary>
    public int Identity(int row, int column)
    {
        var index = Index(row, column);
        return mergeOf[index] >= 0 ? mergeOf[index] : index;
    }

    /// <summary>True when the cell is part of a merged area wider (in view columns) than one cell.</summary>
    public bool IsMergedAcross(int row, int column) =>
        (column > 0 && Identity(row, column - 1) == Identity(row, column)) ||
        (column + 1 < Columns && Identity(row, column + 1) == Identity(row, column));

    /// <summary>The lane a cell's own text names as a label, if any.</summary>
    public LaneKind? LaneKindAt(int row, int column) => labels.LaneKindAt(Index(row, column));

    /// <summary>The persona key a cell's own text names ("Name", "Age: 34"), if any.</summary>
    public PersonaKey? PersonaKeyAt(int row, int column) => labels.PersonaKeyAt(Index(row, column));

    /// <summary>True when the cell's own text is a stage header word ("Stage", "Giai đoạn").</summary>
    public bool IsStageKeywordAt(int row, int column) => labels.IsStageKeywordAt(Index(row, column));

    /// <summary>Stops a cell from counting as a lane label, leaving its text for the notes.</summary>
    public void ForgetLabel(int row, int column) => labels.Forget(Index(row, column));

    public bool IsEmpty(int row, int column) => Text(row, column) is null;

    /// <summary>True when the cell (or its merged area) holds text rather than a number, a boolean or an error.</summary>
    public bool IsTextAt(int row, int column)
    {
        var index = Identity(row, column);
        return texts[index] is not null && cells.IsTextValue(index);
    }

    /// <summary>
    /// True when a value in the column is merged down or written again right under itself (Awareness, Awareness,
    /// Consideration…): a stage of several rows in a long table. Stops at a cell a grid has taken.
    /// </summary>
    public bool RepeatsDown(int from, int to, int column)
    {
        for (var r = from + 1; r <= to && !IsTaken(r, column); r++)
        {
            if (Text(r, column) is { } text && (Identity(r, column) == Identity(r - 1, column) || text == Text(r - 1, column)))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsTaken(int row, int column)
    {
        var (r, c) = transposed ? (column, row) : (row, column);
        return taken[(r * width) + c] || (claims is not null && claims.Contains(r, c));
    }

    /// <summary>Takes cells on a draft: this reader's later searches skip them.</summary>
    public void Take(int top, int left, int bottom, int right)
    {
        var area = new CellArea(top, left, bottom, right);
        Claims.Add(transposed ? area.Transposed() : area);
    }

    /// <summary>Marks the cells a reader took as taken: no later search looks at them.</summary>
    public void MarkTaken(CellClaims taker)
    {
        foreach (var area in taker.Areas)
        {
            for (var r = area.Top; r <= area.Bottom; r++)
            {
                Array.Fill(taken, true, (r * width) + area.Left, area.Right - area.Left + 1);
            }
        }
    }

    /// <summary>
    /// Gives up the label cells of a table tried as a journey and refused: they no longer count as lane labels
    /// (their text is left for the notes), and the search by shape leaves that table alone.
    /// </summary>
    public void Refuse(CellArea labelCells)
    {
        for (var r = labelCells.Top; r <= labelCells.Bottom; r++)
        {
            for (var c = labelCells.Left; c <= labelCells.Right; c++)
            {
                refused[Index(r, c)] = true;
                ForgetLabel(r, c);
            }
        }
    }

    public bool IsRefused(int row, int column) => refused[Index(row, column)];

    /// <summary>The sheet location of a view cell (the merged area's top-left when merged).</summary>
    public SourceRef Source(int row, int column) => cells.Source(Index(row, column));

    /// <summary>The sheet row number of a view row (of a view column when transposed).</summary>
    public int SheetRowOf(int row, int column) => cells.SheetRow(transposed ? column : row);

    private int Index(int row, int column) =>
        transposed ? (column * width) + row : (row * width) + column;
}
