using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Options;

/// <summary>
/// The one place the deck's colours and fonts come from. Colours are RRGGBB, derived from one brand colour by
/// <see cref="BrandPalette"/> so that each text colour reads on the fills it is put on.
/// </summary>
public sealed record DeckTheme
{
    public const string LatinFont = "Calibri";

    private const string DefaultBrand = "2F5597";

    public DeckTheme()
        : this(BrandPalette.Of(Rgb.Parse(DefaultBrand)))
    {
    }

    private DeckTheme(BrandPalette palette)
    {
        BrandFill = palette.BrandFill.ToString();
        OnBrand = palette.OnBrand.ToString();
        Brand = palette.Brand.ToString();
        Paper = palette.Paper.ToString();
        Phase = palette.Phase.ToString();
        Pain = palette.Pain.ToString();
        PainFill = BrandPalette.PainFill.ToString();
        Opportunity = palette.Opportunity.ToString();
        OpportunityFill = BrandPalette.OpportunityFill.ToString();
        Muted = palette.Muted.ToString();
        Curve = palette.Curve.ToString();
    }

    public static DeckTheme Default { get; } = new();

    /// <summary>The brand as text and as a fill white text is written on: the brand colour, darkened if it is too light to read on white.</summary>
    public string Brand { get; init; }

    /// <summary>The brand colour exactly as given: the fill of bands and chevrons, with <see cref="OnBrand"/> text.</summary>
    public string BrandFill { get; init; }

    /// <summary>Text on <see cref="BrandFill"/>.</summary>
    public string OnBrand { get; init; }

    public string Ink { get; init; } = BrandPalette.Ink.ToString();

    public string Muted { get; init; }

    /// <summary>A faint tint of the brand: cards and label columns.</summary>
    public string Paper { get; init; }

    public string Pain { get; init; }

    public string PainFill { get; init; }

    public string Opportunity { get; init; }

    public string OpportunityFill { get; init; }

    /// <summary>A light tint of the brand: phases, highlighted cells.</summary>
    public string Phase { get; init; }

    public string Curve { get; init; }

    public string Line { get; init; } = BrandPalette.Line.ToString();

    /// <summary>Each text colour with the fills it is written on, at any size: each pair must reach WCAG AA for small text (4.5:1).</summary>
    internal IEnumerable<(string Text, string Fill)> TextOnFills()
    {
        string[] light = ["FFFFFF", Paper, Phase];
        foreach (var fill in light.Append(PainFill).Append(OpportunityFill))
        {
            yield return (Ink, fill);
            yield return (Muted, fill);
        }

        foreach (var fill in light)
        {
            yield return (Brand, fill);
            yield return (Pain, fill);
            yield return (Opportunity, fill);
        }

        yield return (OnBrand, BrandFill);
        yield return ("FFFFFF", Brand);
        yield return (Pain, PainFill);
        yield return (Opportunity, OpportunityFill);
    }

    /// <summary>
    /// What the theme part's "$name" attributes are filled in with, for a theme part of the given name. The font of each
    /// complex script a written language uses is "$font" and the script's code ("$fontThai"), from its language.json.
    /// </summary>
    internal Dictionary<string, string> ThemePartValues(string name)
    {
        var values = ColourAndFontValues(name);
        foreach (var language in Language.Written.All)
        {
            if (language.ComplexScriptFont is { } font)
            {
                values.TryAdd("font" + language.Script, font);
            }
        }

        return values;
    }

    private Dictionary<string, string> ColourAndFontValues(string name) => new(StringComparer.Ordinal)
    {
        ["name"] = name,
        ["ink"] = Ink,
        ["paper"] = Paper,
        ["brand"] = BrandFill,
        ["brandText"] = Brand,
        ["pain"] = Pain,
        ["opportunity"] = Opportunity,
        ["phase"] = Phase,
        ["curve"] = Curve,
        ["line"] = Line,
        ["latinFont"] = LatinFont,
    };

    /// <summary>A theme with another brand colour, as RRGGBB (a leading # is allowed).</summary>
    public static DeckTheme WithBrand(string rrggbb)
    {
        var hex = rrggbb.TrimStart('#');
        if (hex.Length != 6 || !hex.All(Uri.IsHexDigit))
        {
            throw new UnknownChoiceException($"\"{rrggbb}\" is not a colour: write it as RRGGBB, for example 2F5597.");
        }

        return new DeckTheme(BrandPalette.Of(Rgb.Parse(hex)));
    }
}
