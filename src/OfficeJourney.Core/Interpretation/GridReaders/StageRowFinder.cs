using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Finds the stage row of a grid from its lane labels: above them, under a "Stage" header or a title in its corner.</summary>
internal sealed class StageRowFinder(SheetView view)
{
    /// <summary>The row of stage names above lane labels in <paramref name="labelColumn"/>, the first at <paramref name="firstLabelRow"/>; -1 when there is none.</summary>
    public int Find(int labelColumn, int firstLabelRow)
    {
        var topmostLabelled = -1;
        for (var r = firstLabelRow - 1; r >= 0 && !view.IsTaken(r, labelColumn); r--)
        {
            var label = view.Text(r, labelColumn);
            var hasNames = HasTextToTheRight(r, labelColumn);
            if (label is null)
            {
                // A column of sub-row labels with no header ("Ancien élève / Nouvel élève") right after "Etapes": the stages are there.
                return hasNames && !(r > 0 && !view.IsTaken(r - 1, labelColumn) && view.Text(r - 1, labelColumn) is { } above && Lexicon.IsStageHeader(above))
                    ? r
                    : hasNames ? r - 1 : topmostLabelled;
            }

            if (Lexicon.IsStageHeader(label))
            {
                // "Etapes" merged over the stage names and a column of sub-rows: the stages are in its first row.
                while (r > 0 && view.Identity(r - 1, labelColumn) == view.Identity(r, labelColumn))
                {
                    r--;
                }

                return r;
            }

            if (!hasNames)
            {
                return topmostLabelled;
            }

            // A labelled row above the first recognised lane: a custom lane, or the stage row with a title in its corner.
            topmostLabelled = r;
        }

        return topmostLabelled;
    }

    private bool HasTextToTheRight(int row, int labelColumn)
    {
        var limit = Math.Min(view.Columns, labelColumn + 1 + 64);
        for (var c = labelColumn + 1; c < limit; c++)
        {
            if (view.IsTaken(row, c))
            {
                break;
            }

            if (!view.IsEmpty(row, c))
            {
                return true;
            }
        }

        return false;
    }
}
