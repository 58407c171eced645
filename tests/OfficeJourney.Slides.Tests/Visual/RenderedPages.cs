using System.Globalization;
using System.Xml.Linq;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>A word as pdftotext places it on a page, in PDF points from the top left.</summary>
internal sealed record RenderedWord(string Text, double Left, double Top, double Right, double Bottom)
{
    public double Height => Bottom - Top;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"\"{Text}\" ({Left:0.#},{Top:0.#})–({Right:0.#},{Bottom:0.#}) pt");
}

/// <summary>A rendered page: its size in points and its words.</summary>
internal sealed record RenderedPage(double Width, double Height, IReadOnlyList<RenderedWord> Words)
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    /// <summary>The pages of <c>pdftotext -bbox</c>'s XHTML.</summary>
    public static List<RenderedPage> Parse(string xhtml) =>
        [.. XDocument.Parse(xhtml).Descendants(Html + "page").Select(page => new RenderedPage(
            Number(page, "width"),
            Number(page, "height"),
            [.. page.Descendants(Html + "word").Select(w => new RenderedWord(w.Value, Number(w, "xMin"), Number(w, "yMin"), Number(w, "xMax"), Number(w, "yMax")))]))];

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}

/// <summary>A deck as written (its geometry) and as LibreOffice rendered it (its pages).</summary>
internal sealed record RenderedDeck(string Name, DeckGeometry Geometry, IReadOnlyList<RenderedPage> Pages);
