using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// Assembles a deck: the scaffold parts, then slides with their notes (and charts), then the presentation
/// part with slide ids from 256, one master (2147483648) and two layouts (blank 2147483649, persona cards 2147483650), a notes master
/// listed in the presentation, and sections when the deck holds several journeys. Parts keep the names the Open XML
/// SDK gave them; each is written into the zip as soon as it is finished, so a deck of any length holds one slide in memory.
/// </summary>
internal sealed class DeckPackage : IDisposable
{
    private const uint FirstSlideId = 256;
    private const long MasterId = 2147483648;
    private const string Presentation = "/ppt/presentation.xml";
    private const string Master = "/ppt/slideMasters/slideMaster1.xml";
    private const string NotesMaster = "/ppt/notesMasters/notesMaster1.xml";

    private readonly OpcPackage package;
    private readonly PartRelationships presentation = new(Presentation);
    private readonly Dictionary<SlideLayout, string> layouts = [];
    private readonly string masterRelationship;
    private readonly string notesMasterRelationship;
    private readonly List<(string Relationship, uint Id)> slides = [];
    private readonly List<(string Name, List<uint> Slides)> sections = [];
    private readonly DeckMedia media = new();

    /// <param name="output">Where the deck is written; left open.</param>
    /// <param name="theme">The values the deck's theme is filled in with ($brand…).</param>
    /// <param name="notesTheme">The same for the notes master's theme.</param>
    public DeckPackage(Stream output, IReadOnlyDictionary<string, string> theme, IReadOnlyDictionary<string, string> notesTheme)
    {
        package = new OpcPackage(output);
        package.Relationships.Add(PartKind.Deck, Presentation);

        masterRelationship = presentation.Add(PartKind.SlideMaster, Master);
        var master = new PartRelationships(Master);
        var layoutRelationships = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, file, key) in new[] { (SlideLayout.Blank, "slideLayout.xml", "layout"), (SlideLayout.PersonaCards, "slideLayoutPersonas.xml", "personaLayout") })
        {
            var layout = $"/ppt/slideLayouts/slideLayout{layouts.Count + 1}.xml";
            layoutRelationships[key] = master.Add(PartKind.SlideLayout, layout);
            Scaffold(layout, PartKind.SlideLayout, file);
            var toMaster = new PartRelationships(layout);
            toMaster.Add(PartKind.SlideMaster, Master);
            package.Write(toMaster);
            layouts[kind] = layout;
        }

        const string MasterTheme = "/ppt/slideMasters/theme/theme1.xml";
        master.Add(PartKind.Theme, MasterTheme);
        Scaffold(MasterTheme, PartKind.Theme, "theme.xml", theme);
        Scaffold(Master, PartKind.SlideMaster, "slideMaster.xml", layoutRelationships);
        package.Write(master);
        presentation.Add(PartKind.Theme, MasterTheme);

        const string NotesTheme = "/ppt/notesMasters/theme/theme2.xml";
        notesMasterRelationship = presentation.Add(PartKind.NotesMaster, NotesMaster);
        var notesMaster = new PartRelationships(NotesMaster);
        notesMaster.Add(PartKind.Theme, NotesTheme);
        Scaffold(NotesTheme, PartKind.Theme, "theme.xml", notesTheme);
        Scaffold(NotesMaster, PartKind.NotesMaster, "notesMaster.xml");
        package.Write(notesMaster);

        foreach (var (name, kind) in new[] { ("presProps", PartKind.PresentationProperties), ("viewProps", PartKind.ViewProperties), ("tableStyles", PartKind.TableStyles) })
        {
            presentation.Add(kind, $"/ppt/{name}.xml");
            Scaffold($"/ppt/{name}.xml", kind, name + ".xml", deflate: false); // a few hundred bytes each
        }
    }

    public int SlideCount => slides.Count;

    /// <summary>Starts a named section (one per journey in a multi-journey deck).</summary>
    public void BeginSection(string name) => sections.Add((name, []));

    /// <summary>
    /// Adds a slide on a layout, and its notes slide; each is written into the stream of its part. What the slide's
    /// drawing adds beside it (charts, icons) is written once the slide's part is closed.
    /// </summary>
    public void AddSlide(Action<Stream, SlideParts> writeSlide, Action<Stream> writeNotes, SlideLayout layout = SlideLayout.Blank)
    {
        var number = slides.Count + 1;
        var slidePart = $"/ppt/slides/slide{number}.xml";
        var notesPart = $"/ppt/notesSlides/notesSlide{number}.xml";
        var slide = new PartRelationships(slidePart);
        slide.Add(PartKind.SlideLayout, layouts[layout]);
        slide.Add(PartKind.NotesSlide, notesPart);
        var notes = new PartRelationships(notesPart);
        notes.Add(PartKind.NotesMaster, NotesMaster);
        notes.Add(PartKind.Slide, slidePart);

        using (var stream = package.Open(notesPart, PartKind.NotesSlide.ContentType))
        {
            writeNotes(stream);
        }

        package.Write(notes);
        var parts = new SlideParts(slide, media);
        using (var stream = package.Open(slidePart, PartKind.Slide.ContentType))
        {
            writeSlide(stream, parts);
        }

        parts.WriteAdded(package);
        package.Write(slide);

        var id = FirstSlideId + (uint)slides.Count;
        slides.Add((presentation.Add(PartKind.Slide, slidePart), id));
        if (sections.Count > 0)
        {
            sections[^1].Slides.Add(id);
        }
    }

    public void Dispose()
    {
        using (var xml = package.Xml(Presentation, PartKind.Deck))
        {
            WritePresentation(xml);
        }

        package.Write(presentation);
        package.Dispose();
    }

    private void Scaffold(string part, PartKind kind, string file, IReadOnlyDictionary<string, string>? values = null, bool deflate = true)
    {
        using var xml = package.Xml(part, kind, deflate);
        OpenXml.Scaffold.Write(xml, file, values);
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
