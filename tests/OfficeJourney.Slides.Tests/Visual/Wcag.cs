using System.Globalization;

namespace OfficeJourney.Slides.Tests.Visual;

/// <summary>WCAG 2 contrast: relative luminance of sRGB colours and the ratio AA asks of text.</summary>
internal static class Wcag
{
    public static double Ratio(string foreground, string background)
    {
        var (lighter, darker) = (Luminance(foreground), Luminance(background)) is var (f, b) && f > b ? (f, b) : (b, f);
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>AA: 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold).</summary>
    public static double Required(int hundredthsOfAPoint, bool bold) => hundredthsOfAPoint >= 1800 || (bold && hundredthsOfAPoint >= 1400) ? 3 : 4.5;

    private static double Luminance(string rrggbb)
    {
        double Channel(int offset)
        {
            var value = int.Parse(rrggbb.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
