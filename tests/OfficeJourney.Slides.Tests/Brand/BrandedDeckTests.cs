using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Options;
using OfficeJourney.Slides.Tests.Visual;

namespace OfficeJourney.Slides.Tests.Brand;

public sealed class BrandedDeckTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static TheoryData<string, string> BrandsAndMaps() => new()
    {
        { "FFFF00", "retail" }, { "000000", "retail" }, { "8E44AD", "retail" }, { "808080", "retail" }, { "00FFFF", "retail" },
        { "FFFFFF", "retail" }, { "FFFF00", "fa" }, { "7F7F7F", "blueprint" }, { "F3F4F6", "personas" }, { "C0392B", "personas" },
    };

    [Theory]
    [MemberData(nameof(BrandsAndMaps))]
    public void Every_run_of_coloured_text_in_a_branded_deck_reads_on_what_it_is_written_on(string brand, string maps)
    {
        var theme = DeckTheme.WithBrand(brand);

        var deck = GeometryReader.Read(DeckCorpus.Deck(Maps(maps), DeckCorpus.Options with { Theme = theme }));

        var unreadable = VisualRules.Contrast(deck);
        Assert.True(unreadable.Count == 0, string.Join("\n", unreadable.Take(10)));
        var written = deck.Slides.SelectMany(s => s.Shapes).SelectMany(s => s.Text.Select(a => (Fill: a.Fill ?? s.Fill, Colors: a.Paragraphs.SelectMany(p => p.Runs).Select(r => r.Color)))).ToList();
        Assert.Contains(written, w => w.Fill == theme.BrandFill); // the stage chevrons
        Assert.Contains(written, w => w.Fill == theme.Paper && w.Colors.Contains(theme.Brand)); // a persona's name on its card
    }

    [Theory]
    [InlineData("FFFF00", "retail")]
    [InlineData("000000", "personas")]
    [InlineData("8E44AD", "fa")]
    public void A_branded_deck_with_persona_photos_passes_the_validator_and_the_invariants(string brand, string maps)
    {
        var bytes = DeckCorpus.Deck(Maps(maps), DeckCorpus.Options with { Theme = DeckTheme.WithBrand(brand) });

        DeckInvariants.AssertValid(bytes);
    }

    [Fact]
    public void Each_persona_card_has_a_picture_placeholder_of_its_slides_layout()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck(Maps("personas")));
        var personaSlides = Slides(deck).Where(s => Placeholders(deck.Xml(s)).Any()).ToList();

        Assert.Equal(2, personaSlides.Count); // five personas, three to a slide at most, shared out two and three
        Assert.Equal([10, 11, 10, 11, 12], personaSlides.SelectMany(s => Placeholders(deck.Xml(s))).Select(p => p.Index));
        foreach (var slide in personaSlides)
        {
            var layout = Related(deck, slide, "slideLayout");
            var offered = Placeholders(deck.Xml(layout)).Select(p => p.Index).ToList();
            Assert.All(Placeholders(deck.Xml(slide)), p => Assert.Contains(p.Index, offered));
            var master = Related(deck, layout, "slideMaster");
            var listed = deck.Xml(master).Descendants(P + "sldLayoutId").Select(l => l.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!.Value);
            Assert.Contains(listed, id => Related(deck, master, "slideLayout", id) == layout);
        }
    }

    [Fact]
    public void Slides_without_personas_stay_on_the_blank_layout()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck(Maps("personas")));

        var onBlank = Slides(deck).Where(s => !Placeholders(deck.Xml(s)).Any()).Select(s => Related(deck, s, "slideLayout")).Distinct().Single();

        Assert.Equal("Blank", deck.Xml(onBlank).Root!.Element(P + "cSld")!.Attribute("name")!.Value);
    }

    [Fact]
    public void The_title_slide_shows_four_personas_at_most_and_counts_the_rest()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck(Maps("personas")));

        var cards = Shapes(deck.Xml("/ppt/slides/slide1.xml")).Where(s => s.Name.StartsWith("Persona card ", StringComparison.Ordinal) && !s.Name.Contains("edge", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Ana Lima", "Bo Chen", "Chidi Okafor", "+2"], cards.Select(c => c.Text.First()));
        Assert.Equal("Student, 21", cards[0].Text[1]);
        Assert.True(cards.Zip(cards.Skip(1)).All(p => p.First.X < p.Second.X), "left to right in an English deck");
    }

    [Fact]
    public void A_persian_title_slide_lays_its_persona_cards_out_from_the_right()
    {
        var map = Maps("personas")[0] with { Language = "fa" };
        var deck = new DeckInvariants(DeckCorpus.Deck([map]));

        var cards = Shapes(deck.Xml("/ppt/slides/slide1.xml")).Where(s => s.Name.StartsWith("Persona card ", StringComparison.Ordinal) && !s.Name.Contains("edge", StringComparison.Ordinal)).ToList();

        Assert.True(cards.Zip(cards.Skip(1)).All(p => p.First.X > p.Second.X), "right to left in a Persian deck");
        Assert.Equal("\u200E+2\u200E", cards[^1].Text.Single());
    }

    [Fact]
    public void Text_on_the_title_and_persona_slides_is_ten_points_or_more()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck(Maps("personas")));
        var slides = Slides(deck).Where((s, i) => i == 0 || Placeholders(deck.Xml(s)).Any());

        var sizes = slides.SelectMany(s => deck.Xml(s).Descendants(A + "rPr")).Select(r => int.Parse(r.Attribute("sz")!.Value, CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= 1000, $"smallest text {sizes.Min() / 100.0} pt");
    }

    [Theory]
    [InlineData("Maya", "M")]
    [InlineData("busy parent", "BP")]
    [InlineData("Ana Lima (student)", "AL")]
    [InlineData("مریم احمدی", "ما")]
    [InlineData("😀 Fan", "F")]
    public void Initials_are_the_first_letters_of_the_first_two_words(string name, string initials) =>
        Assert.Equal(initials, Builders.PersonaSlides.Initials(name));

    private static IReadOnlyList<JourneyMap> Maps(string name) => name switch
    {
        "retail" => [TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en")],
        "fa" => [TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "fa")],
        "blueprint" => [TemplateCatalog.Create(MapType.ServiceBlueprint, Industry.Banking, "en")],
        _ => [TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en") with
        {
            Personas =
            [
                new Persona { Name = "Ana Lima", Demographics = "Student, 21", Goals = ["Cheap delivery"] },
                new Persona { Name = "Bo Chen", Description = "Buys for the family" },
                new Persona { Name = "Chidi Okafor", Fields = [new Field("Role", "Buyer")] },
                new Persona { Name = "Dana" },
                new Persona { Name = "Eli" },
            ],
        }],
    };

    private static IEnumerable<string> Slides(DeckInvariants deck) =>
        Enumerable.Range(1, deck.Xml("/ppt/presentation.xml").Descendants(P + "sldId").Count()).Select(n => $"/ppt/slides/slide{n}.xml");

    private static IEnumerable<(int Index, string Type)> Placeholders(XDocument part) =>
        part.Descendants(P + "ph").Where(ph => ph.Attribute("type")?.Value == "pic")
            .Select(ph => (int.Parse(ph.Attribute("idx")!.Value, CultureInfo.InvariantCulture), ph.Attribute("type")!.Value));

    private static List<(string Name, long X, List<string> Text)> Shapes(XDocument slide) =>
        [.. slide.Descendants(P + "sp").Select(sp => (
            sp.Descendants(P + "cNvPr").First().Attribute("name")!.Value,
            sp.Descendants(A + "off").Select(o => long.Parse(o.Attribute("x")!.Value, CultureInfo.InvariantCulture)).FirstOrDefault(),
            sp.Descendants(A + "p").Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value))).Where(t => t.Length > 0).ToList()))];

    // The part a part relates to by type (or by relationship id), as an absolute name.
    private static string Related(DeckInvariants deck, string part, string type, string? id = null)
    {
        var folder = part[..part.LastIndexOf('/')];
        var rels = deck.Xml($"{folder}/_rels/{part[(folder.Length + 1)..]}.rels").Root!.Elements(Rels + "Relationship");
        var target = rels.First(r => id is null ? r.Attribute("Type")!.Value.EndsWith("/" + type, StringComparison.Ordinal) : r.Attribute("Id")!.Value == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target : Path.GetFullPath(Path.Combine(folder, target), "/").Replace('\\', '/');
    }
}
