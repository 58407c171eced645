namespace OfficeJourney.Slides.Options;

/// <summary>What a deck holds and how it looks; the builders read it, so it depends on nothing else in Slides.</summary>
public sealed record DeckOptions
{
    public static DeckOptions Default { get; } = new();

    public DeckSlides Slides { get; init; } = DeckSlides.All;

    public DeckTheme Theme { get; init; } = DeckTheme.Default;

    /// <summary>The date on the title slide; today when not given. Written as yyyy-MM-dd whatever the culture.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The map version on the title slide; the map's own "Version" property when not given.</summary>
    public string? Version { get; init; }

    /// <summary>
    /// The most slides a deck holds; a map that needs more is refused (<see cref="DeckTooLargeException"/>) rather than
    /// written. Every slide is held until the deck is written, so this bounds what one deck costs.
    /// </summary>
    public int MaxSlides { get; init; } = DefaultMaxSlides;

    public const int DefaultMaxSlides = 500;
}
