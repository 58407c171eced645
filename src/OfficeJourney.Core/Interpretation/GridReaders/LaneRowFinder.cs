using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Tables;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Finds which rows under the stage row of a grid are its lanes.</summary>
internal sealed class LaneRowFinder(SheetView view)
{
    private const int MaxBlankRows = 2;

    /// <summary>The rows under the stage row that are lanes, up to a gap, another table's header or a note; and the last of them.</summary>
    public (List<int> Rows, int LastRow) Read(int header, int labelColumn, List<int> columns)
    {
        var rows = new List<int>();
        var lastRow = header;
        var blankRun = 0;
        for (var r = header + 1; r < view.Rows && !view.IsTaken(r, labelColumn); r++)
        {
            var label = view.Text(r, labelColumn);
            var content = GridLines.HasContent(view, r, columns);
            if (label is null && !content)
            {
                if (++blankRun > MaxBlankRows)
                {
                    break;
                }

                continue;
            }

            if (label is not null && Lexicon.IsStageHeader(label) && view.Identity(r, labelColumn) != view.Identity(header, labelColumn))
            {
                break; // the stage row of another grid
            }

            if (blankRun > 0 && (label is null || (view.LaneKindAt(r, labelColumn) is null && !content)))
            {
                break; // after a gap, only more lanes continue the grid
            }

            if (label is not null && !content && view.LaneKindAt(r, labelColumn) is null && IsKeyValueLine(label))
            {
                break; // "Source: interviews, March" under the grid is a note, not a lane
            }

            if (LooksLikeHeaderOfAnotherTable(r, columns))
            {
                break;
            }

            blankRun = 0;
            rows.Add(r);
            lastRow = r;
        }

        return (rows, lastRow);
    }

    /// <summary>Every row of a table found by its shape but the stage row, even after a blank row or with labels no vocabulary knows.</summary>
    public (List<int> Rows, int LastRow) Read(TableShape table, List<int> columns)
    {
        var rows = new List<int>();
        for (var r = table.Top; r <= table.Bottom; r++)
        {
            if (r != table.StageRow && !view.IsTaken(r, table.LabelColumn) && (view.Text(r, table.LabelColumn) is not null || GridLines.HasContent(view, r, columns)))
            {
                rows.Add(r);
            }
        }

        return (rows, table.Bottom);
    }

    private static bool IsKeyValueLine(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon > 0 && colon < text.Length - 1;
    }

    // Content may mention lanes ("Staff greet guests"); another table's header names them exactly.
    private bool LooksLikeHeaderOfAnotherTable(int row, List<int> columns) => GridLines.NamesSeveralLanes(view, columns.Select(c => (row, c)));
}
