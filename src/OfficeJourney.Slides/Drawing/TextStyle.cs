namespace OfficeJourney.Slides.Drawing;

/// <summary>
/// How text is written for the map's language, as its language.json says: every run carries its culture and the Latin
/// font; a complex script (Thai, Arabic) names its font in the complex-script slot, so PowerPoint picks one with the
/// glyphs; a right-to-left language reads right to left.
/// </summary>
internal sealed record TextStyle(string Language, string Culture, bool RightToLeft, string LatinFont, string? ComplexScriptFont);
