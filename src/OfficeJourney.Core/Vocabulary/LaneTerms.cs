using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// What people call each lane, in every supported language (languages/&lt;tag&gt;/lanes.json). The first term of each
/// language is the label OfficeJourney writes (templates, exports); the rest are synonyms it recognises.
/// </summary>
internal static class LaneTerms
{
    public static readonly IReadOnlyDictionary<LaneKind, IReadOnlyDictionary<string, string[]>> ByKind =
        LanguageWords.WrittenByKey(language => LanguageWords.Lanes[language].Lanes);

    /// <summary>Words that head the stage row or column ("Stage", "Journey stage").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Stage =
        LanguageWords.Written.ToDictionary(language => language, language => LanguageWords.Lanes[language].StageHeaders);

    /// <summary>Words that head the phase row ("Phase").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Phase =
        LanguageWords.Written.ToDictionary(language => language, language => LanguageWords.Lanes[language].PhaseHeaders);
}
