namespace OfficeJourney.Slides;

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

public sealed record DeckOptions
{
    public static DeckOptions Default { get; } = new();

    public DeckSlides Slides { get; init; } = DeckSlides.All;

    public DeckTheme Theme { get; init; } = DeckTheme.Default;

    /// <summary>The date on the title slide; today when not given. Written as yyyy-MM-dd whatever the culture.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The map version on the title slide; the map's own "Version" property when not given.</summary>
    public string? Version { get; init; }
}
