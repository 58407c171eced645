using System.Text;

namespace OfficeJourney.Mermaid;

/// <summary>
/// Text made safe for the visible part of a Mermaid journey. Its grammar ends a name at <c>:</c>, <c>#</c> (a
/// comment), <c>;</c> and a line break, and reads <c>%%</c> as a comment; a name starting with a keyword
/// (<c>journey</c>, <c>title </c>, <c>section </c>, <c>accDescr</c>) would be read as that keyword. Such characters are
/// shown as their full-width look-alikes and such a name gets an invisible zero-width space in front; the exact text
/// travels in the <c>%% oj</c> lines (<see cref="OjLines"/>).
/// </summary>
internal static class MermaidText
{
    private const char ZeroWidthSpace = '\u200B';
    private static readonly string[] Keywords = ["journey", "title", "section", "acctitle", "accdescr"];

    /// <summary>A task name, section name, or actor (<paramref name="inList"/>: commas separate actors) as Mermaid can show it.</summary>
    public static string Visible(string text, bool inList = false, bool colonAllowed = false)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\r' or '\n' or '\t' or '\u2028' or '\u2029' or '\u0085' => ' ',
                ':' when !colonAllowed => '：',
                '#' => '＃',
                ';' => '；',
                '%' => '％',
                ',' when inList => '，',
                _ => c,
            });
        }

        var visible = builder.ToString().Trim();
        if (visible.Length == 0)
        {
            return "-";
        }

        return Array.Exists(Keywords, k => visible.StartsWith(k, StringComparison.OrdinalIgnoreCase)) ? ZeroWidthSpace + visible : visible;
    }

    /// <summary>Text cut at the first <c>#</c>: the rest of a line is a comment to Mermaid.</summary>
    public static string BeforeComment(string text) => text.IndexOf('#', StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;
}
