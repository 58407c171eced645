using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// Slide 2: the stages as a chevron band (phases above), the emotion curve aligned with the stage columns,
/// and the other lanes as a native table. More than six stages continue on further slides with the band
/// repeated; lanes that do not fit continue on further slides too.
/// </summary>
internal sealed class OverviewSlides : ISlideKind
{
    private const int MaxStagesPerSlide = 6;
    private const double CellSize = 10;
    private static readonly long LabelWidth = Emu.Inches(1.6);
    private static readonly long PhaseTop = Emu.Inches(1.08);
    private static readonly long PhaseHeight = Emu.Inches(0.28);
    private static readonly long BandHeight = Emu.Inches(0.5);
    private static readonly long CurveHeight = Emu.Inches(0.95);
    private static readonly long CellMargins = Emu.Points(8);

    public string Name => "overview";

    public DeckSlides Slide => DeckSlides.Overview;

    public bool Applies(JourneyMap map) => map.Stages.Count > 0;

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var stageChunks = Format.Chunks(Enumerable.Range(0, map.Stages.Count).ToList(), MaxStagesPerSlide);
        var lanes = map.Lanes.Where(l => l.Kind != LaneKind.Emotions).ToList();
        var hasCurve = Format.HasCurve(map);
        var pages = new List<(List<int> Stages, List<Lane> Lanes)>();
        foreach (var stages in stageChunks)
        {
            foreach (var laneChunk in PageLanes(lanes, stages, hasCurve, map.Phases.Count > 0, LabelWidth))
            {
                pages.Add((stages, laneChunk));
            }
        }

