using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>Slides 4…: one per stage (more when it is long) with every lane's content, touchpoints grouped by channel.</summary>
internal sealed class StageSlides : ISlideKind
{
    private static readonly long Gap = Emu.Inches(0.4);

    public string Name => "stages";

    public DeckSlides Slide => DeckSlides.Stages;

    public bool Applies(JourneyMap map) => true;

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var columnWidth = (DeckContext.ContentWidth - Gap) / 2;
        var top = DeckContext.ContentTop + Emu.Inches(0.15);
        var height = DeckContext.ContentBottom - top;
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var sections = SectionsOf(context, s);
            if (sections.Count == 0)
            {
                continue;
            }

            var phase = map.Phases.FirstOrDefault(p => s >= p.FirstStage && s < p.FirstStage + p.StageCount)?.Name;
            var pages = Sections.Pages(sections, columnWidth, height, 2, context.Theme.Ink);
            var notes = Sections.Notes(sections);
            for (var p = 0; p < pages.Count; p++)
            {
                var page = pages[p];
                var title = DeckContext.Numbered($"{s + 1}. {map.Stages[s].Name}", p + 1, pages.Count);
                context.AddSlide(notes, (xml, _) =>
                {
                    context.TitleBar(xml, title, phase);
                    for (var c = 0; c < page.Count; c++)
                    {
                        var visual = context.Text.RightToLeft ? page.Count - 1 - c + (2 - page.Count) : c;
                        var left = DeckContext.Margin + (visual * (columnWidth + Gap));
                        xml.Shape("Column " + (c + 1), "rect", new Box(left, top, columnWidth, height), null, null, page[c], textBox: true);
                    }
                });
            }
        }
    }

    private static List<Section> SectionsOf(DeckContext context, int stage)
    {
        var map = context.Map;
        var theme = context.Theme;
        var sections = new List<Section>();
        var touchpoints = map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.Touchpoints);
        var channels = map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.Channels);
        var grouped = touchpoints is not null && channels is not null
            && touchpoints.Cells[stage].Items.Count > 0
            && touchpoints.Cells[stage].Items.Count == channels.Cells[stage].Items.Count;
        foreach (var lane in map.Lanes)
        {
            var items = lane.Cells[stage].Items;
            if (items.Count == 0 || (grouped && lane == channels))
            {
                continue;
            }

            var heading = lane.Label.Length > 0 ? lane.Label : context.Lane(lane.Kind);
            var color = lane.Kind switch
            {
                LaneKind.PainPoints => theme.Pain,
                LaneKind.Opportunities => theme.Opportunity,
                _ => theme.Brand,
            };
            IReadOnlyList<string> texts = lane.Kind switch
            {
                LaneKind.Touchpoints when grouped => [.. items.Select((item, i) => (Channel: channels!.Cells[stage].Items[i].Text, item.Text))
                    .GroupBy(p => p.Channel, StringComparer.Ordinal)
                    .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Text))}")],
                LaneKind.Emotions => [.. items.Select(i => i.Emotion is { } e && map.EmotionScale is { } scale
                    ? $"{i.Text} ({Format.Score(e.Score, scale, context.Text.RightToLeft)})"
                    : i.Text)],
                _ => [.. items.Select(i => i.Text)],
            };
            sections.Add(new Section(heading, color, texts));
        }

        return sections;
    }
}
