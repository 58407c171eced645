using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides;

/// <summary>
/// Writes journey maps as a native, editable PowerPoint deck (16:9): title, overview, emotion curve,
/// one slide per stage, pain points and opportunities, personas, KPIs and, for service blueprints, the
/// blueprint; every slide with speaker notes carrying its full text. Several maps make one deck with a
/// section per map.
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
        using var deck = new DeckPackage(output, options.Theme.ThemePartValues("OfficeJourney"), DeckTheme.Default.ThemePartValues("OfficeJourney Notes"));

        // What a cell or a map document holds may be no XML (control characters, lone surrogates): cleaned here, once.
        foreach (var map in maps.Select(CleanText.Of))
        {
            if (maps.Count > 1)
            {
                deck.BeginSection(map.Title);
            }

            var context = new DeckContext(deck, map, options);
            var slides = options.Slides;
            if (slides.HasFlag(DeckSlides.Title))
            {
                TitleSlide.Add(context);
            }

            if (slides.HasFlag(DeckSlides.Overview) && map.Stages.Count > 0)
            {
                OverviewSlides.Add(context);
            }

            if (slides.HasFlag(DeckSlides.Emotions) && map.EmotionScale is not null && Enumerable.Range(0, map.Stages.Count).Any(s => Format.StageEmotion(map, s) is not null))
            {
                EmotionSlide.Add(context);
            }

            if (slides.HasFlag(DeckSlides.Stages))
            {
                StageSlides.Add(context);
            }

            if (slides.HasFlag(DeckSlides.Pains) && PainSlides.Applies(map))
            {
                PainSlides.Add(context);
            }

            if (slides.HasFlag(DeckSlides.Personas) && map.Personas.Count > 0)
            {
                PersonaSlides.Add(context);
            }

            if (slides.HasFlag(DeckSlides.Kpis) && KpiSlides.Applies(map))
            {
                KpiSlides.Add(context);
            }

            if (slides.HasFlag(DeckSlides.Blueprint) && BlueprintSlides.Applies(map))
            {
                BlueprintSlides.Add(context);
            }
        }

        return deck.SlideCount;
    }
}
