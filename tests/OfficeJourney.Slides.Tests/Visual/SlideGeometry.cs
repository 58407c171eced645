using System.Globalization;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>A box on the slide in EMU (12,700 to the point).</summary>
internal readonly record struct Rect(long X, long Y, long Width, long Height)
{
    public const long Point = 12_700;

    public long Right => X + Width;

    public long Bottom => Y + Height;

    public long Area => Width * Height;

    public Rect Intersect(Rect other)
    {
        var left = Math.Max(X, other.X);
        var top = Math.Max(Y, other.Y);
        return new Rect(left, top, Math.Max(0, Math.Min(Right, other.Right) - left), Math.Max(0, Math.Min(Bottom, other.Bottom) - top));
    }

    /// <summary>Whether the two share more than a sliver: both sides of the common part longer than <paramref name="tolerance"/>.</summary>
    public bool Overlaps(Rect other, long tolerance)
    {
        var common = Intersect(other);
        return common.Width > tolerance && common.Height > tolerance;
    }

    public bool Contains(Rect other, long tolerance) =>
        other.X >= X - tolerance && other.Y >= Y - tolerance && other.Right <= Right + tolerance && other.Bottom <= Bottom + tolerance;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({X / (double)Point:0.#},{Y / (double)Point:0.#} {Width / (double)Point:0.#}×{Height / (double)Point:0.#} pt)");
}

/// <summary>A run of text: its characters, size in hundredths of a point (null: inherited), weight and RRGGBB colour (null: the theme's text colour).</summary>
internal sealed record TextRun(string Text, int? Size, bool Bold, string? Color)
{
    public bool Shows => Text.Trim().Length > 0;
}

/// <summary>A paragraph: its runs and the size its end mark gives the line when it holds no text.</summary>
internal sealed record TextParagraph(IReadOnlyList<TextRun> Runs, int? EndSize)
{
    public bool Shows => Runs.Any(r => r.Shows);
}

/// <summary>Where text sits: a shape's text body, or one table cell, with the box and the fill behind it (RRGGBB, or null).</summary>
internal sealed record TextArea(string Where, Rect Box, string? Fill, IReadOnlyList<TextParagraph> Paragraphs)
{
    public bool Shows => Paragraphs.Any(p => p.Shows);
}

/// <summary>One shape of a slide's tree (p:sp, p:pic, p:graphicFrame or p:cxnSp) in drawing order.</summary>
internal sealed record SlideShape(int Order, string Name, string Kind, Rect Box, string? Fill, bool IsLine, long LineWidth, IReadOnlyList<TextArea> Text, int TableRows)
{
    public bool HasText => Text.Any(t => t.Shows);

    /// <summary>Shapes whose content must stay clear of each other: words, tables, charts and pictures.</summary>
    public bool CarriesText => HasText || Kind is "graphicFrame" or "pic";

    public bool IsTable => TableRows > 0;

    public string PlainText => string.Join(" ", Text.SelectMany(t => t.Paragraphs).SelectMany(p => p.Runs).Select(r => r.Text)).Trim();
}

/// <summary>One slide: its number in the deck, its title (the "Title" shape's first line), its background and shapes, and the text sizes of its charts.</summary>
internal sealed record SlideGeometry(int Number, string Title, string Background, IReadOnlyList<SlideShape> Shapes, IReadOnlyList<(string Chart, int Size)> ChartTextSizes)
{
    public string Label => $"slide {Number} \"{Title}\"";
}

/// <summary>A deck's slide size, its theme's text colour and its slides.</summary>
internal sealed record DeckGeometry(long Width, long Height, string Ink, IReadOnlyList<SlideGeometry> Slides);
