using System.Globalization;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// Estimates how much room text needs, so that content is split across slides before it would overflow. Lines are
/// wrapped word by word with each character's width estimated by its kind (narrow, wide, capital, mark…), then a
/// margin is added: generous, since a slide that breaks early is better than text under the slide's edge.
/// </summary>
internal static class TextFit
{
    // Over the estimate: where Calibri is missing (LibreOffice on Linux) Noto Sans stands in, wider and with taller lines.
    private const double Margin = 1.22;
    private const double LineSpacing = 1.36;
    private const double ThaiLineSpacing = 1.5;

    public static int Lines(string text, long width, double size)
    {
        var room = width / (size * Emu.PerPoint * Margin); // in ems
        var lines = 0;
        foreach (var line in text.AsSpan().Split('\n'))
        {
            lines += Wrapped(text.AsSpan()[line], Math.Max(1, room));
        }

        // A long paragraph's wrapping errors add up: a line more in every dozen, so LibreOffice's autofit never shrinks it.
        return lines + (lines >= 3 ? (lines + 11) / 12 : 0);
    }

    public static long Height(int lines, double size) => (long)(lines * size * LineSpacing * Emu.PerPoint);

    /// <summary>The height of a line in the tallest script (Thai): what text is cut into pieces by, so that a piece fits whatever its script.</summary>
    public static long TallestLine(double size) => (long)(size * ThaiLineSpacing * Emu.PerPoint);

    /// <summary>The height of paragraphs; Thai lines are taller, its vowel and tone marks standing above and below the line.</summary>
    public static long Height(IEnumerable<string> paragraphs, long width, double size)
    {
        long height = 0;
        foreach (var paragraph in paragraphs)
        {
            height += Height(paragraph, width, size);
        }

        return height;
    }

    /// <summary>The height of one paragraph.</summary>
    public static long Height(string paragraph, long width, double size) =>
        (long)(Lines(paragraph, width, size) * size * (IsThai(paragraph) ? ThaiLineSpacing : LineSpacing) * Emu.PerPoint);

    /// <summary>
    /// The longest start of <paramref name="text"/> that takes at most <paramref name="lines"/> lines, with "…" when cut
    /// (found by halving over no more characters than the lines could hold, so a long text costs a few estimates of a
    /// few lines, not one per character nor one of the whole text).
    /// </summary>
    public static string Fitted(string text, long width, double size, int lines)
    {
        var most = MostCharacters(width, size, lines);
        if (text.Length <= most && Lines(text, width, size) <= lines)
        {
            return text;
        }

        int low = 1, high = Math.Min(text.Length, most) - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Lines(Clip(text, middle + 1), width, size) <= lines)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Clip(text, low + 1);
    }

    /// <summary>
    /// The text cut to at most <paramref name="max"/> characters with "…", between characters as the reader sees them:
    /// never between the halves of a surrogate pair, never before a combining mark (a Thai vowel or tone mark).
    /// </summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Math.Max(1, max - 1);
        while (cut > 0 && (char.IsLowSurrogate(text[cut]) || IsMark(text[cut])))
        {
            cut--;
        }

        // Room for less than the first character as it is seen: that one, whole.
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : StringInfo.GetNextTextElementLength(text, 0)), "…");
    }

    /// <summary>More characters than <paramref name="lines"/> lines can hold: each is at least a space wide, or a mark on one (at most one in two, even in Thai).</summary>
    private static int MostCharacters(long width, double size, int lines)
    {
        var perLine = (width / (size * Emu.PerPoint * Margin) / Width(' ')) + 1;
        return (int)Math.Min(int.MaxValue / 4, 2 * lines * perLine) + 2;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsThai(string text) => text.AsSpan().IndexOfAnyInRange('\u0E00', '\u0E7F') >= 0;

    /// <summary>Lines one paragraph takes when wrapped at spaces; a word wider than a line is broken where it fills one.</summary>
    private static int Wrapped(ReadOnlySpan<char> paragraph, double room)
    {
        var lines = 1;
        double used = 0, word = 0;
        foreach (var c in paragraph)
        {
            var width = Width(c);
            if (c == ' ')
            {
                used += word;
                word = 0;
                if (used + width <= room)
                {
                    used += width;
                }

                continue;
            }

            word += width;
            if (used + word > room)
            {
                if (used > 0 && word <= room)
                {
                    lines++; // the word moves to the next line
                    used = 0;
                }
                else
                {
                    lines++; // a word longer than a line: broken where it fills it
                    used = 0;
                    word = width;
                }
            }
        }

        return lines;
    }

    /// <summary>A character's advance in ems, rounded up for the Calibri/Carlito, Tahoma and Thai faces the decks use.</summary>
    private static double Width(char c) => c switch
    {
        ' ' => 0.23,
        'i' or 'l' or 'j' or 't' or 'f' or 'r' or 'I' or '.' or ',' or ';' or ':' or '!' or '|' or '\'' or '(' or ')' => 0.32,
        'm' or 'w' or 'M' or 'W' or '@' or '%' => 0.82,
        >= 'A' and <= 'Z' => 0.62,
        >= '0' and <= '9' => 0.51,
        < '\u0080' => 0.5,
        _ when CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
        >= '\u0E00' and <= '\u0E7F' => 0.5, // Thai
        >= '\u0600' and <= '\u06FF' => 0.55, // Arabic script (Persian)
        _ => 0.6,
    };
}
