using System.Xml.Linq;

namespace OfficeJourney.Slides.Tests.Layout;

/// <summary>A shape, picture or graphic frame of a slide as the tests look at it: name, box (EMU), text, its font sizes and, for a table, its rows.</summary>
internal sealed record SlideShape(string Name, long X, long Y, long Width, long Height, string Text, IReadOnlyList<double> Sizes, int TableRows)
{
    public long Right => X + Width;

    public long Bottom => Y + Height;
}

/// <summary>Reads the slides of a deck as titled lists of shapes.</summary>
internal sealed class SlideShapes(byte[] deck)
{
    public const long SlideWidth = 12_192_000;
    public const long SlideHeight = 6_858_000;
    public const long Margin = 411_480;            // 0.45 in
    public const long ContentTop = 1_143_000;      // 1.25 in
    public const long ContentBottom = SlideHeight - 411_480;

    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    public DeckInvariants Deck { get; } = new(deck);

    public IReadOnlyList<(string Title, IReadOnlyList<SlideShape> Shapes)> Slides()
    {
        var titles = DeckTests.SlideTitles(Deck);
        return [.. titles.Select((title, i) => (title, (IReadOnlyList<SlideShape>)Shapes(Deck.Xml($"/ppt/slides/slide{i + 1}.xml"))))];
    }

    /// <summary>The text of slide <paramref name="number"/>'s notes (from 1), a line a paragraph, found by the slide's relationship to them.</summary>
    public string Notes(int number)
    {
        var relationships = Deck.Xml($"/ppt/slides/_rels/slide{number}.xml.rels");
        var target = relationships.Root!.Elements().Single(r => r.Attribute("Type")!.Value.EndsWith("/notesSlide", StringComparison.Ordinal)).Attribute("Target")!.Value;
        var notes = Deck.Xml("/ppt/notesSlides/" + Path.GetFileName(target));
        return string.Join("\n", notes.Descendants(A + "p").Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value))));
    }

    public IReadOnlyList<IReadOnlyList<SlideShape>> Titled(string prefix) =>
        [.. Slides().Where(s => s.Title.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s.Shapes)];

    /// <summary>How much of the usable height (content top to content bottom) the slide's content reaches down to.</summary>
    public static double Coverage(IReadOnlyList<SlideShape> shapes) =>
        (shapes.Where(s => s.Name != "Footer").Max(s => s.Bottom) - ContentTop) / (double)(ContentBottom - ContentTop);

    private static List<SlideShape> Shapes(XDocument slide) =>
        [.. slide.Descendants(P + "spTree").Single().Elements().Where(e => e.Name == P + "sp" || e.Name == P + "graphicFrame" || e.Name == P + "pic").Select(e =>
        {
            var offset = e.Descendants(A + "off").First();
            var extent = e.Descendants(A + "ext").First(x => x.Attribute("cx") is not null);
            return new SlideShape(
                e.Descendants(P + "cNvPr").First().Attribute("name")!.Value,
                (long)offset.Attribute("x")!, (long)offset.Attribute("y")!, (long)extent.Attribute("cx")!, (long)extent.Attribute("cy")!,
                string.Join(" ", e.Descendants(A + "t").Select(t => t.Value)),
                [.. e.Descendants().Where(d => d.Name == A + "rPr" || d.Name == A + "endParaRPr").Select(r => (double?)r.Attribute("sz")).OfType<double>().Select(v => v / 100)],
                e.Descendants(A + "tr").Count());
        })];
}
