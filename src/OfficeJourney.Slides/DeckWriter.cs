using OfficeJourney.Comparison;
using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Builders.Review;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides;

/// <summary>
/// Writes journey maps as a native, editable PowerPoint deck (16:9): title, overview, emotion curve,
/// one slide per stage, pain points and opportunities, personas, KPIs and, for service blueprints, the
/// blueprint; every slide with speaker notes carrying its full text. Several maps make one deck with a
/// section per map and, when they hold a current-state and a future-state map of one journey, a last section
/// comparing the two.
/// </summary>
public static class DeckWriter
{
    /// <returns>The number of slides written.</returns>
    public static int Write(JourneyMap map, Stream output, DeckOptions? options = null) => Write([map], output, options);

    /// <returns>The number of slides written.</returns>
    public static int Write(IReadOnlyList<JourneyMap> maps, Stream output, DeckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(maps);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DeckOptions.Default;
        var kinds = SlideKinds.InDeckOrder.Where(k => options.Slides.HasFlag(k.Slide)).ToList();
        RefuseFromCounts(maps, kinds, options.MaxSlides);

        using var deck = new DeckPackage(output, options.Theme.ThemePartValues("OfficeJourney"), DeckTheme.Default.ThemePartValues("OfficeJourney Notes"));

        // What a cell or a map document holds may be no XML (control characters, lone surrogates), and a name may be a page long: made fit here, once.
        var cleaned = maps.Select(DeckMap.Of).ToList();
        foreach (var map in cleaned)
        {
            if (maps.Count > 1)
            {
                deck.BeginSection(map.Title);
            }

            var context = new DeckContext(deck, map, options);
            foreach (var kind in kinds.Where(k => k.Applies(map)))
            {
                kind.Add(context);
            }
        }

        if (options.Slides.HasFlag(DeckSlides.CurrentVsFuture) && cleaned.Count > 1 && CurrentAndFuture.Find(cleaned) is { } pair)
        {
            var context = new DeckContext(deck, pair.Future, options);
            deck.BeginSection(context.Words.Review.CurrentVsFuture);
            CurrentVsFutureSlides.Add(context, pair);
        }

        return deck.SlideCount;
    }

    /// <summary>
    /// Refuses, before a byte is written or a text copied, maps whose slide kinds count more slides than a deck may
    /// hold (<see cref="ISlideKind.Fewest"/>), stopping as soon as the count is past it.
    /// </summary>
    private static void RefuseFromCounts(IReadOnlyList<JourneyMap> maps, IReadOnlyList<ISlideKind> kinds, int maxSlides)
    {
        long fewest = 0;
        foreach (var map in maps)
        {
            foreach (var kind in kinds)
            {
                fewest += kind.Fewest(map);
                if (fewest > maxSlides)
                {
                    throw new DeckTooLargeException(maxSlides);
                }
            }
        }
    }
}
