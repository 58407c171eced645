using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Drawing;

/// <summary>
/// How text is written for the map's language: every run carries its language and its Latin font; Thai and Persian
/// name their font in the complex-script slot (so PowerPoint picks one with the glyphs); Persian reads right to left.
/// </summary>
internal sealed record TextStyle(string Language, bool RightToLeft, string LatinFont, string? ComplexScriptFont)
{
    public string LanguageTag => Language switch
    {
        Vocabulary.Language.Thai => "th-TH",
        Vocabulary.Language.Vietnamese => "vi-VN",
        Vocabulary.Language.Persian => "fa-IR",
        Vocabulary.Language.Latvian => "lv-LV",
        _ => "en-US",
    };
}
