using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>A square left free at the leading side of a touchpoint for the icon of the channel it happens in ("web", "store"…).</summary>
internal sealed record IconSlot(string ChannelKey, Box Box);

/// <summary>
/// Which channel a touchpoint happens in: the one reading the sheet found, else (a document written before touchpoints
/// had one) what its text, its zone or the channel written beside it names; none when nothing names one.
/// </summary>
internal static class TouchpointChannel
{
    public static string? Of(JourneyItem item, string? besideIt = null) =>
        item.Channel ?? ChannelTerms.ChannelOf(item.Text, item.Zone) ?? (besideIt is { } channel ? Named(channel) : null);

    /// <summary>The first channel a text names, if any.</summary>
    public static string? Named(string text) => ChannelTerms.ChannelOf(text, zone: null);
}
