using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides;

/// <summary>The slide names people type ("overview,emotions,pains"), for the command line and the API alike.</summary>
public static class DeckSlideNames
{
    // The slides of one map, then those comparing two (a review's, and current against future state).
    private static readonly (string Name, DeckSlides Slide)[] Named =
    [
        .. SlideKinds.InDeckOrder.Select(k => (k.Name, k.Slide)),
        ("what-changed", DeckSlides.WhatChanged),
        ("current-vs-future", DeckSlides.CurrentVsFuture),
    ];

    /// <summary>The names there are, in deck order, the title slide (always made) left out.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Named.Where(k => k.Slide != DeckSlides.Title).Select(k => k.Name)];

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
            var slide = Named.FirstOrDefault(k => k.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Slide;
            slides |= slide != DeckSlides.None
                ? slide
                : throw new UnknownChoiceException($"\"{name}\" is not a slide; choose from {string.Join(", ", Names)}.");
        }

        return slides;
    }
}
