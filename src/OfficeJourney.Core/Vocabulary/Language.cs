namespace OfficeJourney.Vocabulary;

/// <summary>The languages OfficeJourney reads and writes, as BCP 47 tags, from the languages/ folders (<see cref="WrittenLanguages"/>).</summary>
public static class Language
{
    /// <summary>The language everything falls back to: a map in another, a deck or template in one not written.</summary>
    public const string English = "en";

    /// <summary>The languages OfficeJourney writes, as embedded, in the order menus list them.</summary>
    public static WrittenLanguages Written { get; } = WrittenLanguages.Read(LanguageFiles.Embedded, English);

    /// <summary>The tags of the languages OfficeJourney writes, in the order menus list them (languages/languages.json).</summary>
    public static IReadOnlyList<string> Supported => Written.Tags;

    public static bool IsSupported(string tag) => Written.Find(tag) is not null;

    /// <summary>Whether a written language's language.json says it reads right to left, by tag in any case.</summary>
    public static bool IsRightToLeft(string tag) => Written.Find(tag)?.RightToLeft ?? false;

    /// <summary>A language OfficeJourney writes, by tag in any case; English for any other.</summary>
    public static WrittenLanguage Of(string tag) => Written.Find(tag) ?? Written.Find(English)!;

    /// <summary>Tells the language of a text from its script and letters; null when nothing tells.</summary>
    public static string? Detect(string text) => Written.Detect(text);
}
