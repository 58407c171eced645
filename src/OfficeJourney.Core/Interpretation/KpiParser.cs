using System.Text.RegularExpressions;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation;

/// <summary>Reads a KPI as written: "Checkout abandonment 68%", "NPS: 42 (target 50)", "Conversion 2.1% → 3%".</summary>
internal static partial class KpiParser
{
    public static Kpi Parse(string text)
    {
        var main = text.Trim();
        string? target = null;

        var targetMatch = TargetClause().Match(main);
        if (targetMatch.Success && targetMatch.Index > 0)
        {
            target = targetMatch.Groups["target"].Value.Trim();
            main = main[..targetMatch.Index].Trim().TrimEnd(',', ';', '(', '[', '-', '–').Trim();
        }
        else
        {
            var arrow = ArrowTarget().Match(main);
            if (arrow.Success)
            {
                target = arrow.Groups["target"].Value.Trim();
                main = main[..arrow.Index].Trim();
            }
        }

        var trailing = TrailingValue().Match(main);
        if (trailing.Success && trailing.Index > 0)
        {
            var name = main[..trailing.Index].Trim().TrimEnd(':', '：', '=', '-', '–', ',').Trim();
            if (name.Length > 0)
            {
                return new Kpi(name, trailing.Groups["value"].Value.Trim(), NullIfEmpty(target));
            }
        }

        var leading = LeadingValue().Match(main);
        if (leading.Success && leading.Length < main.Length)
        {
            var name = main[leading.Length..].Trim().TrimStart(':', '-', '–').Trim();
            if (name.Length > 0)
            {
                return new Kpi(name, leading.Groups["value"].Value.Trim(), NullIfEmpty(target));
            }
        }

        return new Kpi(main.TrimEnd(':', '：').Trim(), null, NullIfEmpty(target));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private const string Value = @"[<>≤≥~≈]?\s*[+\-−]?[$€£¥₫฿]?\s*(?:\p{Nd}{1,3}:\p{Nd}{2}(?::\p{Nd}{2})?|\p{Nd}[\p{Nd}.,٫٬\s]*?\p{Nd}?)\s*(?:%|٪|pp|pts|points|ms|sec|s|mins?|h|hrs?|days?|ngày|วัน|روز|dienas|k|K|M|x|/\s*\p{Nd}+|₫|€|\$|฿|ريال|تومان|EUR|USD|VND|THB)?";

    [GeneratedRegex(@"[\(\[,;\-–]?\s*\b(?:target|goal|aim|benchmark|mục tiêu|chỉ tiêu|เป้าหมาย|เป้า|هدف|mērķis|mērķa)\b\s*[:：=]?\s*(?<target>[^\)\]]+)[\)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetClause();

    [GeneratedRegex(@"\s*(?:→|->|⇒|=>|➜)\s*(?<target>.+)$")]
    private static partial Regex ArrowTarget();

    [GeneratedRegex(@"[\s:：=]\s*(?<value>" + Value + @")\s*$")]
    private static partial Regex TrailingValue();

    [GeneratedRegex(@"^(?<value>" + Value + @")\s+")]
    private static partial Regex LeadingValue();
}
