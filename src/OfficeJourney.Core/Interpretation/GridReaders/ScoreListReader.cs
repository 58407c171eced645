using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Tables;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Reads step names with a score beside each and no header ("Primer paseo | 10") as stages and their emotion points.</summary>
internal static class ScoreListReader
{
    public static GridReading Read(SheetView sheet, TableShape list)
    {
        var view = sheet.Draft();
        var count = list.Bottom - list.Top + 1;
        var stages = new List<RawStage>(count);
        var scores = new RawLane(string.Empty, LaneKind.Emotions, view.Source(list.Top, list.Right), count);
        for (var r = list.Top; r <= list.Bottom; r++)
        {
            stages.Add(new RawStage(StageNames.Clean(view.Text(r, list.LabelColumn)!), view.Source(r, list.LabelColumn)));
            scores.Add(r - list.Top, new RawText(view.Text(r, list.Right)!, view.Source(r, list.Right), view.Identity(r, list.Right)));
        }

        view.Take(list.Top, list.LabelColumn, list.Bottom, list.Right);
        var grid = new RawGrid
        {
            Stages = stages,
            Phases = [],
            Lanes = [scores],
            SheetTop = view.SheetRowOf(list.Top, list.LabelColumn),
        };
        return new GridReading([grid], [], view.Claims);
    }
}
