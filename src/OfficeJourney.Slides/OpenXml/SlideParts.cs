namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// What a slide's drawing can add beside it: charts, each with its own workbook, as many as the slide needs; channel
/// icons, each one pair of media parts in the deck that every slide showing it relates to. The slide's own part is
/// open while it is drawn and a zip writes one entry at a time, so what is added is kept until
/// <see cref="WriteAdded"/>: a chart's XML (small) and the bytes already in memory (workbooks, icons).
/// </summary>
internal sealed class SlideParts(PartRelationships slide, DeckMedia deck)
{
    private readonly List<(string Part, PartKind Kind, byte[] Bytes)> added = [];
    private readonly List<PartRelationships> addedRelationships = [];

    // Made on a slide's first icon: most slides show none.
    private Dictionary<string, IconIds>? icons;

    /// <summary>Adds a chart part with its embedded workbook; the chart is written knowing the workbook's relationship id.</summary>
    /// <returns>The chart's relationship id on the slide.</returns>
    public string AddChart(byte[] workbook, Action<Stream, string> writeChart)
    {
        var (chartPart, workbookPart) = deck.NextChart();
        var id = slide.Add(PartKind.Chart, chartPart);
        var chart = new PartRelationships(chartPart);
        var workbookId = chart.Add(PartKind.Workbook, workbookPart);
        using var xml = new MemoryStream();
        writeChart(xml, workbookId);
        added.Add((chartPart, PartKind.Chart, xml.ToArray()));
        added.Add((workbookPart, PartKind.Workbook, workbook));
        addedRelationships.Add(chart);
        return id;
    }

    /// <summary>
    /// Relates the slide to a channel's icon, its PNG and SVG copied into the deck the first time any slide asks for
    /// it; asking again on the same slide gives the same ids.
    /// </summary>
    /// <returns>The ids to draw it with (<see cref="Drawing.SlideXml.Picture"/>); none for a key without an icon.</returns>
    public IconIds? AddIcon(string channelKey)
    {
        icons ??= new(StringComparer.Ordinal);
        if (icons.TryGetValue(channelKey, out var known))
        {
            return known;
        }

        if (ChannelIcons.Of(channelKey) is not { } icon)
        {
            return null;
        }

        if (deck.Icon(channelKey) is not { } parts)
        {
            parts = deck.AddIcon(channelKey);
            added.Add((parts.Png, PartKind.Png, icon.Png));
            added.Add((parts.Svg, PartKind.Svg, icon.Svg));
        }

        var ids = new IconIds(slide.Add(PartKind.Png, parts.Png), slide.Add(PartKind.Svg, parts.Svg));
        icons.Add(channelKey, ids);
        return ids;
    }

    /// <summary>Writes the parts the slide added, once its own part is closed.</summary>
    public void WriteAdded(OpcPackage package)
    {
        foreach (var (part, kind, bytes) in added)
        {
            package.Write(part, kind, bytes);
        }

        foreach (var relationships in addedRelationships)
        {
            package.Write(relationships);
        }
    }
}

/// <summary>The parts every slide of a deck shares or numbers in turn: charts with their workbooks, and channel icons.</summary>
internal sealed class DeckMedia
{
    private readonly Dictionary<string, IconParts> icons = new(StringComparer.Ordinal);
    private int charts;

    /// <summary>The names of the next chart and of its workbook, in the folders the Open XML SDK put them in.</summary>
    public (string Chart, string Workbook) NextChart()
    {
        charts++;
        return ($"/ppt/slides/charts/chart{charts}.xml", $"/ppt/slides/charts/embeddings/package{charts}.xlsx");
    }

    public IconParts? Icon(string channelKey) => icons.GetValueOrDefault(channelKey);

    /// <summary>Names a channel's icon parts, numbered in the order icons first appear in the deck.</summary>
    public IconParts AddIcon(string channelKey)
    {
        var number = icons.Count + 1;
        var parts = new IconParts($"/ppt/media/image{number}.png", $"/ppt/media/image{number}.svg");
        icons.Add(channelKey, parts);
        return parts;
    }
}

/// <summary>An icon's two media parts in the deck, by name.</summary>
internal sealed record IconParts(string Png, string Svg);

/// <summary>How one slide relates to an icon: its PNG (what every reader shows) and its SVG (what PowerPoint draws).</summary>
internal readonly record struct IconIds(string Png, string Svg);
