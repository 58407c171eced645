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
    All = Title | Overview | Emotions | Stages | Pains | Personas | Kpis | Blueprint,
}
