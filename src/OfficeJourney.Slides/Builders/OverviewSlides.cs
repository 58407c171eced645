using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// Slide 2: the stages as a chevron band (phases above), the emotion curve aligned with the stage columns, and the
/// lanes below: touchpoints and channels as chips with room for a channel icon, the other lanes as native tables.
/// How many slides and which text size come from <see cref="OverviewPages"/>; more than six stages continue on
/// further slides with the band repeated.
/// </summary>
internal sealed class OverviewSlides : ISlideKind
{
    private static readonly long ChipPad = Emu.Points(3);

    public string Name => "overview";

    public DeckSlides Slide => DeckSlides.Overview;

    public bool Applies(JourneyMap map) => map.Stages.Count > 0;

    public int Fewest(JourneyMap map) => OverviewPages.Fewest(map);

    public void Add(DeckContext context)
    {
        var pages = OverviewPages.Of(context.Map);
        context.Plan(pages.Count);
        var hasCurve = Format.HasCurve(context.Map);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var title = DeckContext.Numbered(context.Words.Overview, p + 1, pages.Count);
            context.AddSlide(Notes(context, page, hasCurve), (xml, _) => Draw(xml, context, page, title, hasCurve));
        }
    }

    private static List<IconSlot> Draw(SlideXml xml, DeckContext context, OverviewPage page, string title, bool hasCurve)
    {
        var map = context.Map;
        var theme = context.Theme;
        var stages = page.Stages;
        context.TitleBar(xml, title);
        var labelWidth = OverviewRows.LabelWidth;
        var columnWidth = new OverviewRows(stages.Count).ColumnWidth;
        var stagesLeft = context.Text.RightToLeft ? DeckContext.Margin : DeckContext.Margin + labelWidth;
        long ColumnX(int index) => stagesLeft + (context.VisualColumn(index, stages.Count) * columnWidth);

        var y = OverviewPages.PhaseTop;
        if (map.Phases.Count > 0)
        {
            foreach (var phase in map.Phases)
            {
                var covered = stages.Select((stage, index) => (stage, index)).Where(s => s.stage >= phase.FirstStage && s.stage < phase.FirstStage + phase.StageCount).ToList();
                if (covered.Count == 0)
                {
                    continue;
                }

                var left = covered.Min(c => ColumnX(c.index));
                var right = covered.Max(c => ColumnX(c.index)) + columnWidth;
                xml.Shape("Phase " + phase.Name, "rect", new Box(left + Emu.Points(2), y, right - left - Emu.Points(4), OverviewPages.PhaseHeight), theme.Phase, null,
                    [new Paragraph(phase.Name, 11, Bold: true, Color: theme.Ink, Align: Align.Center)], Align.Center, insetPoints: 1);
            }

            y += OverviewPages.PhaseHeight + Emu.Points(4);
        }

        StageBand.Draw(xml, context, stages, ColumnX, columnWidth, y, OverviewPages.BandHeight);
        y += OverviewPages.BandHeight + Emu.Points(6);
        if (hasCurve)
        {
            OverviewCurve.Draw(xml, context, stages, i => ColumnX(i) + (columnWidth / 2), y, page.CurveHeight);
            y += page.CurveHeight;
        }

        // Columns as they are seen: the labels on the right in a right-to-left deck, aligned with the band and the chip rows.
        var rtl = context.Text.RightToLeft;
        var slots = new List<IconSlot>();
        var columns = new List<long> { labelWidth };
        columns.AddRange(stages.Select(_ => columnWidth));
        if (rtl)
        {
            columns.Reverse();
        }

        var r = 0;
        while (r < page.Rows.Count)
        {
            if (page.Rows[r].Chips)
            {
                slots.AddRange(DrawChipRow(xml, context, page.Rows[r], page.Size, y, page.Heights[r], ColumnX, columnWidth));
                y += page.Heights[r++];
                continue;
            }

            // The lanes between two chip rows stay one native, editable table.
            var rows = new List<(long Height, IReadOnlyList<TableCell> Cells)>();
            for (; r < page.Rows.Count && !page.Rows[r].Chips; r++)
            {
                var cells = Row(context, page.Rows[r], page.Size);
                if (rtl)
                {
                    cells.Reverse();
                }

                rows.Add((page.Heights[r], cells));
            }

            var height = rows.Sum(row => row.Height);
            xml.Table("Lanes", new Box(DeckContext.Margin, y, DeckContext.ContentWidth, height), columns, rows, theme.Line, OverviewRows.VerticalMargin, visualOrder: true);
            y += height;
        }

        return slots;
    }

    /// <summary>A row of shapes in the table's columns: the label as a cell, then each stage's touchpoints as chips.</summary>
    private static List<IconSlot> DrawChipRow(SlideXml xml, DeckContext context, OverviewRow row, double size, long top, long height, Func<int, long> columnX, long columnWidth)
    {
        var theme = context.Theme;
        var rtl = context.Text.RightToLeft;
        var labelX = rtl ? DeckContext.Margin + DeckContext.ContentWidth - OverviewRows.LabelWidth : DeckContext.Margin;
        xml.Shape("Lane " + row.Label, "rect", new Box(labelX, top, OverviewRows.LabelWidth, height), theme.Paper, theme.Line,
            [new Paragraph(row.Label, size, Bold: true, Color: theme.Ink)], lineWidthPoints: 0.75, insetPoints: 4);
        var slots = new List<IconSlot>();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = new Box(columnX(c), top, columnWidth, height);
            xml.Shape("Cell", "rect", cell, null, theme.Line, lineWidthPoints: 0.75);
            var area = new Box(cell.X + ChipPad, cell.Y + ChipPad, cell.Width - (2 * ChipPad), cell.Height - (2 * ChipPad));
            slots.AddRange(ChipColumn.Draw(xml, ChipColumn.Layout(row.Cells[c], area, size, rtl), size, theme.Phase, theme.Ink));
        }

        return slots;
    }

    private static List<TableCell> Row(DeckContext context, OverviewRow row, double size)
    {
        var theme = context.Theme;
        var (fill, color) = row.Kind switch
        {
            LaneKind.PainPoints => (theme.PainFill, theme.Pain),
            LaneKind.Opportunities => (theme.OpportunityFill, theme.Opportunity),
            _ => ((string?)null, (string?)null),
        };
        var cells = new List<TableCell> { new([new Paragraph(row.Label, size, Bold: true, Color: color ?? theme.Ink)], theme.Paper) };
        foreach (var items in row.Cells)
        {
            cells.Add(items.Count > 0
                ? new TableCell([.. items.Select(item => new Paragraph(item.Text, size, Color: theme.Ink, Prefix: row.Prefix, PrefixColor: color))], fill)
                : new TableCell([]));
        }

        return cells;
    }

    private static List<Paragraph> Notes(DeckContext context, OverviewPage page, bool hasCurve)
    {
        var map = context.Map;
        var notes = new List<Paragraph> { new(string.Join(" → ", page.Stages.Select(s => map.Stages[s].Name))) };
        if (hasCurve)
        {
            foreach (var s in page.Stages)
            {
                if (Format.StageEmotion(map, s) is { } score)
                {
                    notes.Add(new Paragraph($"{context.Words.Emotion} – {map.Stages[s].Name}: {Format.StageEmotionLabel(map, s) ?? string.Empty} {Format.Score(score, map.EmotionScale!, context.Text.RightToLeft)}".Trim()));
                }
            }
        }

        // The whole texts, where the slide may show an item cut or counted.
        foreach (var lane in page.Rows.Select(r => r.Lane))
        {
            foreach (var s in page.Stages)
            {
                foreach (var item in lane.Cells[s].Items)
                {
                    notes.Add(Paragraph.Note($"{lane.Label} – {map.Stages[s].Name}", item.Text));
                }
            }
        }

        return notes;
    }
}
