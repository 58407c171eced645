namespace OfficeJourney.Vocabulary;

/// <summary>Terms keyed by language, the first of each list being the one OfficeJourney writes.</summary>
internal static class ByLanguage
{
    public static IReadOnlyDictionary<string, string[]> Of(string[] en, string[] th, string[] vi, string[] fa, string[] lv) =>
        new Dictionary<string, string[]>
        {
            [Language.English] = en,
            [Language.Thai] = th,
            [Language.Vietnamese] = vi,
            [Language.Persian] = fa,
            [Language.Latvian] = lv,
        };
}
