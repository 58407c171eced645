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

    public string Name => "blueprint";

    public DeckSlides Slide => DeckSlides.Blueprint;

    public bool Applies(JourneyMap map) => map.Type == MapType.ServiceBlueprint && map.Lanes.Any(l => l.Kind is LaneKind.Frontstage or LaneKind.Backstage);

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var lanes = Layers.Select(kind => map.Lanes.FirstOrDefault(l => l.Kind == kind)).Where(l => l is not null).Select(l => l!).ToList();
        var chunks = Format.Chunks(Enumerable.Range(0, map.Stages.Count).ToList(), MaxStagesPerSlide);
        for (var p = 0; p < chunks.Count; p++)
        {
            var stages = chunks[p];
            var title = DeckContext.Numbered(context.Words.Blueprint, p + 1, chunks.Count);
            var notes = lanes.SelectMany(l => stages.SelectMany(s => l.Cells[s].Items.Select(i => new Paragraph($"{l.Label} – {map.Stages[s].Name}: {i.Text}")))).ToList();
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
        var laneHeight = (DeckContext.ContentBottom - y - Emu.Points(10)) / Math.Max(1, lanes.Count);
        foreach (var lane in lanes)
        {
            if (lane.Kind == LaneKind.Backstage)
            {
                xml.Shape("Line of visibility", "rect", new Box(DeckContext.Margin, y - Emu.Points(3), DeckContext.ContentWidth, 0), null, theme.Pain, lineWidthPoints: 1.5, dashed: true);
                xml.Shape("Line of visibility label", "rect", new Box(labelLeft, y - Emu.Points(17), LabelWidth, Emu.Points(14)), null, null,
                    [new Paragraph(context.Words.LineOfVisibility, 10, Bold: true, Color: theme.Pain)], textBox: true, insetPoints: 0);
                y += Emu.Points(4);
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
}
