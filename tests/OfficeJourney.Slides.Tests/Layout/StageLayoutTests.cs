using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests.Layout;

public sealed class StageLayoutTests
{
    public static TheoryData<string> Languages() => ["en", "fa", "th"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_stage_with_three_lanes_or_more_is_cards_in_two_or_three_columns_across_the_whole_width(string language)
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, language);
        var deck = new SlideShapes(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Stages }));

        var stages = deck.Slides();

        Assert.Equal(map.Stages.Count, stages.Count);
        foreach (var (title, shapes) in stages)
        {
            var cards = shapes.Where(s => s.Name.StartsWith("Card ", StringComparison.Ordinal)).ToList();
            Assert.True(cards.Count >= 3, $"{title}: {cards.Count} cards");
            Assert.InRange(cards.Select(c => c.X).Distinct().Count(), 2, 3);
            Assert.Equal(SlideShapes.Margin, cards.Min(c => c.X));
            Assert.InRange(cards.Max(c => c.Right), SlideShapes.SlideWidth - SlideShapes.Margin - 12_700, SlideShapes.SlideWidth - SlideShapes.Margin);
            Assert.All(cards, c => Assert.True(c.Bottom <= SlideShapes.ContentBottom, $"{title}: {c.Name} ends at {c.Bottom}"));
            Assert.All(shapes.SelectMany(s => s.Sizes), size => Assert.True(size >= 10, $"{title}: {size} pt"));
        }
    }

    [Fact]
    public void A_short_stage_takes_a_larger_text_size_than_a_long_one()
    {
        var map = LayoutMaps.Sized(1, 4, itemsPerCell: 1);
        var deck = new SlideShapes(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Stages }));

        var cards = deck.Slides()[0].Shapes.Where(s => s.Name.StartsWith("Card ", StringComparison.Ordinal) && s.Text.Length > 0).ToList();

        Assert.All(cards.SelectMany(c => c.Sizes), size => Assert.True(size >= 16, $"{size} pt"));
    }

    [Fact]
    public void A_stage_too_long_for_one_slide_continues_on_the_next_at_ten_points()
    {
        var big = DeckCorpus.Big();
        var deck = new SlideShapes(DeckCorpus.Deck([big], DeckCorpus.Options with { Slides = DeckSlides.Stages }));

        var first = deck.Titled("1. Stage 01");

        Assert.True(first.Count > 1, $"{first.Count} slides");
        var text = string.Concat(first.SelectMany(o => o.Select(s => s.Text)));
        Assert.All(big.Lanes.Where(l => l.Kind != LaneKind.Emotions).SelectMany(l => l.Cells[0].Items), item => Assert.Contains(item.Text, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Touchpoints_are_grouped_by_the_channel_beside_them_and_a_second_touchpoints_lane_is_listed_as_it_is()
    {
        static Lane Lane(string label, LaneKind kind, params string[] items) =>
            new() { Label = label, Kind = kind, Cells = [new LaneCell { Items = [.. items.Select(t => new JourneyItem { Text = t })] }] };
        var map = new JourneyMap
        {
            Title = "Two touchpoint lanes",
            Stages = [new Stage { Name = "Buy" }],
            Lanes =
            [
                Lane("Touchpoints", LaneKind.Touchpoints, "Product page", "Checkout"),
                Lane("Channels", LaneKind.Channels, "Website", "Website"),
                Lane("Partner touchpoints", LaneKind.Touchpoints, "Reseller quote", "Reseller call", "Reseller visit"),
            ],
        };

        var shapes = new SlideShapes(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Stages })).Slides().Single().Shapes;

        var chips = shapes.Where(s => s.Name == "Touchpoint").Select(s => s.Text).ToList();
        Assert.Equal(["Website: Product page, Checkout", "Reseller quote", "Reseller call", "Reseller visit"], chips);
    }
}
