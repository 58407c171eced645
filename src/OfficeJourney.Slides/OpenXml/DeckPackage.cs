using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// Assembles a deck: the scaffold parts, then slides with their notes (and charts), then the presentation
/// part with slide ids from 256, one master (2147483648) and two layouts (blank 2147483649, persona cards 2147483650), a notes master
/// listed in the presentation, and sections when the deck holds several journeys.
/// </summary>
internal sealed class DeckPackage : IDisposable
{
    private const uint FirstSlideId = 256;
    private const long MasterId = 2147483648;

    private readonly PresentationDocument document;
    private readonly PresentationPart presentation;
    private readonly RelationshipIds presentationIds;
    private readonly Dictionary<SlideLayout, SlideLayoutPart> layouts = [];
    private readonly NotesMasterPart notesMaster;
    private readonly string masterRelationship;
    private readonly string notesMasterRelationship;
    private readonly List<(string Relationship, uint Id)> slides = [];
    private readonly List<(string Name, List<uint> Slides)> sections = [];
    private readonly Dictionary<string, IconParts> icons = new(StringComparer.Ordinal);

    /// <param name="output">Where the deck is written.</param>
    /// <param name="theme">The values the deck's theme is filled in with ($brand…).</param>
    /// <param name="notesTheme">The same for the notes master's theme.</param>
    public DeckPackage(Stream output, IReadOnlyDictionary<string, string> theme, IReadOnlyDictionary<string, string> notesTheme)
    {
        document = PresentationDocument.Create(output, PresentationDocumentType.Presentation);
        document.CompressionOption = CompressionOption.SuperFast;
        presentation = document.AddPresentationPart();
        presentationIds = new RelationshipIds(presentation);

        (var master, masterRelationship) = presentationIds.Add<SlideMasterPart>();
        var masterIds = new RelationshipIds(master);
        var layoutRelationships = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, file, key) in new[] { (SlideLayout.Blank, "slideLayout.xml", "layout"), (SlideLayout.PersonaCards, "slideLayoutPersonas.xml", "personaLayout") })
        {
            (var layout, layoutRelationships[key]) = masterIds.Add<SlideLayoutPart>();
            Scaffold.Write(layout, file);
            new RelationshipIds(layout).Link(master);
            layouts[kind] = layout;
        }

        var themePart = masterIds.Add<ThemePart>().Part;
        Scaffold.Write(themePart, "theme.xml", theme);
        Scaffold.Write(master, "slideMaster.xml", layoutRelationships);
        presentationIds.Link(themePart);

        (notesMaster, notesMasterRelationship) = presentationIds.Add<NotesMasterPart>();
        Scaffold.Write(new RelationshipIds(notesMaster).Add<ThemePart>().Part, "theme.xml", notesTheme);
        Scaffold.Write(notesMaster, "notesMaster.xml");

        Scaffold.Write(presentationIds.Add<PresentationPropertiesPart>().Part, "presProps.xml");
        Scaffold.Write(presentationIds.Add<ViewPropertiesPart>().Part, "viewProps.xml");
        Scaffold.Write(presentationIds.Add<TableStylesPart>().Part, "tableStyles.xml");
    }

    public int SlideCount => slides.Count;

    /// <summary>Starts a named section (one per journey in a multi-journey deck).</summary>
    public void BeginSection(string name) => sections.Add((name, []));

    /// <summary>Adds a slide on a layout, and its notes slide; each is written into the stream of its part.</summary>
    public void AddSlide(Action<Stream, SlideParts> writeSlide, Action<Stream> writeNotes, SlideLayout layout = SlideLayout.Blank)
    {
        var (slidePart, relationship) = presentationIds.Add<SlidePart>();
        var slideIds = new RelationshipIds(slidePart);
        slideIds.Link(layouts[layout]);
        var notesPart = slideIds.Add<NotesSlidePart>().Part;
        var notesIds = new RelationshipIds(notesPart);
        notesIds.Link(notesMaster);
        notesIds.Link(slidePart);
        writeNotes(notesPart.GetStream(FileMode.Create));
        writeSlide(slidePart.GetStream(FileMode.Create), new SlideParts(slideIds, icons));

        var id = FirstSlideId + (uint)slides.Count;
        slides.Add((relationship, id));
        if (sections.Count > 0)
        {
            sections[^1].Slides.Add(id);
        }
    }

    public void Dispose()
    {
        using (var xml = new PartWriter(presentation.GetStream(FileMode.Create)))
        {
            WritePresentation(xml);
        }

        document.Dispose();
    }

    // Children in the schema's order: sldMasterIdLst, notesMasterIdLst, sldIdLst, sldSz, notesSz, extLst.
    private void WritePresentation(PartWriter xml)
    {
        xml.Root(P, "presentation", A, R).Attr("saveSubsetFonts", "1");
        xml.Start(P, "sldMasterIdLst");
        xml.Start(P, "sldMasterId").Attr("id", MasterId).Attr(R, "id", masterRelationship).End();
        xml.End();
        xml.Start(P, "notesMasterIdLst");
        xml.Start(P, "notesMasterId").Attr(R, "id", notesMasterRelationship).End();
        xml.End();
        if (slides.Count > 0)
        {
            xml.Start(P, "sldIdLst");
            foreach (var (relationship, id) in slides)
            {
                xml.Start(P, "sldId").Attr("id", id).Attr(R, "id", relationship).End();
            }

            xml.End();
        }

        xml.Start(P, "sldSz").Attr("cx", Emu.SlideWidth).Attr("cy", Emu.SlideHeight).End();
        xml.Start(P, "notesSz").Attr("cx", 6858000).Attr("cy", 9144000).End();
        if (sections.Count > 1)
        {
            WriteSections(xml);
        }
    }

    // PowerPoint 2010's sections, an extension it reads by this uri.
    private void WriteSections(PartWriter xml)
    {
        xml.Start(P, "extLst");
        xml.Start(P, "ext").Attr("uri", "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}");
        xml.Start(P14, "sectionLst");
        for (var s = 0; s < sections.Count; s++)
        {
            var guid = new Guid(0x4F4A0000 + s, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1).ToString("D").ToUpperInvariant();
            xml.Start(P14, "section").Attr("name", sections[s].Name).Attr("id", "{" + guid + "}");
            xml.Start(P14, "sldIdLst");
            foreach (var id in sections[s].Slides)
            {
                xml.Start(P14, "sldId").Attr("id", id).End();
            }

            xml.End();
            xml.End();
        }
    }
}

