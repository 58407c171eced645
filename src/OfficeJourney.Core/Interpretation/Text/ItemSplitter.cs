using System.Text.RegularExpressions;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.Text;

/// <summary>Splits a cell into items: lines, bullets, and for list-like lanes commas and semicolons.</summary>
internal static partial class ItemSplitter
{
    public static bool IsListLane(LaneKind kind) => kind is LaneKind.Touchpoints or LaneKind.Channels or LaneKind.Owners;

    public static IEnumerable<string> Split(string text, bool listLane)
    {
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\u2028'))
        {
            foreach (var bullet in SplitInlineBullets(rawLine))
            {
                var line = StripBullet(bullet);
                if (!listLane)
                {
                    if (!Lexicon.IsPlaceholder(line))
                    {
                        yield return line;
                    }

                    continue;
                }

                foreach (var part in line.Split([',', ';', '،', '؛', '、', '；', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!Lexicon.IsPlaceholder(part))
                    {
                        yield return part;
                    }
                }
            }
        }
    }

    private static string[] SplitInlineBullets(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Count(c => c == '•') < 2)
        {
            return [trimmed];
        }

        return trimmed.Split('•', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static string StripBullet(string line) => BulletPrefix().Replace(line.Trim(), string.Empty).Trim();

    // Symbol bullets may touch the text ("•Item"); hyphens, pluses and asterisks are bullets only before a space ("-2-3" is text).
    [GeneratedRegex(@"^(?:[\u2022\u2023\u2043\u2219\u25AA\u25AB\u25CF\u25CB\u25E6\u25B8\u25BA\u25B6\u27A2\u2713\u2714\u2192\u00B7]+\s*|[*+\-–—]+\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)")]
    private static partial Regex BulletPrefix();
}
