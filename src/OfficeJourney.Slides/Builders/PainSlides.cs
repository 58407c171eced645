using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>Every pain point beside the opportunity of the same stage, in stage order.</summary>
internal sealed class PainSlides : ISlideKind
{
    public string Name => "pains";

    public DeckSlides Slide => DeckSlides.Pains;

    public bool Applies(JourneyMap map) => map.Lanes.Any(l => l.Kind is LaneKind.PainPoints or LaneKind.Opportunities);

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var theme = context.Theme;
        var stageWidth = Emu.Inches(2.4);
        var half = (DeckContext.ContentWidth - stageWidth) / 2;
        var rows = new List<IReadOnlyList<TableCell>>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var pains = Items(map, LaneKind.PainPoints, s);
            var opportunities = Items(map, LaneKind.Opportunities, s);
            if (pains.Count == 0 && opportunities.Count == 0)
            {
                continue;
            }

            rows.Add(
            [
                new([new Paragraph(map.Stages[s].Name, TablePages.CellSize, Bold: true, Color: theme.Ink)], theme.Paper),
                new([.. pains.Select(p => new Paragraph(p, TablePages.CellSize, Color: theme.Ink, Prefix: "▼ ", PrefixColor: theme.Pain))], pains.Count > 0 ? theme.PainFill : null),
                new([.. opportunities.Select(o => new Paragraph(o, TablePages.CellSize, Color: theme.Ink, Prefix: "▲ ", PrefixColor: theme.Opportunity))], opportunities.Count > 0 ? theme.OpportunityFill : null),
            ]);
        }

        TablePages.Add(context, context.Words.PainsAndOpportunities, [stageWidth, half, half],
            [context.Words.Stage, context.Lane(LaneKind.PainPoints), context.Lane(LaneKind.Opportunities)], rows);
    }

    private static List<string> Items(JourneyMap map, LaneKind kind, int stage) =>
        [.. map.Lanes.Where(l => l.Kind == kind).SelectMany(l => l.Cells[stage].Items).Select(i => i.Text)];
}
