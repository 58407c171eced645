namespace OfficeJourney.Vocabulary;

/// <summary>How findings are written in a language (languages/&lt;tag&gt;/insights.json): headings by rule, message patterns, dimension names.</summary>
/// <param name="Headings">By the rule's JSON name ("largest-drop-off").</param>
/// <param name="Messages">Patterns with {0}, {1}… by name ("largestDropOff").</param>
/// <param name="Dimensions">"channel", "device", "department" as the language says them in a sentence.</param>
public sealed record InsightWords(
    IReadOnlyDictionary<string, string> Headings,
    IReadOnlyDictionary<string, string> Messages,
    IReadOnlyDictionary<string, string> Dimensions,
    string ListSeparator)
{
    private static readonly IReadOnlyDictionary<string, InsightWords> ByLanguage = LanguageFiles.Embedded.Read("insights.json", Read);

    /// <summary>A written language's words, by tag; English's for any other.</summary>
    public static InsightWords For(string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var words) ? words : ByLanguage[Language.English];

    private static InsightWords Read(WordsJson json) =>
        new(Texts(json.Section("headings")), Texts(json.Section("messages")), Texts(json.Section("dimensions")), json.Text("listSeparator"));

    private static Dictionary<string, string> Texts(WordsJson section) =>
        section.Keys().ToDictionary(key => key, section.Text, StringComparer.Ordinal);
}
