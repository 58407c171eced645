using OfficeJourney.Interpretation.Sheets;

namespace OfficeJourney.Interpretation.Tables;

/// <summary>The groups of filled cells on a sheet that no grid has taken: where tables may be.</summary>
internal static class CellBlocks
{
    private const int MaxGapColumns = 1;

    // Journey sheets hold a handful of tables. Past these, a sheet is a data dump or an attack: what is left
    // of it stays in the notes, and the cost of looking stays a small multiple of the sheet's cells.
    private const int MaxBlocks = 1000;
    private const int AreaBudgetPerCell = 4;

    /// <summary>The bounding boxes of groups of filled cells no grid has taken, touching side by side or across one blank column.</summary>
    public static List<CellArea> Find(SheetView view)
    {
        var seen = new bool[view.Rows * view.Columns];
        var blocks = new List<CellArea>();
        var stack = new Stack<(int Row, int Column)>();
        for (var r = 0; r < view.Rows; r++)
        {
            for (var c = 0; c < view.Columns; c++)
            {
                if (seen[(r * view.Columns) + c] || !Open(view, r, c))
                {
                    continue;
                }

                int top = r, left = c, bottom = r, right = c;
                seen[(r * view.Columns) + c] = true;
                stack.Push((r, c));
                while (stack.TryPop(out var cell))
                {
                    top = Math.Min(top, cell.Row);
                    bottom = Math.Max(bottom, cell.Row);
                    left = Math.Min(left, cell.Column);
                    right = Math.Max(right, cell.Column);
                    Visit(cell.Row + 1, cell.Column);
                    Visit(cell.Row - 1, cell.Column);
                    for (var step = 1; step <= MaxGapColumns + 1; step++)
                    {
                        Visit(cell.Row, cell.Column + step);
                        Visit(cell.Row, cell.Column - step);
                    }
                }

                blocks.Add(new CellArea(top, left, bottom, right));
            }
        }

        if (blocks.Count > MaxBlocks)
        {
            blocks.RemoveRange(MaxBlocks, blocks.Count - MaxBlocks);
        }

        var budget = (long)AreaBudgetPerCell * view.Rows * view.Columns;
        var affordable = new List<CellArea>(blocks.Count);
        foreach (var block in JoinRowAdjacent(blocks))
        {
            budget -= (long)(block.Bottom - block.Top + 1) * (block.Right - block.Left + 1);
            if (budget < 0)
            {
                break;
            }

            affordable.Add(WithoutTitleRows(view, block));
        }

        return affordable;

        void Visit(int row, int column)
        {
            if (row >= 0 && row < view.Rows && column >= 0 && column < view.Columns && !seen[(row * view.Columns) + column] && Open(view, row, column))
            {
                seen[(row * view.Columns) + column] = true;
                stack.Push((row, column));
            }
        }
    }

    /// <summary>
    /// Blocks on consecutive rows whose columns overlap or touch are one table: a section row of a step table
    /// ("Discover" alone in column A) touches the steps below it only diagonally.
    /// </summary>
    private static List<CellArea> JoinRowAdjacent(List<CellArea> blocks)
    {
        // One pass over the pairs (blocks are few, see MaxBlocks), joined through a union-find.
        var parent = Enumerable.Range(0, blocks.Count).ToArray();
        for (var i = 0; i < blocks.Count; i++)
        {
            for (var j = 0; j < blocks.Count; j++)
            {
                var (a, b) = (blocks[i], blocks[j]);
                if (b.Top == a.Bottom + 1 && b.Left <= a.Right + 1 && a.Left <= b.Right + 1)
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        var joined = new Dictionary<int, CellArea>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var root = Root(i);
            var b = blocks[i];
            joined[root] = joined.TryGetValue(root, out var a)
                ? new CellArea(Math.Min(a.Top, b.Top), Math.Min(a.Left, b.Left), Math.Max(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right))
                : b;
        }

        return [.. joined.Values.OrderBy(b => b.Top).ThenBy(b => b.Left)];

        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }
    }

    // A title written right above a table (one cell, or one merged area) is not its header row.
    private static CellArea WithoutTitleRows(SheetView view, CellArea block)
    {
        var top = block.Top;
        while (top < block.Bottom && Identities(view, top, block) == 1 && Identities(view, top + 1, block) > 1)
        {
            top++;
        }

        // What is left after the title may not reach as far left or right as the title did.
        int left = block.Right, right = block.Left;
        for (var r = top; r <= block.Bottom; r++)
        {
            for (var c = block.Left; c <= block.Right; c++)
            {
                if (!view.IsEmpty(r, c))
                {
                    left = Math.Min(left, c);
                    right = Math.Max(right, c);
                }
            }
        }

        return new CellArea(top, Math.Min(left, right), block.Bottom, Math.Max(left, right));
    }

    private static int Identities(SheetView view, int row, CellArea block)
    {
        var identities = new HashSet<int>();
        for (var c = block.Left; c <= block.Right; c++)
        {
            if (!view.IsEmpty(row, c))
            {
                identities.Add(view.Identity(row, c));
            }
        }

        return identities.Count;
    }

    private static bool Open(SheetView view, int row, int column) => !view.IsTaken(row, column) && !view.IsEmpty(row, column);
}
