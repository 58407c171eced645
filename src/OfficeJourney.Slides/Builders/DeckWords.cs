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
        Motivations = json.Text("motivations"),
        Objections = json.Text("objections"),
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
        Review = ReviewWords.Read(json),
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

    public required string Motivations { get; init; }

    public required string Objections { get; init; }

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

    /// <summary>The words of a review deck and of a current-versus-future comparison.</summary>
    public required ReviewWords Review { get; init; }

    /// <summary>The words of a language, English for one it does not write.</summary>
    public static DeckWords For(string language) => ByLanguage.GetValueOrDefault(language) ?? ByLanguage[Language.English];
}

/// <summary>The words of a review ("What changed", "Then", "Now", "better") and of a current-versus-future comparison.</summary>
internal sealed record ReviewWords
{
    public required string WhatChanged { get; init; }

    public required string Then { get; init; }

    public required string Now { get; init; }

    public required string StagesAdded { get; init; }

    public required string StagesRemoved { get; init; }

    public required string TouchpointsAdded { get; init; }

    public required string TouchpointsRemoved { get; init; }

    public required string NoChanges { get; init; }

    public required string EmotionThenNow { get; init; }

    public required string MetricsThenNow { get; init; }

    public required string Metric { get; init; }

    public required string Change { get; init; }

    public required string Better { get; init; }

    public required string Worse { get; init; }

    public required string Unchanged { get; init; }

    public required string PainsResolved { get; init; }

    public required string PainsNew { get; init; }

    public required string Nothing { get; init; }

    public required string CurrentVsFuture { get; init; }

    public required string Differences { get; init; }

    public static ReviewWords Read(WordsJson json) => new()
    {
        WhatChanged = json.Text("whatChanged"),
        Then = json.Text("then"),
        Now = json.Text("now"),
        StagesAdded = json.Text("stagesAdded"),
        StagesRemoved = json.Text("stagesRemoved"),
        TouchpointsAdded = json.Text("touchpointsAdded"),
        TouchpointsRemoved = json.Text("touchpointsRemoved"),
        NoChanges = json.Text("noChanges"),
        EmotionThenNow = json.Text("emotionThenNow"),
        MetricsThenNow = json.Text("metricsThenNow"),
        Metric = json.Text("metric"),
        Change = json.Text("change"),
        Better = json.Text("better"),
        Worse = json.Text("worse"),
        Unchanged = json.Text("unchanged"),
        PainsResolved = json.Text("painsResolved"),
        PainsNew = json.Text("painsNew"),
        Nothing = json.Text("nothing"),
        CurrentVsFuture = json.Text("currentVsFuture"),
        Differences = json.Text("differences"),
    };
}
