namespace OfficeJourney.Vocabulary;

/// <summary>
/// What a language OfficeJourney writes says about itself in languages/&lt;tag&gt;/language.json: its name and direction,
/// how decks and templates set its text, how a sheet in it is told from others, and its KPI words where less is better.
/// </summary>
/// <param name="Name">The language's name in itself, as the pane's menus show it.</param>
/// <param name="Culture">The culture its text is tagged with in a deck ("th-TH").</param>
/// <param name="Font">The font its text is set in: a template's cells; in a deck, the complex-script slot when <paramref name="ComplexScript"/>.</param>
/// <param name="ComplexScript">Whether its script is one Office sets in the complex-script font (Thai, Arabic), not the Latin one.</param>
/// <param name="Script">The ISO 15924 code of its script ("Latn", "Thai", "Arab"): languages of one script share its letters.</param>
/// <param name="ScriptRanges">The characters of its script.</param>
/// <param name="Letters">Letters that tell it from the other languages of its script; none for the one a script falls back to.</param>
/// <param name="LessIsBetter">Words of KPI names where a lower value is the better one ("churn").</param>
public sealed record WrittenLanguage(
    string Tag,
    string Name,
    bool RightToLeft,
    string Culture,
    string Font,
    bool ComplexScript,
    string Script,
    IReadOnlyList<CharacterRange> ScriptRanges,
    string Letters,
    IReadOnlyList<string> LessIsBetter)
{
    /// <summary>The font a deck names in its runs' complex-script slot; none for a script the Latin font covers.</summary>
    public string? ComplexScriptFont => ComplexScript ? Font : null;

    internal static WrittenLanguage Read(string tag, WordsJson json) => new(
        tag,
        json.Text("name"),
        json.Choice("direction", "ltr", "rtl") == "rtl",
        json.Text("culture"),
        json.Text("font"),
        json.Flag("complexScript"),
        json.Text("script"),
        Ranges(json, "scriptRanges"),
        json.Text("letters"),
        json.Words("lessIsBetter"));

    // A loop, not LINQ into a value type: see WordsJson.
    private static CharacterRange[] Ranges(WordsJson json, string key)
    {
        var texts = json.Words(key);
        var ranges = new CharacterRange[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            ranges[i] = CharacterRange.Parse(texts[i]) ?? throw json.Invalid($"{key}[{i}]", "is not a range of code points written as 0E00-0E7F");
        }

        return ranges;
    }
}
