using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// Languages OfficeJourney reads but never writes: people keep journey maps in them, so their labels, emotion
/// words and placeholders are recognised (the folders of languages/ that languages.json does not list as written).
/// Nothing here changes what OfficeJourney writes (that is the first term of each supported language in
/// <see cref="LaneTerms"/>, <see cref="EmotionTerms"/> and <see cref="CommonTerms"/>), and <see cref="Lexicon"/> indexes
/// these tables after those, so a term already known keeps its meaning.
/// </summary>
internal static class RecognisedLanguages
{
    public static IReadOnlyList<string> Tags => LanguageWords.ReadOnly;

    /// <summary>Lane labels per language.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<LaneKind, string[]>> LaneLabels =
        Tags.ToDictionary(tag => tag, tag => LanguageWords.Lanes[tag].Lanes);

    /// <summary>Words that head the stage row or column, as <see cref="LaneTerms.Stage"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> StageHeaders = Tags.ToDictionary(tag => tag, tag => LanguageWords.Lanes[tag].StageHeaders);

    /// <summary>Words that head the phase row, as <see cref="LaneTerms.Phase"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PhaseHeaders = Tags.ToDictionary(tag => tag, tag => LanguageWords.Lanes[tag].PhaseHeaders);

    /// <summary>Emotion words per language, levels from +2 down to -2 as <see cref="EmotionTerms.Words"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string[][]> EmotionWords = Tags.ToDictionary(tag => tag, tag => LanguageWords.Emotions[tag].Levels);

    /// <summary>Cells that say "nothing here yet", per language.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Placeholders = Tags.ToDictionary(tag => tag, tag => LanguageWords.Terms[tag].Placeholders);

    /// <summary>Persona card keys per language.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<CommonTerms.PersonaKey, string[]>> PersonaKeys =
        Tags.ToDictionary(tag => tag, tag => LanguageWords.Terms[tag].PersonaKeys);

    /// <summary>Step-table column names per language, as <see cref="CommonTerms.StepColumns"/>.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<CommonTerms.StepColumn, string[]>> StepColumns =
        Tags.ToDictionary(tag => tag, tag => LanguageWords.Terms[tag].StepColumns);
}
