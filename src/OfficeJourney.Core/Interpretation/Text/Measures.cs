using System.Globalization;
using System.Text.RegularExpressions;

namespace OfficeJourney.Interpretation.Text;

/// <summary>
/// Reads a measured number as people write one in a cell: "12,400", "12 400", "12.400", "3,5 %", "1.2k", "$4.5M",
/// "۱۲٬۴۰۰", "4.2/5". A group of exactly three digits after one separator is thousands; anything else is a decimal.
/// </summary>
internal static partial class Measures
{
    private const int MaxLength = 64;

    /// <summary>A number and the unit written after it ("%", "s", "/5"); false when the text is not one measured number.</summary>
    public static bool TryRead(string text, out double value, out string? unit)
    {
        value = 0;
        unit = null;
        if (text.Length > MaxLength)
        {
            return false;
        }

        var match = Measure().Match(Numbers.ToAscii(text, commaIsDecimal: false).Trim());
        if (!match.Success || !TryNumber(match.Groups["number"].Value, out value))
        {
            return false;
        }

        value *= match.Groups["scale"].Value switch
        {
            "k" or "K" => 1e3,
            "m" or "M" or "mn" or "Mn" => 1e6,
            "b" or "B" or "bn" or "Bn" => 1e9,
            _ => 1,
        };
        if (match.Groups["sign"].Value == "-")
        {
            value = -value;
        }

        var written = match.Groups["unit"].Value.Trim();
        unit = written.Length > 0 ? (written == "٪" ? "%" : written) : null;
        return double.IsFinite(value);
    }

    private static bool TryNumber(string digits, out double value)
    {
        var text = digits.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        var lastComma = text.LastIndexOf(',');
        var lastDot = text.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            // Both: the later one is the decimal point ("1,234.5", "1.234,5").
            var thousands = lastComma > lastDot ? '.' : ',';
            text = text.Replace(thousands.ToString(), string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (lastComma >= 0 || lastDot >= 0)
        {
            var separator = lastComma >= 0 ? ',' : '.';
            var groups = text.Split(separator);
            var thousands = groups.Length > 2 || (groups[^1].Length == 3 && groups[0].Length is >= 1 and <= 3 && groups[0] != "0");
            text = thousands ? string.Concat(groups) : text.Replace(',', '.');
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^(?<sign>[+\-])?\s*[$€£¥₫฿]?\s*(?<number>\d[\d.,'\s\u00A0\u202F]*?\d|\d)\s*(?<scale>k|K|M|mn|Mn|bn|Bn|B)?\s*(?<unit>%|٪|pp|pts|points|ms|sec|s|mins?|h|hrs?|days?|/\s*\d+|[$€£¥₫฿]|EUR|USD|VND|THB|ريال|تومان|ngày|วัน|روز|dienas)?\s*$")]
    private static partial Regex Measure();
}
