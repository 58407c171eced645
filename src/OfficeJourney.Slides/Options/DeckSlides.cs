namespace OfficeJourney.Slides.Options;

/// <summary>Which slides a deck has; all of them by default, in this order.</summary>
[Flags]
public enum DeckSlides
{
    None = 0,
    Title = 1,
    Overview = 2,
    Emotions = 4,
    Stages = 8,
    Pains = 16,
    Personas = 32,
    Kpis = 64,
    Blueprint = 128,

    /// <summary>The counts per stage as a bar chart, the largest drop-off called out; for maps that count people per stage.</summary>
    Funnel = 256,

    /// <summary>The findings of <c>JourneyInsights</c>, grouped by rule; for maps that measure something.</summary>
    Insights = 512,

    /// <summary>Touchpoints rated for impact, by zone, highest first.</summary>
    Impact = 1024,

    // 2048 and 4096 are taken by the what-changed and current-versus-future slides.
    All = Title | Overview | Emotions | Stages | Pains | Personas | Kpis | Blueprint | Funnel | Insights | Impact,
}
