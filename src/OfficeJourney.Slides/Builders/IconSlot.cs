using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>A square left free at the leading side of a touchpoint for the icon of the channel it happens in ("web", "store"…).</summary>
internal sealed record IconSlot(string ChannelKey, Box Box);

/// <summary>The icon slots laid out on one slide, by the slide's number in the deck (1-based).</summary>
internal sealed record SlideIconSlots(int Slide, IReadOnlyList<IconSlot> Slots);

/// <summary>Which channel a touchpoint happens in, when its words, its zone or the channel written beside it name one.</summary>
internal static class TouchpointChannel
{
    public static string? Of(JourneyItem item, string? besideIt = null) =>
        Named(item.Text) ?? (item.Zone is { } zone ? Named(zone) : null) ?? (besideIt is { } channel ? Named(channel) : null);

    /// <summary>The first channel a text names, if any.</summary>
    public static string? Named(string text)
    {
        var keys = ChannelTerms.Find(text, ChannelDimension.Channel);
        return keys.Count > 0 ? keys[0] : null;
    }
}