        for (var p = 0; p < pages.Count; p++)
        {
            var (stages, pageLanes) = pages[p];
            var title = DeckContext.Numbered(context.Words.Overview, p + 1, pages.Count);
            context.AddSlide(Notes(context, stages, pageLanes, hasCurve), (xml, _) => Draw(xml, context, stages, pageLanes, title, hasCurve));
        }
    }

    private static IEnumerable<List<Lane>> PageLanes(List<Lane> lanes, List<int> stages, bool hasCurve, bool hasPhases, long labelWidth)
    {
        var available = DeckContext.ContentBottom - TableTop(hasCurve, hasPhases);
        var columnWidth = (DeckContext.ContentWidth - labelWidth) / stages.Count;
        var page = new List<Lane>();
        long used = 0;
        foreach (var lane in lanes.SelectMany(l => SplitTallLane(l, stages, columnWidth, labelWidth, available)))
        {
            var height = RowHeight(lane, stages, columnWidth, labelWidth);
            if (page.Count > 0 && used + height > available)
            {
                yield return page;
                page = [];
                used = 0;
            }

            page.Add(lane);
            used += height;
        }

        yield return page;
    }

    /// <summary>A lane taller than a slide becomes several rows, each holding the next items of every stage.</summary>
    private static IEnumerable<Lane> SplitTallLane(Lane lane, List<int> stages, long columnWidth, long labelWidth, long available)
    {
        if (RowHeight(lane, stages, columnWidth, labelWidth) <= available)
        {
            yield return lane;
            yield break;
        }

        var taken = new int[lane.Cells.Count];
        while (stages.Any(s => taken[s] < lane.Cells[s].Items.Count))
        {
            var cells = lane.Cells.Select(_ => new List<JourneyItem>()).ToArray();
            foreach (var s in stages)
            {
                long used = 0;
                var items = lane.Cells[s].Items;
                while (taken[s] < items.Count)
                {
                    var height = TextFit.Height([("▲ " + items[taken[s]].Text)], columnWidth - CellMargins, CellSize);
                    if (cells[s].Count > 0 && used + height > available - CellMargins - Emu.Points(4))
                    {
                        break;
                    }

                    cells[s].Add(items[taken[s]++]);
                    used += height;
                }
            }

            yield return lane with { Cells = [.. cells.Select(c => new LaneCell { Items = c })] };
        }
    }

    private static long TableTop(bool hasCurve, bool hasPhases) =>
        PhaseTop + (hasPhases ? PhaseHeight + Emu.Points(4) : 0) + BandHeight + Emu.Points(6) + (hasCurve ? CurveHeight : 0);

    private static long RowHeight(Lane lane, List<int> stages, long columnWidth, long labelWidth)
    {
        var height = TextFit.Height(TextFit.Lines(lane.Label, labelWidth - CellMargins, CellSize), CellSize);
        foreach (var s in stages)
        {
            height = Math.Max(height, TextFit.Height(Format.Items(lane.Cells[s]).Select(t => "▲ " + t), columnWidth - CellMargins, CellSize));
        }

        return height + CellMargins + Emu.Points(4);
    }

    private static void Draw(SlideXml xml, DeckContext context, List<int> stages, List<Lane> lanes, string title, bool hasCurve)
    {
        var map = context.Map;
        var theme = context.Theme;
        var rtl = context.Text.RightToLeft;
        context.TitleBar(xml, title);
        var labelWidth = LabelWidth;
        var columnWidth = (DeckContext.ContentWidth - labelWidth) / stages.Count;
        var stagesLeft = rtl ? DeckContext.Margin : DeckContext.Margin + labelWidth;
        long ColumnX(int index) => stagesLeft + (context.VisualColumn(index, stages.Count) * columnWidth);

        var y = PhaseTop;
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
                xml.Shape("Phase " + phase.Name, "rect", new Box(left + Emu.Points(2), y, right - left - Emu.Points(4), PhaseHeight), theme.Phase, null,
                    [new Paragraph(phase.Name, 11, Bold: true, Color: theme.Ink, Align: Align.Center)], Align.Center, insetPoints: 1);
            }

            y += PhaseHeight + Emu.Points(4);
        }

        StageBand.Draw(xml, context, stages, ColumnX, columnWidth, y, BandHeight);
        y += BandHeight + Emu.Points(6);
        if (hasCurve)
        {
            DrawCurve(xml, context, stages, i => ColumnX(i) + (columnWidth / 2), y);
            y += CurveHeight;
        }

        if (lanes.Count > 0)
        {
            var rows = lanes.Select(lane => (RowHeight(lane, stages, columnWidth, labelWidth), (IReadOnlyList<TableCell>)Row(context, lane, stages))).ToList();
            var columns = new List<long> { labelWidth };
            columns.AddRange(stages.Select(_ => columnWidth));
            xml.Table("Lanes", new Box(DeckContext.Margin, y, DeckContext.ContentWidth, rows.Sum(r => r.Item1)), columns, rows, theme.Line);
        }
    }

    private static List<TableCell> Row(DeckContext context, Lane lane, List<int> stages)
    {
        var theme = context.Theme;
        var (fill, prefix, color) = lane.Kind switch
        {
            LaneKind.PainPoints => (theme.PainFill, "▼ ", theme.Pain),
            LaneKind.Opportunities => (theme.OpportunityFill, "▲ ", theme.Opportunity),
            _ => ((string?)null, (string?)null, (string?)null),
        };
        var cells = new List<TableCell> { new([new Paragraph(lane.Label, CellSize, Bold: true, Color: color ?? theme.Ink)], theme.Paper) };
        foreach (var s in stages)
        {
            var items = lane.Cells[s].Items;
            cells.Add(new TableCell(
                [.. items.Select(item => new Paragraph(item.Text, CellSize, Color: theme.Ink, Prefix: prefix, PrefixColor: color))],
                items.Count > 0 ? fill : null));
        }

        return cells;
    }

    private static void DrawCurve(SlideXml xml, DeckContext context, List<int> stages, Func<int, long> centre, long top)
    {
        var map = context.Map;
        var scale = map.EmotionScale!;
        var theme = context.Theme;
        var pad = Emu.Inches(0.18);
        var points = new List<(long X, long Y, int Index, double Score)>();
        for (var i = 0; i < stages.Count; i++)
        {
            if (Format.StageEmotion(map, stages[i]) is { } score)
            {
                var y = top + pad + (long)((1 - ((scale.ToValence(score) + 1) / 2)) * (CurveHeight - (2 * pad) - Emu.Points(12)));
                points.Add((centre(i), y, i, score));
            }
        }

        xml.Shape("Emotion baseline", "rect", new Box(DeckContext.Margin, top + (CurveHeight / 2) - Emu.Points(6), DeckContext.ContentWidth, Emu.Points(0.75)), theme.Line, null);
        if (points.Count > 1)
        {
            xml.Polyline("Emotion curve", [.. points.Select(p => (p.X, p.Y))], theme.Curve, 2.5);
        }

        var dot = Emu.Inches(0.16);
        foreach (var (x, y, index, score) in points)
        {
            var valence = scale.ToValence(score);
            var color = valence > 0.3 ? theme.Opportunity : valence < -0.3 ? theme.Pain : theme.Curve;
            xml.Shape("Emotion " + map.Stages[stages[index]].Name, "ellipse", new Box(x - (dot / 2), y - (dot / 2), dot, dot), color, "FFFFFF", lineWidthPoints: 1.5);
            var label = Format.StageEmotionLabel(map, stages[index]) is { } word && !word.Equals(Format.Score(score, scale, false), StringComparison.Ordinal)
                ? $"{word} ({Format.Score(score, scale, context.Text.RightToLeft)})"
                : Format.Score(score, scale, context.Text.RightToLeft);
            xml.Shape("Emotion label", "rect", new Box(x - Emu.Inches(0.9), y + (dot / 2), Emu.Inches(1.8), Emu.Points(14)), null, null,
                [new Paragraph(label, 9, Color: theme.Muted, Align: Align.Center)], textBox: true, insetPoints: 0);
        }
    }

    private static List<Paragraph> Notes(DeckContext context, List<int> stages, List<Lane> lanes, bool hasCurve)
    {
        var map = context.Map;
        var notes = new List<Paragraph> { new(string.Join(" → ", stages.Select(s => map.Stages[s].Name))) };
        if (hasCurve)
        {
            foreach (var s in stages)
            {
                if (Format.StageEmotion(map, s) is { } score)
                {
                    notes.Add(new Paragraph($"{context.Words.Emotion} – {map.Stages[s].Name}: {Format.StageEmotionLabel(map, s) ?? string.Empty} {Format.Score(score, map.EmotionScale!, context.Text.RightToLeft)}".Trim()));
                }
            }
        }

        foreach (var lane in lanes)
        {
            foreach (var s in stages)
            {
                foreach (var item in lane.Cells[s].Items)
                {
                    notes.Add(new Paragraph($"{lane.Label} – {map.Stages[s].Name}: {item.Text}"));
                }
            }
        }

        return notes;
    }
}
