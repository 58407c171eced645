using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// The words the reader knows, per language, from languages/&lt;tag&gt;/lanes.json, emotions.json and terms.json: first the
/// languages OfficeJourney writes, in the order languages.json lists them (the order menus show), then those it only
/// reads, by tag. <see cref="Lexicon"/> lets a term keep the meaning it had first, so this order is also the precedence.
/// </summary>
internal static class LanguageWords
{
    public static IReadOnlyDictionary<string, LaneFile> Lanes { get; } = LanguageFiles.Read("lanes.json", LanguageJson.Default.LaneFile);

    public static IReadOnlyDictionary<string, EmotionFile> Emotions { get; } = LanguageFiles.Read("emotions.json", LanguageJson.Default.EmotionFile);

    public static IReadOnlyDictionary<string, TermFile> Terms { get; } = LanguageFiles.Read("terms.json", LanguageJson.Default.TermFile);

    public static IReadOnlyList<string> Written { get; } =
        LanguageFiles.ReadShared("languages.json", LanguageJson.Default.LanguageList).Written.AsReadOnly();

    public static IReadOnlyList<string> ReadOnly { get; } = [.. Lanes.Keys.Except(Written, StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The languages written right to left, by tag in any case.</summary>
    public static IReadOnlySet<string> RightToLeft { get; } =
        LanguageFiles.Read("language.json", LanguageJson.Default.LanguageFile).Where(l => l.Value.RightToLeft).Select(l => l.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The written languages' terms by key (in the enum's order), then by language.</summary>
    public static IReadOnlyDictionary<TKey, IReadOnlyDictionary<string, string[]>> WrittenByKey<TKey>(Func<string, IReadOnlyDictionary<TKey, string[]>> terms)
        where TKey : struct, Enum =>
        Enum.GetValues<TKey>()
            .Where(key => terms(Written[0]).ContainsKey(key))
            .ToDictionary(key => key, IReadOnlyDictionary<string, string[]> (key) => Written.ToDictionary(language => language, language => terms(language)[key]));

    /// <summary>The written languages' terms by key, all languages in one list.</summary>
    public static IReadOnlyDictionary<TKey, string[]> WrittenTogether<TKey>(Func<string, IReadOnlyDictionary<TKey, string[]>> terms)
        where TKey : struct, Enum =>
        WrittenByKey(terms).ToDictionary(key => key.Key, key => key.Value.Values.SelectMany(t => t).ToArray());

    /// <summary>The property keys of a written language (those it only reads have none).</summary>
    public static PropertyWords PropertyKeys(string language) =>
        Terms[language].PropertyKeys ?? throw MissingSection(language, "propertyKeys");

    /// <summary>The map type names of a written language (those it only reads have none).</summary>
    public static IReadOnlyDictionary<MapType, string[]> MapTypes(string language) =>
        Terms[language].MapTypes ?? throw MissingSection(language, "mapTypes");

    private static InvalidDataException MissingSection(string language, string section) =>
        new($"languages/{language}/terms.json has no \"{section}\", which every language OfficeJourney writes has.");
}

/// <summary>languages.json: the languages OfficeJourney writes, in the order menus list them.</summary>
internal sealed record LanguageList(string[] Written);

/// <summary>language.json; its name is for the task pane's language menu.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record LanguageFile(bool RightToLeft);

/// <summary>lanes.json: what people call each lane and the stage and phase headers; a written language writes the first of each.</summary>
internal sealed record LaneFile(IReadOnlyDictionary<LaneKind, string[]> Lanes, string[] StageHeaders, string[] PhaseHeaders);

/// <summary>emotions.json: feeling words from +2 down to -2; a written language offers the first of each level in templates.</summary>
internal sealed record EmotionFile(string[] VeryPositive, string[] Positive, string[] Neutral, string[] Negative, string[] VeryNegative)
{
    public string[][] Levels => [VeryPositive, Positive, Neutral, Negative, VeryNegative];
}

/// <summary>terms.json: placeholders, persona keys, step-table columns and, for a written language, map properties and map types.</summary>
internal sealed record TermFile(
    string[] Placeholders,
    IReadOnlyDictionary<CommonTerms.PersonaKey, string[]> PersonaKeys,
    IReadOnlyDictionary<CommonTerms.StepColumn, string[]> StepColumns,
    PropertyWords? PropertyKeys = null,
    IReadOnlyDictionary<MapType, string[]>? MapTypes = null);

/// <summary>The keys of "Key: value" lines around a grid.</summary>
internal sealed record PropertyWords(string[] Title, string[] MapType, string[] Version, string[] Other);

// Strict: a key a file should not have, or a key missing, stops the loading with the file's name.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(LanguageList))]
[JsonSerializable(typeof(LanguageFile))]
[JsonSerializable(typeof(LaneFile))]
[JsonSerializable(typeof(EmotionFile))]
[JsonSerializable(typeof(TermFile))]
internal sealed partial class LanguageJson : JsonSerializerContext;
