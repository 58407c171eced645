using OfficeJourney.Grids;

namespace OfficeJourney.Interpretation.Sheets;

/// <summary>
/// The visible cells of a sheet as a dense matrix, a cell an index: hidden rows and columns are gone and the cells
/// of a merged area point to the one that holds its value.
/// </summary>
internal sealed class SheetCells
{
    private readonly SheetGrid grid;
    private readonly int[] gridRows;
    private readonly int[] gridColumns;
    private readonly int[] mergeOf;
    private readonly string?[] texts;

    public SheetCells(SheetGrid grid)
    {
        this.grid = grid;
        gridRows = VisibleIndexes(grid.Rows, grid.Origin.Row, grid.HiddenRows);
        gridColumns = VisibleIndexes(grid.Columns, grid.Origin.Column, grid.HiddenColumns);
        var size = gridRows.Length * gridColumns.Length;
        texts = new string?[size];
        mergeOf = new int[size];
        Array.Fill(mergeOf, -1);
        for (var r = 0; r < gridRows.Length; r++)
        {
            for (var c = 0; c < gridColumns.Length; c++)
            {
                var value = grid[gridRows[r], gridColumns[c]];
                if (!value.IsEmpty)
                {
                    var text = value.AsText().Trim();
                    texts[(r * gridColumns.Length) + c] = text.Length == 0 ? null : text;
                }
            }
        }

        MapMergedAreas();
    }

    public string Sheet => grid.Name;

    public bool RightToLeft => grid.RightToLeft;

    public int Rows => gridRows.Length;

    public int Columns => gridColumns.Length;

    public int Count => texts.Length;

    /// <summary>The text at each index; null when empty. Read only.</summary>
    public string?[] Texts => texts;

    /// <summary>For a cell of a merged area, the index of its top-left, which holds the value; -1 elsewhere. Read only.</summary>
    public int[] MergeOf => mergeOf;

    /// <summary>The text at the index itself; null when empty.</summary>
    public string? TextAt(int index) => texts[index];

    /// <summary>The text only where the value really is (the top-left of a merged area); null elsewhere.</summary>
    public string? OwnText(int index) => mergeOf[index] >= 0 && mergeOf[index] != index ? null : texts[index];

    /// <summary>True when the value is text rather than a number, a boolean or an error.</summary>
    public bool IsTextValue(int index) =>
        grid[gridRows[index / gridColumns.Length], gridColumns[index % gridColumns.Length]].Kind == CellValueKind.Text;

    /// <summary>The sheet location of a cell (the merged area's top-left when merged).</summary>
    public SourceRef Source(int index)
    {
        index = mergeOf[index] >= 0 ? mergeOf[index] : index;
        var r = index / gridColumns.Length;
        var c = index % gridColumns.Length;
        return new SourceRef(grid.Name, new CellAddress(grid.Origin.Row + gridRows[r], grid.Origin.Column + gridColumns[c]).ToA1());
    }

    /// <summary>The sheet row number of a row of the matrix.</summary>
    public int SheetRow(int row) => grid.Origin.Row + gridRows[row];

    private static int[] VisibleIndexes(int count, int origin, IReadOnlySet<int> hidden)
    {
        if (hidden.Count == 0)
        {
            return Enumerable.Range(0, count).ToArray();
        }

        var visible = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (!hidden.Contains(origin + i))
            {
                visible.Add(i);
            }
        }

        return [.. visible];
    }

    private void MapMergedAreas()
    {
        if (grid.MergedAreas.Count == 0)
        {
            return;
        }

        // Grid-relative index → view index, to find visible cells of each merged area.
        var rowToView = InverseOf(gridRows, grid.Rows);
        var columnToView = InverseOf(gridColumns, grid.Columns);
        foreach (var area in grid.MergedAreas)
        {
            var top = Math.Max(area.First.Row - grid.Origin.Row, 0);
            var bottom = Math.Min(area.Last.Row - grid.Origin.Row, grid.Rows - 1);
            var left = Math.Max(area.First.Column - grid.Origin.Column, 0);
            var right = Math.Min(area.Last.Column - grid.Origin.Column, grid.Columns - 1);
            if (top > bottom || left > right)
            {
                continue;
            }

            var anchor = -1;
            for (var r = top; r <= bottom; r++)
            {
                var vr = rowToView[r];
                if (vr < 0)
                {
                    continue;
                }

                for (var c = left; c <= right; c++)
                {
                    var vc = columnToView[c];
                    if (vc < 0)
                    {
                        continue;
                    }

                    var index = (vr * gridColumns.Length) + vc;
                    if (anchor < 0)
                    {
                        anchor = index;

                        // The value lives in the area's top-left even when that cell is hidden.
                        var value = grid[top, left];
                        var text = value.IsEmpty ? null : value.AsText().Trim();
                        texts[index] = string.IsNullOrEmpty(text) ? null : text;
                    }

                    mergeOf[index] = anchor;
                }
            }
        }
    }

    private static int[] InverseOf(int[] visible, int count)
    {
        var inverse = new int[count];
        Array.Fill(inverse, -1);
        for (var i = 0; i < visible.Length; i++)
        {
            inverse[visible[i]] = i;
        }

        return inverse;
    }
}
