using System.Globalization;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// Cuts text too long for one place into consecutive pieces, so that it can continue in the next row or on the next
/// slide instead of overflowing or being dropped. Cuts fall after a space where there is one; text written without
/// spaces (Thai) is cut between characters as the reader sees them, never inside a surrogate pair or before a
/// combining mark.
/// </summary>
internal static class TextSplit
{
    public static IReadOnlyList<string> Pieces(string text, int maxLength)
    {
        maxLength = Math.Max(8, maxLength);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var pieces = new List<string>();
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var cut = Cut(text, start, maxLength);
            pieces.Add(text[start..cut].TrimEnd());
            start = cut;
        }

        pieces.Add(text[start..]);
        return pieces;
    }

    /// <summary>Where the piece from <paramref name="start"/> ends: after the last space in its second half, else at the last character boundary.</summary>
    private static int Cut(string text, int start, int maxLength)
    {
        var limit = start + maxLength;
        for (var i = limit; i > start + (maxLength / 2); i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        var boundary = start;
        var elements = StringInfo.GetTextElementEnumerator(text, start);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + elements.GetTextElement().Length;
            if (next > limit)
            {
                break;
            }

            boundary = next;
        }

        // A single text element longer than a piece (a run of combining marks) is still kept whole.
        return boundary > start ? boundary : start + StringInfo.GetNextTextElementLength(text, start);
    }
}
