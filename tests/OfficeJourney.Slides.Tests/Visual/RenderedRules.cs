using System.Globalization;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>
/// What LibreOffice made of a deck, against the deck's geometry: words on their page, inside the shapes meant for text
/// (a table row grown past the slide's bottom, text spilling out of its box), and no smaller than 10-point text.
/// </summary>
internal static class RenderedRules
{
    /// <summary>
    /// A word's box is its font's line height, about 1.3 times the size. Calibrated on LibreOffice 7.4's PDFs of the
    /// English, Thai and Persian decks (Calibri, Leelawadee UI and Tahoma stood in for by Carlito and Noto fonts):
    /// 9-point words measure 11.4–11.7 pt, 10-point words 12.7–13.0 pt; text an autofit shrank measures less.
    /// </summary>
    public const double SmallestWordHeight = 12.5;

    private const double LineHeight = 1.3;

    /// <summary>How far (pt) a word may stick out of its box: glyph boxes include the line's leading.</summary>
    private const double Tolerance = 2;

    public static List<string> Pages(RenderedDeck deck) =>
        deck.Pages.Count == deck.Geometry.Slides.Count ? [] : [$"{deck.Pages.Count} pages rendered for {deck.Geometry.Slides.Count} slides"];

    public static List<string> OnThePage(RenderedDeck deck) =>
    [
        .. from slide in Slides(deck)
           from word in slide.Page.Words
           let past = new (string Edge, double By)[] { ("left", -word.Left), ("top", -word.Top), ("right", word.Right - slide.Page.Width), ("bottom", word.Bottom - slide.Page.Height) }
               .Where(p => p.By > 0.5).ToList()
           where past.Count > 0
           select $"{slide.Geometry.Label}: {word} is past the page's " + string.Join(", ", past.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Edge} edge by {p.By:0.#} pt"))),
    ];

    /// <summary>No word renders shorter than a 10-point line; one line per shape, naming its smallest word.</summary>
    public static List<string> WordSizes(RenderedDeck deck) =>
    [
        .. from slide in Slides(deck)
           from small in slide.Page.Words.Where(w => w.Height < SmallestWordHeight && w.Text.Any(char.IsLetterOrDigit))
               .GroupBy(w => Nearest(slide, w).Shape.Name)
           let worst = small.MinBy(w => w.Height)!
           select string.Create(CultureInfo.InvariantCulture,
               $"{slide.Geometry.Label}: shape \"{small.Key}\" renders {worst} {worst.Height:0.#} pt tall, about {worst.Height / LineHeight:0.#}-point text ({small.Count()} word(s) under the {SmallestWordHeight} pt of 10-point text)"),
    ];

    /// <summary>Every word inside a shape that carries text (its box, a table's rows as written, a chart's frame); one line per shape it spilled from.</summary>
    public static List<string> InsideTextShapes(RenderedDeck deck) =>
    [
        .. from slide in Slides(deck)
           from outside in slide.Page.Words.Select(w => (Word: w, Nearest: Nearest(slide, w))).Where(w => w.Nearest.Distance > Tolerance).GroupBy(w => w.Nearest.Shape.Name)
           let worst = outside.MaxBy(w => w.Nearest.Distance)
           select string.Create(CultureInfo.InvariantCulture,
               $"{slide.Geometry.Label}: {worst.Word} lies {worst.Nearest.Distance:0.#} pt outside the nearest shape carrying text, \"{outside.Key}\" {Format(worst.Nearest.Box)} ({outside.Count()} word(s) outside it)"),
    ];

    private static IEnumerable<(SlideGeometry Geometry, RenderedPage Page, double Scale)> Slides(RenderedDeck deck) =>
        deck.Geometry.Slides.Zip(deck.Pages, (slide, page) => (slide, page, page.Width / deck.Geometry.Width));

    /// <summary>The shape carrying text that is closest to the word (distance 0 when it holds it), its box in points.</summary>
    private static (SlideShape Shape, (double Left, double Top, double Right, double Bottom) Box, double Distance) Nearest((SlideGeometry Geometry, RenderedPage Page, double Scale) slide, RenderedWord word)
    {
        (SlideShape Shape, (double Left, double Top, double Right, double Bottom) Box, double Distance) nearest = (new SlideShape(-1, "(none)", "none", default, null, false, 0, [], 0), (0, 0, 0, 0), double.PositiveInfinity);
        foreach (var shape in slide.Geometry.Shapes.Where(s => s.CarriesText && !s.IsLine))
        {
            var box = (Left: shape.Box.X * slide.Scale, Top: shape.Box.Y * slide.Scale, Right: shape.Box.Right * slide.Scale, Bottom: shape.Box.Bottom * slide.Scale);
            var distance = new[] { box.Left - word.Left, box.Top - word.Top, word.Right - box.Right, word.Bottom - box.Bottom, 0 }.Max();
            if (distance < nearest.Distance)
            {
                nearest = (shape, box, distance);
            }
        }

        return nearest;
    }

    private static string Format((double Left, double Top, double Right, double Bottom) box) =>
        string.Create(CultureInfo.InvariantCulture, $"({box.Left:0.#},{box.Top:0.#})–({box.Right:0.#},{box.Bottom:0.#}) pt");
}
