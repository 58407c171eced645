using System.Globalization;

namespace OfficeJourney.Slides.Options;

/// <summary>
/// A map that needs more slides than a deck may hold (<see cref="DeckOptions.MaxSlides"/>). Most such maps are refused
/// before anything is written, from how many stages, rows and items they have; one refused only once its slides are
/// laid out leaves what was streamed by then in the output, which is no deck: the command line and the service write
/// into a buffer first.
/// </summary>
public sealed class DeckTooLargeException(int maxSlides)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"The deck would hold more than {maxSlides:N0} slides, the most one deck holds. Choose fewer slide kinds (the overview alone, or the stages alone) or split the map."))
{
    /// <summary>The most slides the deck could hold.</summary>
    public int MaxSlides { get; } = maxSlides;
}
