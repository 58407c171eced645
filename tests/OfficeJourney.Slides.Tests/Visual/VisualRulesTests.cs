namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>The visual rules themselves, on slides made up to break them: each catches what it should and lets pass what it should.</summary>
public sealed class VisualRulesTests
{
    private const long Point = Rect.Point;

    [Theory]
    [InlineData("000000", "FFFFFF", 21.0)]
    [InlineData("FFFFFF", "FFFFFF", 1.0)]
    [InlineData("777777", "FFFFFF", 4.48)]
    [InlineData("1E8449", "E8F6EE", 4.23)]
    public void The_contrast_ratio_is_the_wcag_one_either_way_round(string foreground, string background, double expected)
    {
        Assert.Equal(expected, Wcag.Ratio(foreground, background), 2);
        Assert.Equal(expected, Wcag.Ratio(background, foreground), 2);
    }

    [Fact]
    public void Large_text_is_eighteen_points_or_bold_fourteen_and_needs_three_to_one()
    {
        Assert.Equal(3, Wcag.Required(1800, bold: false));
        Assert.Equal(3, Wcag.Required(1400, bold: true));
        Assert.Equal(4.5, Wcag.Required(1400, bold: false));
        Assert.Equal(4.5, Wcag.Required(1200, bold: true));
    }

    [Fact]
    public void Text_under_ten_points_is_named_with_its_slide_shape_and_size()
    {
        var deck = Deck(Text("Footer", new Rect(0, 0, 100 * Point, 20 * Point), "Small print", 900), Text("Body", new Rect(0, 30 * Point, 100 * Point, 20 * Point), "Fine", 1000));

        var failure = Assert.Single(VisualRules.TextSizes(deck));

        Assert.Equal("slide 1 \"Test\": shape \"Footer\" (\"Small print\") sets \"Small print\" at 9 pt, 1 pt below 10 pt (1 run(s) under 10 pt)", failure);
    }

    [Fact]
    public void Text_boxes_overlapping_fail_but_touching_ones_and_text_on_a_filled_card_do_not()
    {
        var card = new SlideShape(0, "Card", "sp", new Rect(0, 0, 300 * Point, 200 * Point), "F3F4F6", false, 0, [], 0);
        var onCard = Text("On card", new Rect(10 * Point, 10 * Point, 100 * Point, 20 * Point), "Label", 1200);
        var touching = Text("Touching", new Rect(300 * Point, 0, 100 * Point, 20 * Point), "Next", 1200);
        var over = Text("Over", new Rect(50 * Point, 20 * Point, 100 * Point, 20 * Point), "Clash", 1200);

        Assert.Empty(VisualRules.Overlaps(Deck(card, onCard, touching)));
        var failure = Assert.Single(VisualRules.Overlaps(Deck(onCard, over)));
        Assert.Contains("\"On card\"", failure, StringComparison.Ordinal);
        Assert.Contains("\"Over\"", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_measured_against_the_filled_shape_drawn_under_it_and_else_the_background()
    {
        var band = new SlideShape(0, "Band", "sp", new Rect(0, 0, 400 * Point, 100 * Point), "2F5597", false, 0, [], 0);
        var onBand = Text("On band", new Rect(10 * Point, 10 * Point, 100 * Point, 20 * Point), "Dark on dark", 1200, "1F2937");
        var onWhite = Text("On white", new Rect(10 * Point, 200 * Point, 100 * Point, 20 * Point), "Pale", 1200, "AAAAAA");

        var failures = VisualRules.Contrast(Deck(band, onBand with { Order = 1 }, onWhite with { Order = 2 }));

        Assert.Equal(2, failures.Count);
        Assert.Contains("#1F2937 on #2F5597 (the fill of \"Band\")", failures[0], StringComparison.Ordinal);
        Assert.Contains("#AAAAAA on #FFFFFF (the slide's background)", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_shape_past_the_slide_edge_fails_by_how_far_while_a_line_may_reach_half_its_width_past_it()
    {
        var past = new SlideShape(0, "Past", "sp", new Rect(900 * Point, 500 * Point, 100 * Point, 50 * Point), null, false, 0, [], 0);
        var line = new SlideShape(1, "Line", "sp", new Rect(0, 540 * Point, 960 * Point, 0), null, true, 2 * Point, [], 0);

        var failure = Assert.Single(VisualRules.InsideTheSlide(Deck(past, line)));

        Assert.EndsWith("reaches past the slide's right edge by 40 pt, bottom edge by 10 pt", failure, StringComparison.Ordinal);
    }

    private static DeckGeometry Deck(params SlideShape[] shapes) =>
        new(960 * Point, 540 * Point, "1F2937", [new SlideGeometry(1, "Test", "FFFFFF", shapes, [])]);

    private static SlideShape Text(string name, Rect box, string text, int size, string? color = null) =>
        new(0, name, "sp", box, null, false, 0, [new TextArea("text", box, null, [new TextParagraph([new TextRun(text, size, false, color)], size)])], 0);
}
