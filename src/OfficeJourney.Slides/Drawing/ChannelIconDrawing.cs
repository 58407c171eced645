using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Drawing;

/// <summary>A touchpoint's channel icon, drawn where a slide leaves a slot for it beside the touchpoint's text.</summary>
internal static class ChannelIconDrawing
{
    /// <summary>
    /// Draws the icon of <paramref name="channelKey"/> in <paramref name="box"/>, its alt text the channel's name in
    /// <paramref name="language"/>.
    /// </summary>
    /// <returns>Whether an icon was drawn: a key without one draws nothing.</returns>
    public static bool ChannelIcon(this SlideXml xml, SlideParts parts, string channelKey, Box box, string language)
    {
        if (parts.AddIcon(channelKey) is not { } image)
        {
            return false;
        }

        var name = ChannelTerms.NameOf(channelKey, ChannelDimension.Channel, language);
        xml.Picture($"Channel icon: {channelKey}", box, image, name);
        return true;
    }
}
