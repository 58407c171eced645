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

    // Per character of the Basic Multilingual Plane, the script it counts for (-1: none), and, for the few that are some
    // language's own letters, which languages (a bit each): looked up once per character instead of searching every
    // language's letters and ranges, which made reading a sheet a third slower.
    private readonly sbyte[] scriptOfChar = new sbyte[char.MaxValue + 1];
    private readonly Dictionary<char, long> lettersOf = [];

    /// <param name="languages">In the order of languages.json: a tie goes to the one listed first.</param>
    /// <param name="fallback">The language of the script that loses a tie to any other: its words (English's) turn up in sheets of every language.</param>
    public LanguageDetector(IReadOnlyList<WrittenLanguage> languages, string fallback)
    {
        if (languages.Count > 64)
        {
            throw new InvalidDataException($"languages.json lists {languages.Count} written languages; OfficeJourney tells at most 64 apart.");
        }

        this.languages = [.. languages];
        var fallbackScript = languages.Single(l => l.Tag == fallback).Script;
        scripts = [.. languages.Select(l => l.Script).Distinct(StringComparer.Ordinal).Where(s => s != fallbackScript), fallbackScript];

        // Loops, not LINQ into a value type: see WordsJson.
        scriptOf = new int[languages.Count];
        for (var l = 0; l < languages.Count; l++)
        {
            scriptOf[l] = Array.IndexOf(scripts, languages[l].Script);
        }

        Array.Fill(scriptOfChar, (sbyte)-1);
        for (var l = languages.Count - 1; l >= 0; l--)
        {
            // The first language listed whose script holds a character decides its script.
            foreach (var range in languages[l].ScriptRanges)
            {
                scriptOfChar.AsSpan(range.First, range.Last - range.First + 1).Fill((sbyte)scriptOf[l]);
            }
        }

        for (var l = 0; l < languages.Count; l++)
        {
            foreach (var letter in languages[l].Letters)
            {
                lettersOf[letter] = lettersOf.GetValueOrDefault(letter) | (1L << l);
                scriptOfChar[letter] = (sbyte)scriptOf[l];
            }
        }
    }

    /// <summary>The language of a text; null when nothing in it is a letter of any language's script.</summary>
    public string? Detect(string text)
    {
        Span<int> scriptCounts = stackalloc int[scripts.Length];
        Span<int> letterCounts = stackalloc int[languages.Length];
        foreach (var c in text)
        {
            var script = scriptOfChar[c];
            if (script < 0)
            {
                continue;
            }

            scriptCounts[script]++;
            if (lettersOf.TryGetValue(c, out var owners))
            {
                for (var l = 0; l < languages.Length; l++)
                {
                    letterCounts[l] += (int)((owners >> l) & 1);
                }
            }
        }

        var best = 0;
        for (var s = 1; s < scripts.Length; s++)
        {
            best = scriptCounts[s] > scriptCounts[best] ? s : best;
        }

        return scriptCounts[best] == 0 ? null : LanguageOf(best, letterCounts);
    }

    private string LanguageOf(int script, ReadOnlySpan<int> letterCounts)
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
