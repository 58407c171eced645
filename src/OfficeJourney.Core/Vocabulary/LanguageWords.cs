using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// The words the reader knows, per language, from languages/&lt;tag&gt;/lanes.json, emotions.json and terms.json: first the
/// languages OfficeJourney writes (<see cref="Language.Supported"/>), then those it only reads, by tag.
/// <see cref="Lexicon"/> lets a term keep the meaning it had first, so this order is also the precedence.
/// </summary>
internal static class LanguageWords
{
    public static IReadOnlyDictionary<string, LaneFile> Lanes { get; } = LanguageFiles.Embedded.Read("lanes.json", LaneFile.Read);

    public static IReadOnlyDictionary<string, EmotionFile> Emotions { get; } = LanguageFiles.Embedded.Read("emotions.json", EmotionFile.Read);

    public static IReadOnlyDictionary<string, TermFile> Terms { get; } = LanguageFiles.Embedded.Read("terms.json", TermFile.Read);

    public static IReadOnlyList<string> Written => Language.Supported;

    public static IReadOnlyList<string> ReadOnly { get; } = [.. Lanes.Keys.Except(Written, StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The written languages' terms by key, then by language: the keys the first has, in the enum's order (every written
    /// language has the same keys; LanguageFolderTests).
    /// </summary>
    public static IReadOnlyDictionary<TKey, IReadOnlyDictionary<string, string[]>> WrittenByKey<TKey>(Func<string, IReadOnlyDictionary<TKey, string[]>> terms)
        where TKey : struct, Enum
    {
        // A loop, not LINQ over the enum: see WordsJson.
        var byKey = new Dictionary<TKey, IReadOnlyDictionary<string, string[]>>();
        foreach (var key in Enum.GetValues<TKey>())
        {
            if (terms(Written[0]).ContainsKey(key))
            {
                byKey.Add(key, Written.ToDictionary(language => language, language => terms(language)[key]));
            }
        }

        return byKey;
    }

    /// <summary>The written languages' terms by key, all languages in one list.</summary>
    public static IReadOnlyDictionary<TKey, string[]> WrittenTogether<TKey>(Func<string, IReadOnlyDictionary<TKey, string[]>> terms)
        where TKey : struct, Enum
    {
        var together = new Dictionary<TKey, string[]>();
        foreach (var (key, languages) in WrittenByKey(terms))
        {
            together.Add(key, [.. languages.Values.SelectMany(t => t)]);
        }

        return together;
    }

    /// <summary>The property keys of a written language (those it only reads have none).</summary>
    public static PropertyWords PropertyKeys(string language) =>
        Terms[language].PropertyKeys ?? throw MissingSection(language, "propertyKeys");

    /// <summary>The map type names of a written language (those it only reads have none).</summary>
    public static IReadOnlyDictionary<MapType, string[]> MapTypes(string language) =>
        Terms[language].MapTypes ?? throw MissingSection(language, "mapTypes");

    private static InvalidDataException MissingSection(string language, string section) =>
        new($"languages/{language}/terms.json has no \"{section}\", which every language OfficeJourney writes has.");
}

/// <summary>lanes.json: what people call each lane and the stage and phase headers; a written language writes the first of each.</summary>
internal sealed record LaneFile(IReadOnlyDictionary<LaneKind, string[]> Lanes, string[] StageHeaders, string[] PhaseHeaders)
{
    public static LaneFile Read(WordsJson json) => new(json.WordsByName<LaneKind>("lanes"), json.Words("stageHeaders"), json.Words("phaseHeaders"));
}

/// <summary>emotions.json: feeling words from +2 down to -2; a written language offers the first of each level in templates.</summary>
internal sealed record EmotionFile(string[][] Levels)
{
    public static EmotionFile Read(WordsJson json) =>
        new([json.Words("veryPositive"), json.Words("positive"), json.Words("neutral"), json.Words("negative"), json.Words("veryNegative")]);
}

/// <summary>terms.json: placeholders, persona keys, step-table columns, current/future state words and, for a written language, map properties and map types.</summary>
internal sealed record TermFile(
    string[] Placeholders,
    IReadOnlyDictionary<CommonTerms.PersonaKey, string[]> PersonaKeys,
    IReadOnlyDictionary<CommonTerms.StepColumn, string[]> StepColumns,
    PropertyWords? PropertyKeys,
    IReadOnlyDictionary<MapType, string[]>? MapTypes,
    StateWords? States)
{
    public static TermFile Read(WordsJson json) => new(
        json.Words("placeholders"),
        json.WordsByName<CommonTerms.PersonaKey>("personaKeys"),
        json.WordsByName<CommonTerms.StepColumn>("stepColumns"),
        json.Has("propertyKeys") ? PropertyWords.Read(json.Section("propertyKeys")) : null,
        json.Has("mapTypes") ? json.WordsByName<MapType>("mapTypes") : null,
        json.Has("states") ? StateWords.Read(json.Section("states")) : null);
}

/// <summary>Words in a sheet name or title that say a map is the current state ("As-is") or the future one ("To-be").</summary>
internal sealed record StateWords(string[] Current, string[] Future)
{
    public static StateWords Read(WordsJson json) => new(json.Words("current"), json.Words("future"));
}

/// <summary>The keys of "Key: value" lines around a grid.</summary>
internal sealed record PropertyWords(string[] Title, string[] MapType, string[] Version, string[] Other)
{
    public static PropertyWords Read(WordsJson json) => new(json.Words("title"), json.Words("mapType"), json.Words("version"), json.Words("other"));
}
