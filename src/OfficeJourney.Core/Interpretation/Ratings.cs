using System.Text.RegularExpressions;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation;

/// <summary>Reads an impact rating as written: "high", "Trung bình", "4/5", "4", "★★★☆☆", "⭐⭐⭐".</summary>
internal static partial class Ratings
{
    /// <summary>The rating a whole cell or aside states; null when it states none.</summary>
    public static Impact? Read(string text)
    {
        var written = text.Trim();
        if (written.Length is 0 or > 24)
        {
            return null;
        }

        if (MetricTerms.ImpactWord(written) is { } word)
        {
            return new Impact(word, written);
        }

        var stars = written.Count(c => c is '★' or '⭐');
        if (stars > 0 && written.All(c => c is '★' or '⭐' or '☆' or ' ' or '\uFE0F'))
        {
            var empty = written.Count(c => c == '☆');
            return new Impact(Math.Round((double)stars / (empty > 0 ? stars + empty : Math.Max(5, stars)), 2), written);
        }

        if (!Measures.TryRead(written, out var value, out var unit) || value < 0)
        {
            return null;
        }

        var top = unit switch
        {
            null => value <= 5 ? 5 : value <= 10 ? 10 : 0,
            "%" => 100,
            _ when unit.StartsWith('/') && Numbers.TryParse(unit[1..], out var of) => of,
            _ => 0,
        };
        return top > 0 && value <= top ? new Impact(Math.Round(value / top, 2), written) : null;
    }

    /// <summary>A rating written at the end of a touchpoint: "Store visit (high)", "Email – 4/5", "App ★★★★".</summary>
    public static Impact? Inline(string touchpoint)
    {
        var aside = Aside().Match(touchpoint);
        return aside.Success && aside.Index > 0 ? Read(aside.Groups["rating"].Value) : null;
    }

    [GeneratedRegex(@"(?:[\(\[]\s*(?<rating>[^\(\)\[\]]{1,24})[\)\]]|\s[-–—:|]\s*(?<rating>[^\s\-–—:|][^\-–—:|]{0,23})|\s(?<rating>[★⭐☆]+))\s*$")]
    private static partial Regex Aside();
}
