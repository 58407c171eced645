namespace OfficeJourney.Slides.Options;

/// <summary>
/// The deck's colours, derived from one brand colour so that every text colour reads on every fill it is put on (WCAG
/// AA, 4.5:1): the brand itself fills bands and chevrons, with white or dark text, whichever reads; where the brand is
/// text (headings, the map type) it is darkened, hue kept, until it reads on white and on the brand's tints; the
/// emotion curve takes the brand's complementary hue, kept clear of the pain red and the opportunity green.
/// </summary>
internal sealed record BrandPalette
{
    /// <summary>AA for text under 18 pt (14 pt bold).</summary>
    public const double TextContrast = 4.5;

    /// <summary>AA for large text and for the lines and points of a chart against the slide.</summary>
    public const double GraphicContrast = 3;

    // The colours that carry meaning, not the brand: ink, lines, pain red and opportunity green with their tints.
    public static readonly Rgb Ink = Rgb.Parse("1F2937");
    public static readonly Rgb Line = Rgb.Parse("D1D5DB");
    public static readonly Rgb PainFill = Rgb.Parse("FDECEA");
    public static readonly Rgb OpportunityFill = Rgb.Parse("E8F6EE");
    private static readonly Rgb PainBase = Rgb.Parse("C0392B");
    private static readonly Rgb OpportunityBase = Rgb.Parse("1E8449");
    private static readonly Rgb MutedBase = Rgb.Parse("6B7280");

    // The curve's hue when the brand is a grey and has none: the orange the deck always had.
    private const double GreyCurveHue = 28;
    private const double HueClearance = 30;

    private BrandPalette(Rgb brand)
    {
        var (hue, saturation, _) = brand.ToHsl();
        BrandFill = brand;
        Paper = Rgb.FromHsl(hue, Math.Min(saturation, 0.3), 0.965);
        Phase = Rgb.FromHsl(hue, Math.Min(saturation, 0.55), 0.92);
        Rgb[] light = [Rgb.White, Paper, Phase];
        OnBrand = Readable(brand);
        Brand = DarkenUntil(brand, TextContrast, light);
        Pain = DarkenUntil(PainBase, TextContrast, [.. light, PainFill]);
        Opportunity = DarkenUntil(OpportunityBase, TextContrast, [.. light, OpportunityFill]);
        Muted = DarkenUntil(MutedBase, TextContrast, [.. light, PainFill, OpportunityFill]);
        Curve = DarkenUntil(Rgb.FromHsl(CurveHue(hue, saturation), 0.75, 0.5), GraphicContrast, [Rgb.White]);
    }

    /// <summary>The user's colour, unchanged: bands, chevrons, the title slide's edge.</summary>
    public Rgb BrandFill { get; }

    /// <summary>Text on <see cref="BrandFill"/>: white, the ink, or black, whichever reads.</summary>
    public Rgb OnBrand { get; }

    /// <summary>The brand as text on white, paper and phase tints (and a fill white text reads on).</summary>
    public Rgb Brand { get; }

    public Rgb Paper { get; }

    public Rgb Phase { get; }

    public Rgb Pain { get; }

    public Rgb Opportunity { get; }

    public Rgb Muted { get; }

    public Rgb Curve { get; }

    public static BrandPalette Of(Rgb brand) => new(brand);

    /// <summary>White or the ink, whichever contrasts more; black when neither reaches AA (mid-tones), as black always does then.</summary>
    private static Rgb Readable(Rgb fill)
    {
        var best = Rgb.Contrast(Rgb.White, fill) >= Rgb.Contrast(Ink, fill) ? Rgb.White : Ink;
        return Rgb.Contrast(best, fill) >= TextContrast ? best : Rgb.Black;
    }

    /// <summary>The colour, its HSL lightness lowered step by step, until it contrasts enough with every background.</summary>
    private static Rgb DarkenUntil(Rgb colour, double contrast, IReadOnlyList<Rgb> backgrounds)
    {
        var (hue, saturation, lightness) = colour.ToHsl();
        var candidate = colour;
        while (backgrounds.Any(b => Rgb.Contrast(candidate, b) < contrast) && lightness > 0)
        {
            lightness = Math.Max(0, lightness - 0.01);
            candidate = Rgb.FromHsl(hue, saturation, lightness);
        }

        return candidate;
    }

    /// <summary>The brand's complementary hue, moved out of the pain and opportunity hues so the curve's points stay apart from them.</summary>
    private static double CurveHue(double brandHue, double saturation)
    {
        var hue = saturation < 0.08 ? GreyCurveHue : (brandHue + 180) % 360;
        foreach (var taken in new[] { PainBase.ToHsl().Hue, OpportunityBase.ToHsl().Hue })
        {
            var distance = ((hue - taken + 540) % 360) - 180;
            if (Math.Abs(distance) < HueClearance)
            {
                hue = (taken + (distance < 0 ? -HueClearance : HueClearance) + 360) % 360;
            }
        }

        return hue;
    }
}
