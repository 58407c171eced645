using OfficeJourney.Model;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>One kind of slide: the name and option that choose it, whether a map has anything for it, and how its slides are made.</summary>
internal interface ISlideKind
{
    /// <summary>The name people type in --slides and slides= ("overview").</summary>
    string Name { get; }

    DeckSlides Slide { get; }

    bool Applies(JourneyMap map);

    /// <summary>
    /// The fewest slides this kind can take for the map, counted from how many stages, rows and items it has, before
    /// any text is copied or measured (so on the map as it came, before <see cref="Applies"/>; none where it has nothing
    /// to show): what refuses a map needing thousands of slides at the cost of counting them.
    /// </summary>
    int Fewest(JourneyMap map) => 0;

    /// <summary>Adds this kind's slides for the context's map (none, one, or several when the content continues).</summary>
    void Add(DeckContext context);
}

/// <summary>
/// Every kind of slide, in the order a deck shows them: the funnel beside the emotion curve it explains, touchpoint
/// impact after the stages it rates, and the findings last, where a review turns to what to do.
/// </summary>
internal static class SlideKinds
{
    public static readonly IReadOnlyList<ISlideKind> InDeckOrder =
    [
        new TitleSlide(), new OverviewSlides(), new EmotionSlide(), new FunnelSlide(), new StageSlides(), new ImpactSlides(),
        new PainSlides(), new PersonaSlides(), new KpiSlides(), new BlueprintSlides(), new InsightSlides(),
    ];
}
