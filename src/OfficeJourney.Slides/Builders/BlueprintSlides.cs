using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>The service blueprint: customer actions, evidence, frontstage, the line of visibility, backstage and support processes as swimlanes.</summary>
internal sealed class BlueprintSlides : ISlideKind
{
    private const int MaxStagesPerSlide = 5;
    private static readonly LaneKind[] Layers = [LaneKind.Actions, LaneKind.PhysicalEvidence, LaneKind.Frontstage, LaneKind.Backstage, LaneKind.SupportProcesses];
    private static readonly long LabelWidth = Emu.Inches(1.7);

    // The line of visibility and its label take a band of their own between the frontstage and backstage lanes, so the label covers no lane.
    private static readonly long VisibilityGap = Emu.Points(12);
    private static readonly long VisibilityLabelHeight = Emu.Points(14);

    // Bold letters are wider than the regular ones the text estimate measures.
    private const double BoldWidth = 1.08;

    public string Name => "blueprint";

    public DeckSlides Slide => DeckSlides.Blueprint;

    public bool Applies(JourneyMap map) => map.Type == MapType.ServiceBlueprint && map.Lanes.Any(l => l.Kind is LaneKind.Frontstage or LaneKind.Backstage);

    public int Fewest(JourneyMap map) => Applies(map) ? (map.Stages.Count + MaxStagesPerSlide - 1) / MaxStagesPerSlide : 0;

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var lanes = Layers.Select(kind => map.Lanes.FirstOrDefault(l => l.Kind == kind)).Where(l => l is not null).Select(l => l!).ToList();
        var chunks = Format.Chunks(Enumerable.Range(0, map.Stages.Count).ToList(), MaxStagesPerSlide);
        for (var p = 0; p < chunks.Count; p++)
        {
            var stages = chunks[p];
            var title = DeckContext.Numbered(context.Words.Blueprint, p + 1, chunks.Count);
            var notes = lanes.SelectMany(l => stages.SelectMany(s => l.Cells[s].Items.Select(i => Paragraph.Note($"{l.Label} – {map.Stages[s].Name}", i.Text)))).ToList();
            context.AddSlide(notes, (xml, _) => Draw(xml, context, lanes, stages, title));
        }
    }

    private static void Draw(SlideXml xml, DeckContext context, List<Lane> lanes, List<int> stages, string title)
    {
        var map = context.Map;
        var theme = context.Theme;
        var rtl = context.Text.RightToLeft;
        context.TitleBar(xml, title);
        var columnWidth = (DeckContext.ContentWidth - LabelWidth) / stages.Count;
        var stagesLeft = rtl ? DeckContext.Margin : DeckContext.Margin + LabelWidth;
        var labelLeft = rtl ? DeckContext.Margin + DeckContext.ContentWidth - LabelWidth : DeckContext.Margin;
        var top = DeckContext.ContentTop + Emu.Inches(0.1);
        var bandHeight = Emu.Inches(0.45);
        StageBand.Draw(xml, context, stages, i => stagesLeft + (context.VisualColumn(i, stages.Count) * columnWidth), columnWidth, top, bandHeight);
        var y = top + bandHeight + Emu.Points(8);
        var laneHeight = (DeckContext.ContentBottom - y - Emu.Points(10) - (lanes.Any(l => l.Kind == LaneKind.Backstage) ? VisibilityGap : 0)) / Math.Max(1, lanes.Count);
        foreach (var lane in lanes)
        {
            if (lane.Kind == LaneKind.Backstage)
            {
                LineOfVisibility(xml, context, y - Emu.Points(6));
                y += VisibilityGap;
            }

            var fill = lane.Kind is LaneKind.Backstage or LaneKind.SupportProcesses ? theme.Paper : "FFFFFF";
            xml.Shape("Lane " + lane.Label, "rect", new Box(labelLeft, y, LabelWidth - Emu.Points(4), laneHeight - Emu.Points(6)), theme.Phase, null,
                [new Paragraph(lane.Label, 11, Bold: true, Color: theme.Ink)], Align.Center, insetPoints: 4);
            for (var i = 0; i < stages.Count; i++)
            {
                var items = lane.Cells[stages[i]].Items;
                if (items.Count == 0)
                {
                    continue;
                }

                var x = stagesLeft + (context.VisualColumn(i, stages.Count) * columnWidth);
                xml.Shape($"{lane.Label} {map.Stages[stages[i]].Name}", "roundRect", new Box(x + Emu.Points(3), y, columnWidth - Emu.Points(6), laneHeight - Emu.Points(6)), fill, theme.Line,
                    [.. items.Select(item => new Paragraph(item.Text, 10, Color: theme.Ink))], insetPoints: 4);
            }

            y += laneHeight;
        }
    }

    /// <summary>
    /// The dashed line of visibility in the gap starting at <paramref name="gapTop"/>, its label at the line's start (the
    /// right, right to left) and as wide as its words need, the line running on from the label to the far side.
    /// </summary>
    private static void LineOfVisibility(SlideXml xml, DeckContext context, long gapTop)
    {
        var words = context.Words.LineOfVisibility;
        var width = LabelWidth - Emu.Points(4);
        while (TextFit.Lines(words, (long)(width / BoldWidth), 10) > 1 && width < DeckContext.ContentWidth / 2)
        {
            width += Emu.Points(12);
        }

        var labelTop = gapTop + Emu.Points(1);
        var labelLeft = context.Text.RightToLeft ? DeckContext.Margin + DeckContext.ContentWidth - width : DeckContext.Margin;
        var lineLeft = context.Text.RightToLeft ? DeckContext.Margin : DeckContext.Margin + width + Emu.Points(6);
        var lineY = labelTop + (VisibilityLabelHeight / 2);
        xml.Shape("Line of visibility", "rect", new Box(lineLeft, lineY, DeckContext.ContentWidth - width - Emu.Points(6), 0), null, context.Theme.Pain, lineWidthPoints: 1.5, dashed: true);
        xml.Shape("Line of visibility label", "rect", new Box(labelLeft, labelTop, width, VisibilityLabelHeight), null, null,
            [new Paragraph(words, 10, Bold: true, Color: context.Theme.Pain)], Align.Center, textBox: true, insetPoints: 0);
    }
}
