namespace OfficeJourney.Vocabulary;

/// <summary>
/// The languages OfficeJourney writes, as their folders say: languages.json lists them in menu order, and each one's
/// language.json says the rest (<see cref="WrittenLanguage"/>). Read once; nothing else names a language in code.
/// </summary>
public sealed class WrittenLanguages
{
    private readonly Dictionary<string, WrittenLanguage> byTag;
    private readonly LanguageDetector detector;

    private WrittenLanguages(IReadOnlyList<WrittenLanguage> all, string fallback)
    {
        All = all;
        Tags = [.. all.Select(l => l.Tag)];
        byTag = all.ToDictionary(l => l.Tag, StringComparer.OrdinalIgnoreCase);
        detector = new LanguageDetector(all, fallback);
    }

    /// <summary>In the order menus list them.</summary>
    public IReadOnlyList<WrittenLanguage> All { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>A written language by its tag in any case; null for one OfficeJourney does not write.</summary>
    public WrittenLanguage? Find(string tag) => byTag.GetValueOrDefault(tag);

    /// <summary>Tells the language of a text from its script and letters; null when nothing tells.</summary>
    public string? Detect(string text) => detector.Detect(text);

    /// <summary>The written languages of a languages/ folder, <paramref name="fallback"/> the one a text of its script is unless its letters say otherwise.</summary>
    /// <exception cref="InvalidDataException">A written language has no language.json, a folder OfficeJourney only reads has one, or a file is incomplete.</exception>
    internal static WrittenLanguages Read(LanguageFiles files, string fallback)
    {
        var tags = files.ReadShared("languages.json", json => json.Words("written"));
        var about = files.Read("language.json", WrittenLanguage.Read);
        var stray = about.Keys.Except(tags, StringComparer.Ordinal).ToList();
        if (stray.Count > 0)
        {
            throw new InvalidDataException($"languages/{stray[0]}/language.json belongs to a language languages.json does not list as written.");
        }

        var all = tags.Select(tag => about.GetValueOrDefault(tag) ?? throw new InvalidDataException($"languages/{tag}/language.json is missing: languages.json lists {tag} as written.")).ToList();
        return all.Exists(l => l.Tag == fallback)
            ? new WrittenLanguages(all, fallback)
            : throw new InvalidDataException($"languages.json does not list {fallback}, the language every other falls back to.");
    }
}
