using OfficeJourney.Diagnostics;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.Tables;

/// <summary>
/// A table found by its shape, and whether its stages run down (read through the transposed view). A list of
/// scores has no headers at all: its shape is in sheet view coordinates, names in the label column, scores at the right.
/// </summary>
internal readonly record struct FoundTable(bool Down, TableShape Shape, bool ScoreList);

/// <summary>The tables found by their shape, with the tables too large to be a journey, taken and reported once each.</summary>
internal sealed record FoundTables(IReadOnlyList<FoundTable> Tables, IReadOnlyList<Problem> Problems, CellClaims Taken);

/// <summary>
/// Finds journey tables by their shape when no lane label told where one is: blocks of filled cells (blank
/// columns between fields allowed) with a row of headers over a column of labels. Which axis holds the stages
/// is decided from the structure — repeated values, numbers down a column or along a row, merged headers,
/// the table's proportions — so that a grid written in a language the vocabulary does not know still reads.
/// </summary>
internal static class TableFinder
{
    private const int MaxGapColumns = 1;
    private const int MinHeaderlessRows = 3;

    // Journey sheets hold a handful of tables. Past these, a sheet is a data dump or an attack: what is left
    // of it stays in the notes, and the cost of looking stays a small multiple of the sheet's cells.
    private const int MaxBlocks = 1000;
    private const int AreaBudgetPerCell = 4;

    // The orientation shows in a table's first lines; looking further only costs.
    private const int MaxLinesWeighed = 64;

    public static FoundTables Find(SheetView sheet, InterpretOptions options)
    {
        var view = sheet.Draft();
        var tables = new List<FoundTable>();
        var problems = new List<Problem>();
        foreach (var block in Blocks(view))
        {
            if (block.Bottom - block.Top < 1 || block.Right - block.Left < 1 || TouchesRefused(view, block))
            {
                continue;
            }

            if (Math.Min(block.Bottom - block.Top, block.Right - block.Left) > options.MaxStages)
            {
                // More stages than a map may have whichever way it is read: a data table beside the journey, reported once
                // (a warning: it does not stand in the way of the maps found elsewhere), not noted cell by cell.
                problems.Add(Problem.Warning(
                    "grid.too-large",
                    $"The table here has {block.Bottom - block.Top + 1} rows and {block.Right - block.Left + 1} columns, more than a journey map has ({options.MaxStages} stages, {options.MaxLanes} lanes); it is not read. Select the journey grid and read that.",
                    view.Source(block.Top, block.Left)));
                view.Take(block.Top, block.Left, block.Bottom, block.Right);
                continue;
            }

            if (HeaderlessScores(view, block) is { } scores)
            {
                tables.Add(scores);
                continue;
            }

            if (!HasHeaders(view, block))
            {
                continue;
            }

            var down = options.Orientation switch
            {
                GridOrientation.StagesDown => true,
                GridOrientation.StagesAcross => false,
                _ => StagesRunDown(view, block),
            };
            tables.Add(down
                ? new FoundTable(true, new TableShape(block.Left, block.Right, block.Top, block.Bottom, StageColumn(view, block)), false)
                : new FoundTable(false, new TableShape(block.Top, block.Bottom, block.Left, block.Right, block.Top), false));
        }

        return new FoundTables(tables, problems, view.Claims);
    }

    /// <summary>The bounding boxes of groups of filled cells no grid has taken, touching side by side or across one blank column.</summary>
    public static List<CellArea> Blocks(SheetView view)
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

