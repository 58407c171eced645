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

    /// <summary>A review deck's slides of what changed between two versions (<see cref="ReviewDeckWriter"/>).</summary>
    WhatChanged = 2048,

    /// <summary>After the maps of a workbook with a current-state and a future-state map: both curves, and their differences.</summary>
    CurrentVsFuture = 4096,

    All = Title | Overview | Emotions | Stages | Pains | Personas | Kpis | Blueprint | Funnel | Insights | Impact | WhatChanged | CurrentVsFuture,
}
