using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;

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

/// <summary>The slide names people type ("overview,emotions,pains"), for the command line and the API alike.</summary>
public static class DeckSlideNames
{
    /// <summary>Reads a comma-separated list; the title slide is always included. Null or blank means every slide.</summary>
    /// <exception cref="UnknownChoiceException">A name that is not a slide, with the names there are.</exception>
    public static DeckSlides Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return DeckSlides.All;
        }

        var slides = DeckSlides.Title;
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            slides |= SlideKinds.InDeckOrder.FirstOrDefault(k => k.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Slide
                ?? throw new UnknownChoiceException($"\"{name}\" is not a slide; choose from {string.Join(", ", SlideKinds.InDeckOrder.Where(k => k.Slide != DeckSlides.Title).Select(k => k.Name))}.");
        }

        return slides;
    }
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
