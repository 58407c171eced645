namespace OfficeJourney.Vocabulary;

/// <summary>
/// Tells the language of a text from the scripts and letters the written languages' language.json give: the script
/// with the most characters, then, among the languages of that script, the one with the most letters of its own, else
/// the one with no letters of its own (English among the Latin ones).
/// </summary>
internal sealed class LanguageDetector
{
    private readonly string[] scripts;
    private readonly WrittenLanguage[] languages;
    private readonly int[] scriptOf;

    /// <param name="languages">In the order of languages.json: a tie goes to the one listed first.</param>
    /// <param name="fallback">The language of the script that loses a tie to any other: its words (English's) turn up in sheets of every language.</param>
    public LanguageDetector(IReadOnlyList<WrittenLanguage> languages, string fallback)
    {
        this.languages = [.. languages];
        var fallbackScript = languages.Single(l => l.Tag == fallback).Script;
        scripts = [.. languages.Select(l => l.Script).Distinct(StringComparer.Ordinal).Where(s => s != fallbackScript), fallbackScript];

        // A loop, not LINQ into a value type: see WordsJson.
        scriptOf = new int[languages.Count];
        for (var l = 0; l < languages.Count; l++)
        {
            scriptOf[l] = Array.IndexOf(scripts, languages[l].Script);
        }
    }

    /// <summary>The language of a text; null when nothing in it is a letter of any language's script.</summary>
    public string? Detect(string text)
    {
        var scriptCounts = new int[scripts.Length];
        var letterCounts = new int[languages.Length];
        foreach (var c in text)
        {
            if (ScriptOf(c, letterCounts) is { } script)
            {
                scriptCounts[script]++;
            }
        }

        var best = 0;
        for (var s = 1; s < scripts.Length; s++)
        {
            best = scriptCounts[s] > scriptCounts[best] ? s : best;
        }

        return scriptCounts[best] == 0 ? null : LanguageOf(best, letterCounts);
    }

    /// <summary>The script a character belongs to, counting it for each language whose own letters it is.</summary>
    private int? ScriptOf(char c, int[] letterCounts)
    {
        int? script = null;
        for (var l = 0; l < languages.Length; l++)
        {
            if (languages[l].Letters.Contains(c, StringComparison.Ordinal))
            {
                letterCounts[l]++;
                script = scriptOf[l];
            }
        }

        for (var l = 0; script is null && l < languages.Length; l++)
        {
            foreach (var range in languages[l].ScriptRanges)
            {
                if (range.Contains(c))
                {
                    return scriptOf[l];
                }
            }
        }

        return script;
    }

    private string LanguageOf(int script, int[] letterCounts)
    {
        int? best = null, plain = null;
        for (var l = 0; l < languages.Length; l++)
        {
            if (scriptOf[l] != script)
            {
                continue;
            }

            if (letterCounts[l] > 0 && (best is not { } b || letterCounts[l] > letterCounts[b]))
            {
                best = l;
            }

            plain ??= languages[l].Letters.Length == 0 ? l : null;
        }

        return languages[best ?? plain ?? Array.IndexOf(scriptOf, script)].Tag;
    }
}
