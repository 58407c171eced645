using OfficeJourney.Interpretation.Options;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;

namespace OfficeJourney.Interpretation.Tables;

/// <summary>
/// Finds journey tables by their shape when no lane label told where one is: blocks of filled cells (blank
/// columns between fields allowed) with a row of headers over a column of labels. Which axis holds the stages
/// is decided from the structure — repeated values, numbers down a column or along a row, merged headers,
/// the table's proportions — so that a grid written in a language the vocabulary does not know still reads.
/// </summary>
internal static class TableFinder
{
    private const int MinHeaderlessRows = 3;

    public static FoundTables Find(SheetView sheet, InterpretOptions options)
    {
        var view = sheet.Draft();
        var tables = new List<FoundTable>();
        var problems = new List<Problem>();
        foreach (var block in CellBlocks.Find(view))
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
                _ => StageAxis.StagesRunDown(view, block),
            };
            tables.Add(down
                ? new FoundTable(true, new TableShape(block.Left, block.Right, block.Top, block.Bottom, StageAxis.StageColumn(view, block)), false)
                : new FoundTable(false, new TableShape(block.Top, block.Bottom, block.Left, block.Right, block.Top), false));
        }

        return new FoundTables(tables, problems, view.Claims);
    }

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
        for (var c = block.Left; c <= Math.Min(block.Right, block.Left + StageAxis.MaxLinesWeighed); c++)
        {
            if (view.Text(block.Top, c) is not { } header)
            {
                continue;
            }

            for (var r = block.Top + 1; r <= Math.Min(block.Bottom, block.Top + StageAxis.MaxLinesWeighed); r++)
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
}
