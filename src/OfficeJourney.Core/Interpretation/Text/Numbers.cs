using System.Globalization;
using System.Text;

namespace OfficeJourney.Interpretation.Text;

/// <summary>Reads numbers as people type them: Persian, Arabic-Indic and Thai digits, U+2212 minus, "+2".</summary>
internal static class Numbers
{
    public static bool TryParse(string text, out double value)
    {
        var ascii = ToAscii(text).Trim();
        if (ascii.StartsWith('+'))
        {
            ascii = ascii[1..].TrimStart();
        }

        return double.TryParse(ascii, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <param name="commaIsDecimal">False where a comma may separate thousands ("12,400"): it stays a comma, as Arabic's thousands sign becomes one.</param>
    public static string ToAscii(string text, bool commaIsDecimal = true)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = c switch
            {
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u0E50' and <= '\u0E59' => (char)('0' + (c - '\u0E50')),
                '\u2212' or '\u2013' or '\u2012' => '-',
                '\u066B' => '.',
                ',' => commaIsDecimal ? '.' : ',',
                '\u066C' => ',',
                '\u200E' or '\u200F' or '\u061C' => '\0',
                _ => c,
            };
            if (mapped != c && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (builder is not null && mapped != '\0')
            {
                builder.Append(mapped);
            }
        }

        return builder?.ToString() ?? text;
    }
}
