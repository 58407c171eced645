using System.Globalization;

namespace OfficeJourney.Slides.Options;

/// <summary>
/// A colour as the deck writes it (RRGGBB), with the two measures the palette is built on: WCAG 2 relative luminance
/// and contrast ratio, and HSL, so that a colour can be made lighter or darker without changing its hue.
/// </summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Black = new(0, 0, 0);

    /// <exception cref="FormatException">Not six hex digits.</exception>
    public static Rgb Parse(string rrggbb)
    {
        if (rrggbb.Length != 6 || !int.TryParse(rrggbb, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"\"{rrggbb}\" is not an RRGGBB colour.");
        }

        return new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>WCAG 2.x relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>The WCAG contrast ratio of two colours, 1 to 21, whichever is lighter.</summary>
    public static double Contrast(Rgb a, Rgb b)
    {
        var (la, lb) = (a.Luminance, b.Luminance);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Hue in degrees (0–360), saturation and lightness (0–1); a grey has hue 0 and saturation 0.</summary>
    public (double Hue, double Saturation, double Lightness) ToHsl()
    {
        double r = R / 255.0, g = G / 255.0, b = B / 255.0;
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var lightness = (max + min) / 2;
        var delta = max - min;
        if (delta < 1e-9)
        {
            return (0, 0, lightness);
        }

        var saturation = delta / (1 - Math.Abs((2 * lightness) - 1));
        var hue = max == r ? 60 * (((g - b) / delta) % 6)
            : max == g ? 60 * (((b - r) / delta) + 2)
            : 60 * (((r - g) / delta) + 4);
        return ((hue + 360) % 360, Math.Min(1, saturation), lightness);
    }

    public static Rgb FromHsl(double hue, double saturation, double lightness)
    {
        saturation = Math.Clamp(saturation, 0, 1);
        lightness = Math.Clamp(lightness, 0, 1);
        var chroma = (1 - Math.Abs((2 * lightness) - 1)) * saturation;
        var h = (((hue % 360) + 360) % 360) / 60;
        var x = chroma * (1 - Math.Abs((h % 2) - 1));
        var (r, g, b) = h switch
        {
            < 1 => (chroma, x, 0.0),
            < 2 => (x, chroma, 0.0),
            < 3 => (0.0, chroma, x),
            < 4 => (0.0, x, chroma),
            < 5 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        var m = lightness - (chroma / 2);
        return new Rgb(Channel(r + m), Channel(g + m), Channel(b + m));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{R:X2}{G:X2}{B:X2}");

    private static byte Channel(double value) => (byte)Math.Round(Math.Clamp(value, 0, 1) * 255, MidpointRounding.AwayFromZero);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