/// <summary>
/// What a slide's drawing can add beside it: charts, each with its own workbook, as many as the slide needs; channel
/// icons, each one pair of media parts in the deck that every slide showing it relates to.
/// </summary>
internal sealed class SlideParts(RelationshipIds slide, Dictionary<string, IconParts> deckIcons)
{
    // Made on a slide's first icon: most slides show none.
    private Dictionary<string, IconIds>? icons;

    /// <summary>Adds a chart part with its embedded workbook; the chart is written knowing the workbook's relationship id.</summary>
    /// <returns>The chart's relationship id on the slide.</returns>
    public string AddChart(byte[] workbook, Action<Stream, string> writeChart)
    {
        var (chart, id) = slide.Add<ChartPart>();
        var embedded = chart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        var workbookId = new RelationshipIds(chart).Claim(embedded);
        using (var data = new MemoryStream(workbook, writable: false))
        {
            embedded.FeedData(data);
        }

        writeChart(chart.GetStream(FileMode.Create), workbookId);
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

        IconIds ids;
        if (deckIcons.TryGetValue(channelKey, out var parts))
        {
            ids = new IconIds(slide.Link(parts.Png), slide.Link(parts.Svg));
        }
        else
        {
            var (png, pngId) = slide.AddImage(ImagePartType.Png, icon.Png);
            var (svg, svgId) = slide.AddImage(ImagePartType.Svg, icon.Svg);
            deckIcons.Add(channelKey, new IconParts(png, svg));
            ids = new IconIds(pngId, svgId);
        }

        icons.Add(channelKey, ids);
        return ids;
    }
}

/// <summary>An icon's two media parts in the deck.</summary>
internal sealed record IconParts(ImagePart Png, ImagePart Svg);

/// <summary>How one slide relates to an icon: its PNG (what every reader shows) and its SVG (what PowerPoint draws).</summary>
internal readonly record struct IconIds(string Png, string Svg);
