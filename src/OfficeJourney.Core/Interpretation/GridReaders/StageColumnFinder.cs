using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Finds which columns right of the lane labels hold the stages of a grid.</summary>
internal sealed class StageColumnFinder(SheetView view)
{
    private const int MaxBlankHeaders = 3;

    /// <summary>The columns right of the label column that may hold stages: up to a few blank headers, another table or a dividing row.</summary>
    public List<int> Provisional(int header, int labelColumn)
    {
        var columns = new List<int>();
        var blanks = 0;
        for (var c = labelColumn + 1; c < view.Columns && !view.IsTaken(header, c); c++)
        {
            var text = view.Text(header, c);
            if (text is null)
            {
                if (++blanks > MaxBlankHeaders)
                {
                    break;
                }

                columns.Add(c);
                continue;
            }

            // A row merged across the whole table ("Out of scope from here down") divides it from what follows.
            if (header + 1 < view.Rows && view.Identity(header, c) == view.Identity(header + 1, c))
            {
                break;
            }

            // Another table starts here: its own stage keyword, or lane labels after a spacer.
            if (Lexicon.IsStageHeader(text) || (blanks > 0 && view.LaneKindAt(header, c) is not null))
            {
                break;
            }

            blanks = 0;
            columns.Add(c);
        }

        return columns;
    }

    /// <summary>The stage columns once the lane rows are known: up to a column naming several lanes, without trailing spacers.</summary>
    public List<int> Final(int header, List<int> columns, List<int> laneRows)
    {
        var final = new List<int>(columns.Count);
        foreach (var c in columns)
        {
            if (IsForeignColumn(c, laneRows))
            {
                break;
            }

            final.Add(c);
        }

        // Trailing columns with neither a stage name nor content are spacers, not stages.
        while (final.Count > 0 && view.IsEmpty(header, final[^1]) && !GridLines.ColumnHasContent(view, final[^1], laneRows))
        {
            final.RemoveAt(final.Count - 1);
        }

        return final;
    }

    private bool IsForeignColumn(int column, List<int> laneRows) => GridLines.NamesSeveralLanes(view, laneRows.Select(r => (r, column)));
}
