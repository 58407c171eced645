using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests.Layout;

/// <summary>
/// Text longer than a slide holds: shown as far as it fits, with "…", whole in the notes of the slide that shows it; and
/// a deck's size bounded, so that what a map costs grows with what it holds, not with its square.
/// </summary>
public sealed class LongContentTests
{
    private static readonly DeckOptions Detail = DeckCorpus.Options with { Slides = DeckSlides.Overview | DeckSlides.Pains | DeckSlides.Stages };

    [Fact]
    public void An_item_of_ten_thousand_characters_begins_on_one_overview_one_pains_and_one_stage_slide_and_is_whole_in_the_notes_of_each()
    {
        var words = LayoutMaps.Words(10_000);
        var deck = new SlideShapes(DeckCorpus.Deck([LayoutMaps.OneLongPain(words)], Detail));
        var slides = deck.Slides();

        // The overview is the map at a glance (three lines an item); the others show as much as the slide holds.
        foreach (var (prefix, least) in new[] { ("Journey overview", 50), ("Pain points and opportunities", 500), ("1. Only", 500) })
        {
            var number = Assert.Single(Enumerable.Range(1, slides.Count), n => slides[n - 1].Title.StartsWith(prefix, StringComparison.Ordinal));
            var shapes = slides[number - 1].Shapes;
            var shown = Assert.Single(shapes, s => s.Text.Contains("word", StringComparison.Ordinal)).Text;
            var begun = shown[shown.IndexOf("word", StringComparison.Ordinal)..].TrimEnd();
            Assert.EndsWith("…", begun, StringComparison.Ordinal);
            Assert.StartsWith(begun[..^1], words, StringComparison.Ordinal);
            Assert.True(begun.Length > least, $"{prefix}: only {begun.Length} characters shown");
            Assert.Contains(words, deck.Notes(number), StringComparison.Ordinal);
            Assert.All(shapes, s => Assert.True(s.Bottom <= SlideShapes.ContentBottom || s.Name == "Footer", $"{prefix}: {s.Name} ends at {s.Bottom}"));
        }
    }

    [Fact]
    public void A_stage_over_several_slides_gives_each_slide_notes_of_what_it_shows_and_every_item_once()
    {
        var map = LayoutMaps.Sized(2, 40, itemsPerCell: 3);
        var deck = new SlideShapes(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Stages }));
        var slides = deck.Slides();
        Assert.True(slides.Count(s => s.Title.StartsWith("1. Stage 1", StringComparison.Ordinal)) > 1, "the first stage fits one slide; the test needs more");

        var notes = string.Join("\n", Enumerable.Range(1, slides.Count).Select(deck.Notes));
        foreach (var item in map.Lanes.Where(l => l.Kind is not (LaneKind.Emotions or LaneKind.Touchpoints or LaneKind.Channels)).SelectMany(l => l.Cells.SelectMany(c => c.Items)))
        {
            Assert.Single(notes.Split('\n'), line => line.EndsWith(": " + item.Text, StringComparison.Ordinal));
        }

        for (var n = 1; n <= slides.Count; n++)
        {
            var shown = string.Join(" ", slides[n - 1].Shapes.Select(s => s.Text));
            Assert.All(deck.Notes(n).Split('\n').Skip(1), line => Assert.Contains(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..], shown, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_map_that_needs_more_slides_than_a_deck_may_hold_is_refused_saying_how_many_and_what_to_choose()
    {
        var map = LayoutMaps.Sized(30, 12);

        var refused = Assert.Throws<DeckTooLargeException>(() => DeckCorpus.Deck([map], DeckCorpus.Options with { MaxSlides = 20 }));

        Assert.Equal(20, refused.MaxSlides);
        Assert.Contains("more than 20 slides", refused.Message, StringComparison.Ordinal);
        Assert.Contains("fewer slide kinds", refused.Message, StringComparison.Ordinal);
        var fewer = new SlideShapes(DeckCorpus.Deck([map], DeckCorpus.Options with { MaxSlides = 20, Slides = DeckSlides.Title | DeckSlides.Overview })).Slides();
        Assert.InRange(fewer.Count, 2, 20);
    }

    [Fact]
    public void Names_of_a_million_characters_are_cut_at_three_hundred_so_that_repeating_them_on_every_slide_costs_little()
    {
        var name = new string('x', 1_000_000);
        var sized = LayoutMaps.Sized(20, 4);
        var map = sized with
        {
            Title = name,
            Stages = [.. sized.Stages.Select((s, i) => i == 0 ? s with { Name = name } : s)],
            Lanes = [.. sized.Lanes.Select(l => l with { Label = name })],
            Personas = [new Persona { Name = name }],
        };

        var deck = new SlideShapes(DeckCorpus.Deck([map])).Deck;

        var longest = deck.Parts.Where(p => p.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(p => deck.Xml(p).Descendants().Where(e => e.Name.LocalName == "t")).Max(t => t.Value.Length);
        Assert.InRange(longest, DeckMap.MaxName, 3 * DeckMap.MaxName); // a note may join a lane and a stage
        Assert.True(deck.Parts.Sum(p => (long)deck.Bytes(p).Length) < 5_000_000, "the deck's parts hold more than 5 MB");
    }

    [Fact]
    public void The_start_of_a_long_text_is_cut_between_characters_as_the_reader_sees_them()
    {
        // Thai vowel and tone marks combine with the consonant before them; an emoji is a surrogate pair.
        var text = string.Concat(Enumerable.Repeat("ที่นี่มีคนรอคิวนาน😀", 20));
        for (var max = 2; max < text.Length; max++)
        {
            var start = TextFit.Clip(text, max)[..^1];

            Assert.InRange(start.Length, 1, Math.Max(max - 1, System.Globalization.StringInfo.GetNextTextElementLength(text, 0)));
            Assert.StartsWith(start, text, StringComparison.Ordinal);
            Assert.False(char.IsHighSurrogate(start[^1]), $"cut inside a surrogate pair at {max}");
            Assert.NotEqual(System.Globalization.UnicodeCategory.NonSpacingMark, System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text, start.Length));
        }
    }

    [Fact]
    public void A_text_of_millions_of_characters_fitted_to_three_lines_keeps_about_three_lines()
    {
        var text = LayoutMaps.Words(4_000_000);

        var start = TextFit.Fitted(text, 3_000_000, 10, 3);

        Assert.InRange(start.Length, 50, 600);
        Assert.StartsWith(start[..^1], text, StringComparison.Ordinal);
    }
}