    // A table already tried through its lane labels and refused (no stage names) is not tried again by its shape.
    private static bool TouchesRefused(SheetView view, CellArea block)
    {
        for (var r = block.Top; r <= block.Bottom; r++)
        {
            for (var c = block.Left; c <= block.Right; c++)
            {
                if (view.IsRefused(r, c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A row of headers over a column of labels: at least two of each, as text.</summary>
    private static bool HasHeaders(SheetView view, CellArea block)
    {
        var across = 0;
        for (var c = block.Left + 1; c <= block.Right; c++)
        {
            across += view.IsTextAt(block.Top, c) ? 1 : 0;
        }

        var down = 0;
        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            down += view.IsTextAt(r, block.Left) ? 1 : 0;
        }

        return across >= 2 && down >= 2 && !HeadersRepeatBelow(view, block);
    }

    // A header names its column once; a first row whose values come again below it is data (what is left under an "out of scope" line).
    private static bool HeadersRepeatBelow(SheetView view, CellArea block)
    {
        for (var c = block.Left; c <= Math.Min(block.Right, block.Left + MaxLinesWeighed); c++)
        {
            if (view.Text(block.Top, c) is not { } header)
            {
                continue;
            }

            for (var r = block.Top + 1; r <= Math.Min(block.Bottom, block.Top + MaxLinesWeighed); r++)
            {
                if (view.Identity(r, c) != view.Identity(block.Top, c) && view.Text(r, c) == header)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Step names with a score beside each and no header at all ("Ver un video | 8"): stages down, and the
    /// scores are the emotion curve.
    /// </summary>
    private static FoundTable? HeaderlessScores(SheetView view, CellArea block)
    {
        if (block.Right != block.Left + 1 || block.Bottom - block.Top + 1 < MinHeaderlessRows)
        {
            return null;
        }

        for (var r = block.Top; r <= block.Bottom; r++)
        {
            if (!view.IsTextAt(r, block.Left) || !Numbers.TryParse(view.Text(r, block.Right) ?? string.Empty, out var score) || Math.Abs(score) > 100)
            {
                return null;
            }
        }

        return new FoundTable(true, new TableShape(block.Top, block.Bottom, block.Left, block.Right, -1), true);
    }

    /// <summary>
    /// Weighs what the structure says about the stage axis. Lanes are kinds of content, so a column of numbers or
    /// of repeated values is a lane (stages run down) and a row of them is a lane (stages run across); a label
    /// column whose values repeat is a long list with the stage written on every row; headers merged over two
    /// columns are stages; lane words the vocabulary knows count where they stand.
    /// </summary>
    private static bool StagesRunDown(SheetView view, CellArea whole)
    {
        var block = whole with
        {
            Bottom = Math.Min(whole.Bottom, whole.Top + MaxLinesWeighed),
            Right = Math.Min(whole.Right, whole.Left + MaxLinesWeighed),
        };
        var down = 0;
        var across = 0;
        for (var c = block.Left + 1; c <= block.Right; c++)
        {
            down += view.LaneKindAt(block.Top, c) is not null ? 2 : 0;
            down += view.IsStageKeywordAt(block.Top, c) ? 3 : 0;
            across += view.IsMergedAcross(block.Top, c) ? 1 : 0;
        }

        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            across += view.LaneKindAt(r, block.Left) is not null ? 2 : 0;
        }

        for (var c = block.Left + 1; c <= block.Right; c++)
        {
            down += Uniform(view, block.Top + 1, block.Bottom, c, down: true) ? 2 : 0;
        }

        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            across += Uniform(view, block.Left + 1, block.Right, r, down: false) ? 2 : 0;
        }

        for (var c = block.Left + 1; c <= block.Right; c++)
        {
            down += HasDuplicate(view, block.Top + 1, block.Bottom, c, down: true) ? 1 : 0;
        }

        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            across += HasDuplicate(view, block.Left + 1, block.Right, r, down: false) ? 1 : 0;
        }

        // Lane labels are short names; steps written as sentences down the first column are the stages.
        down += MedianWords(view, block.Top + 1, block.Bottom, block.Left) >= 5 ? 2 : 0;
        down += view.RepeatsDown(block.Top + 1, block.Bottom, block.Left) ? 3 : 0;
        var rows = whole.Bottom - whole.Top;
        var columns = FilledColumns(view, whole);
        down += rows > columns * 3 / 2 ? 1 : 0;
        across += columns > rows * 3 / 2 ? 1 : 0;
        return down > across;
    }

    /// <summary>The stage column of a stages-down table: the one headed "Stage" (or a synonym), else the first.</summary>
    private static int StageColumn(SheetView view, CellArea block)
    {
        for (var c = block.Left; c <= block.Right; c++)
        {
            if (view.IsStageKeywordAt(block.Top, c))
            {
                return c;
            }
        }

        return block.Left;
    }

    // A line of cells all numbers, or with values repeated (High, Medium, High…): one kind of content, a lane.
    private static bool Uniform(SheetView view, int from, int to, int line, bool down)
    {
        var values = new List<string>();
        for (var i = from; i <= to; i++)
        {
            var text = down ? view.Text(i, line) : view.Text(line, i);
            if (text is not null)
            {
                values.Add(text);
            }
        }

        if (values.Count < 2)
        {
            return false;
        }

        var numbers = values.Count(v => Numbers.TryParse(v, out _));
        var distinct = values.Select(TextKey.Normalize).Distinct(StringComparer.Ordinal).Count();
        return numbers == values.Count || (values.Count >= 3 && distinct <= values.Count / 2);
    }

    private static bool HasDuplicate(SheetView view, int from, int to, int line, bool down)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i <= to; i++)
        {
            if ((down ? view.Text(i, line) : view.Text(line, i)) is { } text && !Numbers.TryParse(text, out _) && !seen.Add(TextKey.Normalize(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static int MedianWords(SheetView view, int from, int to, int column)
    {
        var counts = new List<int>();
        for (var r = from; r <= to; r++)
        {
            if (view.Text(r, column) is { } text)
            {
                counts.Add(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }

        counts.Sort();
        return counts.Count == 0 ? 0 : counts[counts.Count / 2];
    }

    private static int FilledColumns(SheetView view, CellArea block)
    {
        var count = 0;
        for (var c = block.Left; c <= block.Right; c++)
        {
            count += view.IsEmpty(block.Top, c) ? 0 : 1;
        }

        return count;
    }
}
