using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>The words OfficeJourney writes, per language: lane labels, headers, emotion words, map type names.</summary>
public static class JourneyVocabulary
{
    public static string LaneLabel(LaneKind kind, string language) =>
        kind is LaneKind.Custom or LaneKind.Metric
            ? throw new ArgumentException("Custom and metric lanes have their own labels (a metric's: MetricLabel).", nameof(kind))
            : First(LaneTerms.ByKind[kind], language);

    /// <summary>The name a written language gives a metric ("Visitors", "Tỷ lệ thoát"), to label its lane.</summary>
    public static string MetricLabel(MetricKind kind, string language) => MetricTerms.LabelOf(kind, language);

    /// <summary>A touchpoint's impact as a written language writes it ("High", "Trung bình"), with the score it reads back as.</summary>
    public static Impact Impact(ImpactLevel level, string language) => MetricTerms.ImpactOf(level, Supported(language));

    public static string StageHeader(string language) => First(LaneTerms.Stage, language);

    public static string PhaseHeader(string language) => First(LaneTerms.Phase, language);

    public static string MapTypeName(MapType type, string language) => First(CommonTerms.MapTypes[type], language);

    /// <summary>True when a key names the map type ("Map type", "Loại bản đồ", "نوع نقشه"…).</summary>
    public static bool IsMapTypeKey(string key) => Lexicon.PropertyKeyOf(key) == CommonTerms.PropertyKey.MapType;

    /// <summary>True when a key names the map's version ("Version", "Phiên bản", "نسخه"…).</summary>
    public static bool IsVersionKey(string key) => VersionKeys.Contains(TextKey.Normalize(key));

    private static readonly HashSet<string> VersionKeys =
        new(LanguageWords.Written.SelectMany(language => LanguageWords.PropertyKeys(language).Version).Select(TextKey.Normalize), StringComparer.Ordinal);

    /// <summary>Five emotion words from the most positive to the most negative (Delighted … Angry).</summary>
    public static IReadOnlyList<string> EmotionWords(string language) =>
        [.. EmotionTerms.Words[Supported(language)].Select(level => level[0])];

    private static string First(IReadOnlyDictionary<string, string[]> terms, string language) => terms[Supported(language)][0];

    private static string Supported(string language) =>
        Language.IsSupported(language)
            ? language.ToLowerInvariant()
            : throw new ArgumentException($"'{language}' is not a supported language ({string.Join(", ", Language.Supported)}).", nameof(language));
}
