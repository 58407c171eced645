using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// Slides 4…: one per stage (more when it is long), every lane with content as a card, the cards packed into columns
/// across the slide by <see cref="StageCards"/>; touchpoints grouped by channel, each with room for its channel's icon.
/// </summary>
internal sealed class StageSlides : ISlideKind
{
    public string Name => "stages";

    public DeckSlides Slide => DeckSlides.Stages;

    public bool Applies(JourneyMap map) => true;

    public int Fewest(JourneyMap map) => Enumerable.Range(0, map.Stages.Count).Sum(s => StageLaneCards.Fewest(map, s));

    public void Add(DeckContext context)
    {
        var map = context.Map;
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var cards = StageLaneCards.Of(context, s);
            if (cards.Count == 0)
            {
                continue;
            }

            var phase = map.Phases.FirstOrDefault(p => s >= p.FirstStage && s < p.FirstStage + p.StageCount)?.Name;
            var pages = StageCards.Pages(cards, context.Text.RightToLeft, context.Plan);
            for (var p = 0; p < pages.Count; p++)
            {
                var page = pages[p];
                var title = DeckContext.Numbered($"{s + 1}. {map.Stages[s].Name}", p + 1, pages.Count);

                // Each slide's notes hold what it shows, whole: every slide carrying the stage's whole text made notes grow with the square of it.
                List<Paragraph> notes = [new($"{s + 1}. {map.Stages[s].Name}"), .. page.Cards.SelectMany(c => c.Card.Items.Select(i => Paragraph.Note(c.Card.Heading, i.Whole)))];
                context.AddSlide(notes, (xml, _) =>
                {
                    context.TitleBar(xml, title, phase);
                    return Draw(xml, context, page);
                });
            }
        }
    }

    private static List<IconSlot> Draw(SlideXml xml, DeckContext context, StagePage page)
    {
        var ink = context.Theme.Ink;
        var slots = new List<IconSlot>();
        foreach (var (card, box) in page.Cards)
        {
            var heading = new Paragraph(card.Heading, page.HeadingSize, Bold: true, Color: card.Color);
            if (!card.Chips)
            {
                // One shape per card: heading and items stay together when the card is moved or edited.
                xml.Shape("Card " + card.Heading, "roundRect", box, card.Fill, null,
                    [heading, .. card.Items.Select(i => new Paragraph(i.Text, page.Size, Color: ink, Bullet: true))], insetPoints: 8);
                continue;
            }

            // Touchpoints: the card, its heading, then a chip per channel group with the icon slot before it.
            xml.Shape("Card " + card.Heading, "roundRect", box, card.Fill, null);
            var inner = box.Width - (2 * StageCards.Pad);
            var headingHeight = TextFit.Height(card.Heading, inner, page.HeadingSize);
            xml.Shape("Heading " + card.Heading, "rect", new Box(box.X + StageCards.Pad, box.Y + StageCards.Pad, inner, headingHeight), null, null, [heading], textBox: true, insetPoints: 0);
            var area = new Box(box.X + StageCards.Pad, box.Y + StageCards.Pad + headingHeight + Emu.Points(4), inner, box.Height - (2 * StageCards.Pad) - headingHeight);
            slots.AddRange(ChipColumn.Draw(xml, ChipColumn.Layout(card.Items, area, page.Size, context.Text.RightToLeft), page.Size, "FFFFFF", ink));
        }

        return slots;
    }
}

/// <summary>The cards of one stage: a card per lane with content; touchpoints grouped by the channel beside them.</summary>
internal static class StageLaneCards
{
    /// <summary>
    /// The fewest slides the stage's cards can take, counted from its items, touchpoints grouped by channel as drawn
    /// (the channels as cleaned for the deck: two that differ only by a control character are one group).
    /// </summary>
    public static int Fewest(JourneyMap map, int stage)
    {
        var (grouped, touchpoints, channels) = Grouping(map, stage);
        var cards = Lanes(map, stage, grouped, channels).Select(lane => (
            Items: grouped && lane == touchpoints ? channels!.Cells[stage].Items.Select(i => CleanText.Of(i.Text)).Distinct(StringComparer.Ordinal).Count() : lane.Cells[stage].Items.Count,
            Chips: IsChips(lane)));
        return StageCards.Fewest(cards);
    }

    public static List<StageCard> Of(DeckContext context, int stage)
    {
        var map = context.Map;
        var theme = context.Theme;
        var cards = new List<StageCard>();
        var (grouped, touchpoints, channels) = Grouping(map, stage);
        foreach (var lane in Lanes(map, stage, grouped, channels))
        {
            var items = lane.Cells[stage].Items;

            var heading = lane.Label.Length > 0 ? lane.Label : context.Lane(lane.Kind);
            var (color, fill) = lane.Kind switch
            {
                LaneKind.PainPoints => (theme.Pain, theme.PainFill),
                LaneKind.Opportunities => (theme.Opportunity, theme.OpportunityFill),
                _ => (theme.Brand, theme.Paper),
            };
            var chips = IsChips(lane);
            IReadOnlyList<ChipItem> texts = lane.Kind switch
            {
                LaneKind.Touchpoints when grouped && lane == touchpoints => [.. items.Select((item, i) => (Channel: channels!.Cells[stage].Items[i].Text, Item: item))
                    .GroupBy(p => p.Channel, StringComparer.Ordinal)
                    .Select(g => new ChipItem($"{g.Key}: {string.Join(", ", g.Select(p => p.Item.Text))}", TouchpointChannel.Named(g.Key) ?? TouchpointChannel.Of(g.First().Item)))],
                LaneKind.Emotions => [.. items.Select(i => new ChipItem(i.Emotion is { } e && map.EmotionScale is { } scale
                    ? $"{i.Text} ({Format.Score(e.Score, scale, context.Text.RightToLeft)})"
                    : i.Text, null))],
                _ => [.. items.Select(i => new ChipItem(i.Text, chips ? TouchpointChannel.Of(i) : null))],
            };
            cards.Add(new StageCard(heading, color, fill, texts, chips));
        }

        return cards;
    }

    /// <summary>
    /// The first touchpoints lane is grouped by the channel beside each touchpoint when the stage has a channel for
    /// every one of them; the channels lane then makes no card of its own.
    /// </summary>
    private static (bool Grouped, Lane? Touchpoints, Lane? Channels) Grouping(JourneyMap map, int stage)
    {
        var touchpoints = map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.Touchpoints);
        var channels = map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.Channels);
        var grouped = touchpoints is not null && channels is not null
            && touchpoints.Cells[stage].Items.Count > 0
            && touchpoints.Cells[stage].Items.Count == channels.Cells[stage].Items.Count;
        return (grouped, touchpoints, channels);
    }

    /// <summary>The lanes that make a card on the stage's slides: those with content there.</summary>
    private static IEnumerable<Lane> Lanes(JourneyMap map, int stage, bool grouped, Lane? channels) =>
        map.Lanes.Where(lane => lane.Cells[stage].Items.Count > 0 && !(grouped && lane == channels));

    private static bool IsChips(Lane lane) => lane.Kind is LaneKind.Touchpoints or LaneKind.Channels;
}
