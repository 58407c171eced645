using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// Estimates how much room text needs, so that content is split across slides before it would overflow.
/// Deliberately generous: a slide that breaks early is better than text under the slide's edge.
/// </summary>
internal static class TextFit
{
    private const double CharacterWidth = 0.56; // of the font size, averaged over Latin, Thai and Persian text
    private const double LineSpacing = 1.25;

    public static int Lines(string text, long width, double size)
    {
        var perLine = Math.Max(1, (int)(width / (size * CharacterWidth * Emu.PerPoint)));
        var lines = 0;
        foreach (var line in text.Split('\n'))
        {
            lines += Math.Max(1, (int)Math.Ceiling(line.Length / (double)perLine));
        }

        return lines;
    }

    public static long Height(int lines, double size) => (long)(lines * size * LineSpacing * Emu.PerPoint);

    public static long Height(IEnumerable<string> paragraphs, long width, double size) =>
        Height(paragraphs.Sum(p => Lines(p, width, size)), size);

    /// <summary>The text cut to at most <paramref name="max"/> characters with "…", never between the halves of a surrogate pair.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
