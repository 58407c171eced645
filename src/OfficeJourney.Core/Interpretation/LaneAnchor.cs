using OfficeJourney.Interpretation.Options;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation;

/// <summary>Where the search for a grid starts: a column of lane labels (a row, when <paramref name="Down"/>), from its first label.</summary>
/// <param name="Down">The labels run along a row: the grid is read through the transposed view.</param>
/// <param name="Score">How surely this is a column of lane labels: the distinct lane kinds in it.</param>
internal readonly record struct LaneAnchor(bool Down, int Column, int Row, int Score)
{
    /// <summary>The column (or, transposed, the row) with the most distinct lane labels not yet taken.</summary>
    public static LaneAnchor? Find(SheetView view, GridOrientation orientation)
    {
        LaneAnchor? best = null;
        if (orientation != GridOrientation.StagesDown)
        {
            best = Better(best, BestColumn(view, down: false));
        }

        if (orientation != GridOrientation.StagesAcross)
        {
            best = Better(best, BestColumn(view.Transpose(), down: true));
        }

        return best;
    }

    private static LaneAnchor? Better(LaneAnchor? current, LaneAnchor? candidate) =>
        candidate is { } c && (current is not { } b || c.Score > b.Score) ? candidate : current;

    private static LaneAnchor? BestColumn(SheetView view, bool down)
    {
        LaneAnchor? best = null;
        var kinds = new HashSet<LaneKind>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < view.Columns; c++)
        {
            kinds.Clear();
            labels.Clear();
            var labelled = 0;
            var filled = 0;
            var first = -1;
            var keywordRow = -1;
            for (var r = 0; r < view.Rows; r++)
            {
                if (view.IsTaken(r, c))
                {
                    continue;
                }

                filled += view.IsEmpty(r, c) ? 0 : 1;
                if (view.LaneKindAt(r, c) is { } kind)
                {
                    kinds.Add(kind);
                    labelled++;
                    labels.Add(view.LabelKey(r, c)!);
                    if (first < 0)
                    {
                        first = r;
                    }
                }
                else if (first < 0 && keywordRow < 0 && view.IsStageKeywordAt(r, c))
                {
                    keywordRow = r;
                }
            }

            // Doing, Feeling, Doing, Feeling… names the lane of each row of a long table, it is not a column of lane labels.
            if (kinds.Count >= 2 && labelled >= 2 * labels.Count && labelled * 5 >= (filled - 1) * 4)
            {
                continue;
            }

            var score = kinds.Count + (keywordRow >= 0 ? 1 : 0);
            // Values merged down or written again under "Stage" are the stages of a long table, not lane labels: its shape decides.
            if (first < 0 && keywordRow >= 0 && keywordRow + 1 < view.Rows && !view.IsEmpty(keywordRow + 1, c) && !view.IsTaken(keywordRow + 1, c)
                && !view.RepeatsDown(keywordRow + 1, view.Rows - 1, c))
            {
                // "Stage" over rows of the user's own labels: a grid of custom lanes, found by its stage row alone.
                first = keywordRow + 1;
                score = 1;
            }

            if (first >= 0 && (score >= 2 || kinds.Count == 0) && score >= 1 && (best is null || score > best.Value.Score))
            {
                best = new LaneAnchor(down, c, first, score);
            }
        }

        return best;
    }
}
