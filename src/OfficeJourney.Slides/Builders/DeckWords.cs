using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>The deck's own words (slide titles, column heads) in each supported language, from languages/&lt;tag&gt;/deck.json.</summary>
internal sealed record DeckWords
{
    private static readonly IReadOnlyDictionary<string, DeckWords> ByLanguage = LanguageFiles.Embedded.Read("deck.json", json => new DeckWords
    {
        Overview = json.Text("overview"),
        Emotions = json.Text("emotions"),
        PainsAndOpportunities = json.Text("painsAndOpportunities"),
        Personas = json.Text("personas"),
        Kpis = json.Text("kpis"),
        Blueprint = json.Text("blueprint"),
        LineOfVisibility = json.Text("lineOfVisibility"),
        Stage = json.Text("stage"),
        Continued = json.Text("continued"),
        Lowest = json.Text("lowest"),
        Persona = json.Text("persona"),
        Version = json.Text("version"),
        Kpi = json.Text("kpi"),
        Value = json.Text("value"),
        Target = json.Text("target"),
        Status = json.Text("status"),
        OnTarget = json.Text("onTarget"),
        OffTarget = json.Text("offTarget"),
        Emotion = json.Text("emotion"),
        Funnel = json.Text("funnel"),
        Count = json.Text("count"),
        Conversion = json.Text("conversion"),
        DropOff = json.Text("dropOff"),
        LargestDropOff = json.Text("largestDropOff"),
        DropOffSentence = json.Text("dropOffSentence"),
        Insights = json.Text("insights"),
        Finding = json.Text("finding"),
        Stages = json.Text("stages"),
        More = json.Text("more"),
        Impact = json.Text("impact"),
        Touchpoint = json.Text("touchpoint"),
        Rating = json.Text("rating"),
        Zone = json.Text("zone"),
        NoZone = json.Text("noZone"),
    });

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

    public required string Funnel { get; init; }

    public required string Count { get; init; }

    public required string Conversion { get; init; }

    public required string DropOff { get; init; }

    public required string LargestDropOff { get; init; }

    /// <summary>"{0} → {1}: {2} of {3} do not go on ({4})": the stages, the people lost, the people before, the share lost.</summary>
    public required string DropOffSentence { get; init; }

    public required string Insights { get; init; }

    public required string Finding { get; init; }

    public required string Stages { get; init; }

    /// <summary>"… and {0} more": what a slide leaves out, counted.</summary>
    public required string More { get; init; }

    public required string Impact { get; init; }

    public required string Touchpoint { get; init; }

    /// <summary>The column head of a touchpoint's impact rating.</summary>
    public required string Rating { get; init; }

    public required string Zone { get; init; }

    public required string NoZone { get; init; }

    /// <summary>The words of a language, English for one it does not write.</summary>
    public static DeckWords For(string language) => ByLanguage.GetValueOrDefault(language) ?? ByLanguage[Language.English];
}
