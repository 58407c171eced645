using OfficeJourney.Model;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// One row of the overview for the stages of one slide: a lane's label and, per stage column, its items. Touchpoints
/// and channels are chips (with room for a channel icon), every other lane a row of the native table.
/// </summary>
internal sealed record OverviewRow(string Label, LaneKind Kind, bool Chips, IReadOnlyList<IReadOnlyList<ChipItem>> Cells)
{
    public string? Prefix => Kind switch
    {
        LaneKind.PainPoints => "▼ ",
        LaneKind.Opportunities => "▲ ",
        _ => null,
    };
}

/// <summary>Turns lanes into overview rows and measures them: the column widths, and each row's height at a text size.</summary>
internal sealed class OverviewRows(int stageCount)
{
    public const double MinSize = 10;
    public const double MaxSize = 14;
    public static readonly long LabelWidth = Emu.Inches(1.6);
    public const double VerticalMargin = 2; // the table's cell margins above and below; 4 pt left and right
    private static readonly long CellMargins = Emu.Points(8);
    private static readonly long VerticalMargins = Emu.Points(2 * VerticalMargin);
    private static readonly long Slack = Emu.Points(2);
    private static readonly long ChipPad = Emu.Points(3);

    public long ColumnWidth { get; } = (DeckContext.ContentWidth - LabelWidth) / stageCount;

    /// <summary>The rows of <paramref name="lanes"/> for <paramref name="stages"/>; a touchpoint's channel comes from its words, its zone or the channels lane beside it.</summary>
    public static List<OverviewRow> Of(IReadOnlyList<Lane> lanes, IReadOnlyList<int> stages)
    {
        var channels = lanes.FirstOrDefault(l => l.Kind == LaneKind.Channels);
        var rows = new List<OverviewRow>(lanes.Count);
        foreach (var lane in lanes)
        {
            var chips = lane.Kind is LaneKind.Touchpoints or LaneKind.Channels;
            rows.Add(new OverviewRow(lane.Label, lane.Kind, chips, [.. stages.Select(s => (IReadOnlyList<ChipItem>)[.. lane.Cells[s].Items.Select((item, i) =>
                new ChipItem(item.Text, chips ? TouchpointChannel.Of(item, Beside(channels, lane, s, i)) : null))])]));
        }

        return rows;
    }

    public long Height(OverviewRow row, double size)
    {
        var label = TextFit.Height([row.Label], LabelWidth - CellMargins - Emu.Points(4), size) + VerticalMargins;
        long cells = 0;
        foreach (var items in row.Cells)
        {
            cells = Math.Max(cells, row.Chips
                ? ChipColumn.Height(items, ColumnWidth - (2 * ChipPad), size) + (2 * ChipPad)
                : TextFit.Height(items.Select(i => i.Text), ColumnWidth - CellMargins - PrefixWidth(row, size), size) + VerticalMargins);
        }

        return Math.Max(label, cells) + Slack;
    }

    /// <summary>
    /// A row taller than <paramref name="available"/> at the smallest size becomes several, each holding the next items of
    /// every stage; an item longer than a whole row is cut into pieces first, so nothing overflows and nothing is lost.
    /// </summary>
    public IEnumerable<OverviewRow> SplitTall(OverviewRow row, long available)
    {
        if (Height(row, MinSize) <= available)
        {
            yield return row;
            yield break;
        }

        var room = available - VerticalMargins - Slack - (2 * ChipPad);
        var width = ColumnWidth - CellMargins - (row.Chips ? ChipColumn.SlotSize(MinSize) + (2 * ChipPad) : 0);
        var perLine = (int)(width / (MinSize * 0.56 * Emu.PerPoint));
        var lines = (int)(room / TextFit.TallestLine(MinSize)) - 1;
        var pieceLength = Math.Max(1, perLine) * Math.Max(1, lines) * 9 / 10;
        var cells = row.Cells.Select(c => c.SelectMany(i => TextSplit.Pieces(i.Text, pieceLength).Select(p => i with { Text = p })).ToList()).ToList();
        var taken = new int[cells.Count];
        while (taken.Select((t, c) => t < cells[c].Count).Any(left => left))
        {
            var part = new List<IReadOnlyList<ChipItem>>(cells.Count);
            for (var c = 0; c < cells.Count; c++)
            {
                var items = new List<ChipItem>();
                while (taken[c] < cells[c].Count && (items.Count == 0 || Height(row with { Cells = [[.. items, cells[c][taken[c]]]] }, MinSize) <= available))
                {
                    items.Add(cells[c][taken[c]++]);
                }

                part.Add(items);
            }

            yield return row with { Cells = part };
        }
    }

    // The "▼ " before each item, taken off every line rather than the first only: cheaper, and on the generous side.
    private static long PrefixWidth(OverviewRow row, double size) => row.Prefix is null ? 0 : Emu.Points(size * 1.2);

    private static string? Beside(Lane? channels, Lane lane, int stage, int index) =>
        lane.Kind == LaneKind.Touchpoints && channels is not null && channels.Cells[stage].Items.Count == lane.Cells[stage].Items.Count
            ? channels.Cells[stage].Items[index].Text
            : null;
}
