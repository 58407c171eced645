using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>A channel's icon as PowerPoint inserts one: the SVG it draws, and the PNG older readers show instead.</summary>
internal sealed record ChannelIcon(string Key, byte[] Svg, byte[] Png);

/// <summary>
/// The channel icons in Icons/, Fluent UI System Icons (MIT, see Icons/LICENSE) converted by addin-web's <c>npm run icons</c>
/// and embedded in this assembly: read once per process, then copied into a deck only when a slide shows one.
/// </summary>
internal static class ChannelIcons
{
    private static readonly Dictionary<string, ChannelIcon> ByKey = ChannelTerms.ChannelKeys.ToDictionary(key => key, Load, StringComparer.Ordinal);

    /// <summary>The icon of a channel key (<see cref="ChannelTerms.ChannelKeys"/>); none for a key without one.</summary>
    public static ChannelIcon? Of(string channelKey) => ByKey.GetValueOrDefault(channelKey);

    private static ChannelIcon Load(string key) => new(key, Read(key + ".svg"), Read(key + ".png"));

    private static byte[] Read(string file)
    {
        using var stream = typeof(ChannelIcons).Assembly.GetManifestResourceStream("Icons." + file)
            ?? throw new InvalidDataException($"The channel icon {file} is not embedded in the Slides assembly; run `npm run icons` in addin-web.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
