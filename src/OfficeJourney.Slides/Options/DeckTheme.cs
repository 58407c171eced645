using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Options;

/// <summary>The one place the deck's colours and fonts come from. Colours are RRGGBB.</summary>
public sealed record DeckTheme
{
    public const string LatinFont = "Calibri";

    public static DeckTheme Default { get; } = new();

    public string Brand { get; init; } = "2F5597";

    public string Ink { get; init; } = "1F2937";

    public string Muted { get; init; } = "6B7280";

    public string Paper { get; init; } = "F3F4F6";

    public string Pain { get; init; } = "C0392B";

    public string PainFill { get; init; } = "FDECEA";

    public string Opportunity { get; init; } = "1E8449";

    public string OpportunityFill { get; init; } = "E8F6EE";

    public string Phase { get; init; } = "D9E2F3";

    public string Curve { get; init; } = "E67E22";

    public string Line { get; init; } = "D1D5DB";

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
        ["muted"] = Muted,
        ["paper"] = Paper,
        ["brand"] = Brand,
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

        return new DeckTheme { Brand = hex.ToUpperInvariant() };
    }
}
