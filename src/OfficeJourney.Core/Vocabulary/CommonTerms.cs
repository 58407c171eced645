using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>Placeholders, persona keys, map properties and map type names, in every supported language (languages/&lt;tag&gt;/terms.json).</summary>
internal static class CommonTerms
{
    /// <summary>Cells that say "nothing here yet".</summary>
    public static readonly string[] Placeholders = [.. LanguageWords.Written.SelectMany(language => LanguageWords.Terms[language].Placeholders)];

    public enum PersonaKey
    {
        Name,
        Description,
        Demographics,
        Goals,
        Motivations,
        Objections,
        Other,
    }

    public static readonly IReadOnlyDictionary<PersonaKey, string[]> PersonaKeys = LanguageWords.WrittenTogether(language => LanguageWords.Terms[language].PersonaKeys);

    /// <summary>The columns of a step table (a Mermaid-style journey kept in Excel: section | task | score | actors).</summary>
    public enum StepColumn
    {
        /// <summary>The stage a step belongs to ("section", "stage", "phase").</summary>
        Section,

        /// <summary>The step itself ("task", "step", "activity").</summary>
        Step,

        /// <summary>How the step felt, as a number ("score", "rating").</summary>
        Score,

        /// <summary>Who takes part ("actors", "who", "roles").</summary>
        Actors,
    }

    /// <summary>Step-table column names in the supported languages (other languages: <see cref="RecognisedLanguages.StepColumns"/>).</summary>
    public static readonly IReadOnlyDictionary<StepColumn, IReadOnlyDictionary<string, string[]>> StepColumns =
        LanguageWords.WrittenByKey(language => LanguageWords.Terms[language].StepColumns);

    public enum PropertyKey
    {
        Title,
        MapType,
        Other,
    }

    /// <summary>Property keys; a map's version ("Version", "Phiên bản") is one of the others.</summary>
    public static readonly IReadOnlyDictionary<PropertyKey, string[]> PropertyKeys = new Dictionary<PropertyKey, string[]>
    {
        [PropertyKey.Title] = WrittenPropertyKeys(keys => keys.Title),
        [PropertyKey.MapType] = WrittenPropertyKeys(keys => keys.MapType),
        [PropertyKey.Other] = WrittenPropertyKeys(keys => keys.Version.Concat(keys.Other)),
    };

    public static readonly IReadOnlyDictionary<MapType, IReadOnlyDictionary<string, string[]>> MapTypes =
        LanguageWords.WrittenByKey(LanguageWords.MapTypes);

    private static string[] WrittenPropertyKeys(Func<PropertyWords, IEnumerable<string>> terms) =>
        [.. LanguageWords.Written.Select(LanguageWords.PropertyKeys).SelectMany(terms)];
}
