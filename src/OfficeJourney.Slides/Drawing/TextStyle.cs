using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Drawing;

/// <summary>
/// How text is written for the map's language: every run carries its language; Thai and Persian name
/// their font in the complex-script slot (so PowerPoint picks one with the glyphs); Persian reads right to left.
/// </summary>
internal sealed record TextStyle(string Language, bool RightToLeft)
{
    public string LanguageTag => Language switch
    {
        Vocabulary.Language.Thai => "th-TH",
        Vocabulary.Language.Vietnamese => "vi-VN",
        Vocabulary.Language.Persian => "fa-IR",
        Vocabulary.Language.Latvian => "lv-LV",
        _ => "en-US",
    };

    /// <summary>The complex-script font, for scripts that need one.</summary>
    public string? ComplexScriptFont => Language switch
    {
        Vocabulary.Language.Thai => DeckTheme.ThaiFont,
        Vocabulary.Language.Persian => DeckTheme.PersianFont,
        _ => null,
    };

    public static TextStyle For(Model.JourneyMap map)
    {
        var language = map.Language is { } tag && Vocabulary.Language.IsSupported(tag) ? tag : Vocabulary.Language.English;
        return new TextStyle(language, map.RightToLeft || Vocabulary.Language.IsRightToLeft(language));
    }
}
