using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>What a line of cells of a grid holds: content, or the names of lanes.</summary>
internal static class GridLines
{
    /// <summary>True when the row holds something in any of the columns.</summary>
    public static bool HasContent(SheetView view, int row, List<int> columns)
    {
        foreach (var c in columns)
        {
            if (!view.IsEmpty(row, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the column holds something in any of the rows.</summary>
    public static bool ColumnHasContent(SheetView view, int column, List<int> laneRows)
    {
        foreach (var r in laneRows)
        {
            if (!view.IsEmpty(r, column))
            {
                return true;
            }
        }

        return false;
    }

    // A header names each lane once, and is mostly lane names: Doing, Feeling, Doing… is a column of a long table
    // saying each row's lane, and a row of content with "Medium" and "Satisfaction" in it is still content.
    public static bool NamesSeveralLanes(SheetView view, IEnumerable<(int Row, int Column)> cells)
    {
        var kinds = new HashSet<LaneKind>();
        var filled = 0;
        foreach (var (row, column) in cells)
        {
            filled += view.IsEmpty(row, column) ? 0 : 1;
            if (view.LaneKindAt(row, column) is not null && Lexicon.ExactLaneKindOf(view.Text(row, column)!) is { } kind && !kinds.Add(kind))
            {
                return false;
            }
        }

        return kinds.Count >= 2 && kinds.Count * 2 >= filled;
    }
}
