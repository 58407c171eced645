using OfficeJourney.Model;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// One row of the overview for the stages of one slide: a lane's label and, per stage column, its items. Touchpoints
/// and channels are chips (with room for a channel icon), every other lane a row of the native table.
/// </summary>
internal sealed record OverviewRow(Lane Lane, string Label, LaneKind Kind, bool Chips, IReadOnlyList<IReadOnlyList<ChipItem>> Cells)
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
    public const int MaxItemLines = 3;
    public const int MaxCellLines = 4;
    public static readonly long LabelWidth = Emu.Inches(1.6);
    public const double VerticalMargin = 2; // the table's cell margins above and below; 4 pt left and right
    private static readonly long CellMargins = Emu.Points(8);
    private static readonly long VerticalMargins = Emu.Points(2 * VerticalMargin);
    private static readonly long Slack = Emu.Points(2);
    private static readonly long ChipPad = Emu.Points(3);

    /// <summary>No row is shorter: its label takes a line at least, at 10 pt at least.</summary>
    public static long ShortestRow => TextFit.Height(1, MinSize) + VerticalMargins + Slack;

    public long ColumnWidth { get; } = (DeckContext.ContentWidth - LabelWidth) / stageCount;

    /// <summary>
    /// The rows of <paramref name="lanes"/> for <paramref name="stages"/>; a touchpoint's channel comes from its words, its
    /// zone or the channels lane beside it. The overview is the map at a glance: an item shows at most
    /// <see cref="MaxItemLines"/> lines and a cell <see cref="MaxCellLines"/>, cut with "…" and the items left counted
    /// ("+2"); every text is whole on its stage's slide and in the overview's notes.
    /// </summary>
    public List<OverviewRow> Of(IReadOnlyList<Lane> lanes, IReadOnlyList<int> stages)
    {
        var channels = lanes.FirstOrDefault(l => l.Kind == LaneKind.Channels);
        var rows = new List<OverviewRow>(lanes.Count);
        foreach (var lane in lanes)
        {
            var chips = lane.Kind is LaneKind.Touchpoints or LaneKind.Channels;
            var width = chips ? ChipColumn.TextWidth(ColumnWidth - (2 * ChipPad), MinSize, slot: true) - Emu.Points(4) : ColumnWidth - CellMargins - Emu.Points(MinSize * 1.2);
            rows.Add(new OverviewRow(lane, TextFit.Fitted(lane.Label, LabelWidth - CellMargins - Emu.Points(4), MinSize, MaxCellLines), lane.Kind, chips, [.. stages.Select(s => Glance(lane.Cells[s].Items, width, (item, i) =>
                chips ? TouchpointChannel.Of(item, Beside(channels, lane, s, i)) : null))]));
        }

        return rows;
    }

    private static List<ChipItem> Glance(IReadOnlyList<JourneyItem> items, long width, Func<JourneyItem, int, string?> channel)
    {
        var shown = new List<ChipItem>(items.Count);
        var budget = MaxCellLines;
        for (var i = 0; i < items.Count; i++)
        {
            var room = Math.Min(MaxItemLines, budget - (i < items.Count - 1 ? 1 : 0));
            if (room < 1)
            {
                break;
            }

            var text = TextFit.Fitted(items[i].Text, width, MinSize, room);
            shown.Add(new ChipItem(text, channel(items[i], i)));
            budget -= TextFit.Lines(text, width, MinSize);
        }

        if (shown.Count < items.Count)
        {
            shown.Add(new ChipItem("+" + (items.Count - shown.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        return shown;
    }

    public long Height(OverviewRow row, double size)
    {
        var label = TextFit.Height(row.Label, LabelWidth - CellMargins - Emu.Points(4), size) + VerticalMargins;
        long cells = 0;
        foreach (var items in row.Cells)
        {
            cells = Math.Max(cells, row.Chips
                ? ChipColumn.Height(items, ColumnWidth - (2 * ChipPad), size) + (2 * ChipPad)
                : TextFit.Height(items.Select(i => i.Text), ColumnWidth - CellMargins - PrefixWidth(row, size), size) + VerticalMargins);
        }

        return Math.Max(label, cells) + Slack;
    }

    // The "▼ " before each item, taken off every line rather than the first only: cheaper, and on the generous side.
    private static long PrefixWidth(OverviewRow row, double size) => row.Prefix is null ? 0 : Emu.Points(size * 1.2);

    private static string? Beside(Lane? channels, Lane lane, int stage, int index) =>
        lane.Kind == LaneKind.Touchpoints && channels is not null && channels.Cells[stage].Items.Count == lane.Cells[stage].Items.Count
            ? channels.Cells[stage].Items[index].Text
            : null;
}
