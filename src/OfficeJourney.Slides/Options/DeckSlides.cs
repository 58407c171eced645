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

    /// <summary>A review deck's slides of what changed between two versions (<see cref="ReviewDeckWriter"/>).</summary>
    WhatChanged = 2048,

    /// <summary>After the maps of a workbook with a current-state and a future-state map: both curves, and their differences.</summary>
    CurrentVsFuture = 4096,
    All = Title | Overview | Emotions | Stages | Pains | Personas | Kpis | Blueprint | WhatChanged | CurrentVsFuture,
}
