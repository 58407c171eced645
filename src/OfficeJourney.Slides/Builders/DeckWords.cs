using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>The deck's own words (slide titles, column heads) in each supported language, from languages/&lt;tag&gt;/deck.json.</summary>
internal sealed record DeckWords
{
    private static readonly IReadOnlyDictionary<string, DeckWords> ByLanguage =
        LanguageFiles.Read("deck.json", DeckWordsJson.Default.DeckWords);

    public required string Overview { get; init; }

    public required string Emotions { get; init; }

    public required string PainsAndOpportunities { get; init; }

    public required string Personas { get; init; }

    public required string Kpis { get; init; }

    public required string Blueprint { get; init; }

    public required string LineOfVisibility { get; init; }

    public required string Stage { get; init; }

    public required string Continued { get; init; }

    public required string Lowest { get; init; }

    public required string Persona { get; init; }

    public required string Version { get; init; }

    public required string Kpi { get; init; }

    public required string Value { get; init; }

    public required string Target { get; init; }

    public required string Status { get; init; }

    public required string OnTarget { get; init; }

    public required string OffTarget { get; init; }

    public required string Emotion { get; init; }

    /// <summary>The words of a language, English for one it does not write.</summary>
    public static DeckWords For(string language) => ByLanguage.GetValueOrDefault(language) ?? ByLanguage[Language.English];
}

// Strict: a word missing or a key no deck uses stops the loading with the file's name.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(DeckWords))]
internal sealed partial class DeckWordsJson : JsonSerializerContext;
