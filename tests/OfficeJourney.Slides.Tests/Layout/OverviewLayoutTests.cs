using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests.Layout;

public sealed class OverviewLayoutTests
{
    private static readonly DeckOptions OverviewOnly = DeckCorpus.Options with { Slides = DeckSlides.Overview };

    public static TheoryData<string> OneSlideMaps() => ["retail", "six-by-eight"];

    [Theory]
    [MemberData(nameof(OneSlideMaps))]
    public void A_workbook_sized_map_is_one_overview_slide_at_ten_points_or_more_that_fills_the_usable_height(string name)
    {
        var map = name == "retail" ? TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en") : LayoutMaps.Sized(6, 8);

        var overviews = Overviews(map);

        var overview = Assert.Single(overviews);
        Assert.All(overview.SelectMany(s => s.Sizes), size => Assert.True(size >= 10, $"{size} pt"));
        Assert.InRange(SlideShapes.Coverage(overview), 0.7, 1.0);
    }

    [Fact]
    public void Rows_at_the_same_size_as_their_labels_and_a_short_map_takes_a_larger_size()
    {
        var overview = Assert.Single(Overviews(LayoutMaps.Sized(4, 5, itemsPerCell: 1)));

        var lanes = overview.Where(s => s.Name is "Lanes" or "Touchpoint" || s.Name.StartsWith("Lane ", StringComparison.Ordinal)).SelectMany(s => s.Sizes).Distinct().ToList();
        var size = Assert.Single(lanes);
        Assert.True(size > 10, $"{size} pt");
    }

    [Fact]
    public void A_map_too_tall_for_one_slide_is_split_evenly_over_two()
    {
        var map = LayoutMaps.Sized(6, 20, itemsPerCell: 1);

        var overviews = Overviews(map);

        Assert.Equal(2, overviews.Count);
        var rows = overviews.Select(o => o.Count(s => s.Name.StartsWith("Lane ", StringComparison.Ordinal)) + TableRows(o)).ToList();
        Assert.True(Math.Abs(rows[0] - rows[1]) <= 2, string.Join(" / ", rows));
        Assert.All(overviews, o => Assert.All(o.SelectMany(s => s.Sizes), size => Assert.True(size >= 10)));
    }

    [Fact]
    public void The_big_map_continues_on_a_few_further_slides_within_the_slide_each_item_begun_there_and_whole_in_the_notes()
    {
        var map = DeckCorpus.Big();
        var deck = new SlideShapes(DeckCorpus.Deck([map], OverviewOnly));

        var overviews = deck.Titled("Journey overview");

        // Twelve stages are two slides of six; twenty lanes of paragraphs take a few slides each, not one slide a lane.
        Assert.InRange(overviews.Count, 4, 14);
        Assert.All(overviews, o => Assert.All(o, s => Assert.True(s.Bottom <= SlideShapes.ContentBottom || s.Name == "Footer", $"{s.Name} ends at {s.Bottom}")));
        var text = string.Concat(overviews.SelectMany(o => o.Select(s => s.Text)));
        var notes = NotesText(deck.Deck);
        foreach (var cell in map.Lanes.Where(l => l.Kind != LaneKind.Emotions).SelectMany(l => l.Cells))
        {
            // The first item of every cell is begun on the slide, the others begun or counted ("+2"); all are whole in the notes.
            Assert.Contains(cell.Items[0].Text[..20], text, StringComparison.Ordinal);
            Assert.All(cell.Items, item => Assert.Contains(item.Text, notes, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_slide_but_the_title_and_the_personas_writes_its_text_at_ten_points_or_more()
    {
        foreach (var map in new[] { TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en"), TemplateCatalog.Create(MapType.ServiceBlueprint, Industry.Banking, "fa"), DeckCorpus.Big(), MeasuredMaps.In("en").Map() })
        {
            var slides = new SlideShapes(DeckCorpus.Deck([map])).Slides();
            foreach (var (title, shapes) in slides.Skip(1).Where(s => !s.Title.StartsWith("Personas", StringComparison.Ordinal)))
            {
                Assert.All(shapes, s => Assert.All(s.Sizes, size => Assert.True(size >= 10, $"{map.Title}, {title}: {s.Name} at {size} pt")));
            }
        }
    }

    internal static List<IReadOnlyList<SlideShape>> Overviews(JourneyMap map) =>
        [.. new SlideShapes(DeckCorpus.Deck([map], OverviewOnly)).Titled("Journey overview")];

    private static string NotesText(DeckInvariants deck) =>
        string.Concat(deck.Parts.Where(p => p.StartsWith("/ppt/notesSlides/notesSlide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(p => deck.Xml(p).Descendants().Where(e => e.Name.LocalName == "t")).Select(t => t.Value + "\n"));

    private static int TableRows(IReadOnlyList<SlideShape> overview) => overview.Sum(s => s.TableRows);
}
