using System.Globalization;
using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using OfficeJourney.Slides.Drawing;

namespace OfficeJourney.Slides.OpenXml;

/// <summary>Where a slide's drawing can add parts of its own: a chart with its workbook.</summary>
internal interface ISlideParts
{
    /// <summary>Adds a chart part with its embedded workbook; the chart is written knowing the workbook's relationship id. Returns the chart's.</summary>
    string AddChart(byte[] workbook, Action<Stream, string> writeChart);
}

/// <summary>
/// Assembles a deck: the scaffold parts, then slides with their notes (and charts), then the presentation
/// part with slide ids from 256, one master (2147483648) and one layout (2147483649), a notes master
/// listed in the presentation, and sections when the deck holds several journeys.
/// </summary>
internal sealed class DeckPackage : IDisposable
{
    private const uint FirstSlideId = 256;

    private readonly PresentationDocument document;
    private readonly PresentationPart presentation;
    private readonly SlideLayoutPart layout;
    private readonly NotesMasterPart notesMaster;
    private readonly string masterRelationship;
    private readonly string notesMasterRelationship;
    private readonly List<(string Relationship, uint Id)> slides = [];
    private readonly List<(string Name, List<uint> Slides)> sections = [];

    public DeckPackage(Stream output, DeckTheme theme)
    {
        document = PresentationDocument.Create(output, PresentationDocumentType.Presentation);
        document.CompressionOption = CompressionOption.SuperFast;
        presentation = document.AddPresentationPart();

        var master = presentation.AddNewPart<SlideMasterPart>("rId1");
        masterRelationship = "rId1";
        layout = master.AddNewPart<SlideLayoutPart>("rId1");
        Feed(layout, ScaffoldParts.Layout);
        layout.AddPart(master, "rId1");
        var themePart = master.AddNewPart<ThemePart>("rId2");
        Feed(themePart, ScaffoldParts.Theme("OfficeJourney", theme));
        Feed(master, ScaffoldParts.Master("rId1"));
        presentation.AddPart(themePart, "rId2");

        notesMaster = presentation.AddNewPart<NotesMasterPart>("rId3");
        notesMasterRelationship = "rId3";
        Feed(notesMaster.AddNewPart<ThemePart>("rId1"), ScaffoldParts.Theme("OfficeJourney Notes", DeckTheme.Default));
        Feed(notesMaster, ScaffoldParts.NotesMaster);

        Feed(presentation.AddNewPart<PresentationPropertiesPart>("rId4"), ScaffoldParts.PresentationProperties);
        Feed(presentation.AddNewPart<ViewPropertiesPart>("rId5"), ScaffoldParts.ViewProperties);
        Feed(presentation.AddNewPart<TableStylesPart>("rId6"), ScaffoldParts.TableStyles);
    }

    public int SlideCount => slides.Count;

    /// <summary>Starts a named section (one per journey in a multi-journey deck).</summary>
    public void BeginSection(string name) => sections.Add((name, []));

    public void AddSlide(TextStyle style, IReadOnlyList<Paragraph> notes, Action<SlideXml, ISlideParts> draw)
    {
        var relationship = "rId" + (7 + slides.Count).ToString(CultureInfo.InvariantCulture);
        var slidePart = presentation.AddNewPart<SlidePart>(relationship);
        var slideIds = new RelationshipIds(slidePart);
        slideIds.Link(layout);
        var notesPart = slideIds.Add<NotesSlidePart>().Part;
        notesPart.AddPart(notesMaster, "rId1");
        notesPart.AddPart(slidePart, "rId2");
        using (var xml = new SlideXml(notesPart.GetStream(FileMode.Create), style, root: "notes"))
        {
            xml.NotesBody(notes);
        }

        using (var xml = new SlideXml(slidePart.GetStream(FileMode.Create), style))
        {
            draw(xml, new SlideParts(slideIds));
        }

        var id = FirstSlideId + (uint)slides.Count;
        slides.Add((relationship, id));
        if (sections.Count > 0)
        {
            sections[^1].Slides.Add(id);
        }
    }

    public void Dispose()
    {
        Feed(presentation, PresentationXml());
        document.Dispose();
    }

    private string PresentationXml()
    {
        var xml = new StringBuilder(1024 + (slides.Count * 48));
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<p:presentation xmlns:a=\"").Append(ScaffoldParts.MainNs).Append("\" xmlns:r=\"").Append(ScaffoldParts.RelationshipsNs)
            .Append("\" xmlns:p=\"").Append(ScaffoldParts.PresentationNs).Append("\" saveSubsetFonts=\"1\">")
            .Append("<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"").Append(masterRelationship).Append("\"/></p:sldMasterIdLst>")
            .Append("<p:notesMasterIdLst><p:notesMasterId r:id=\"").Append(notesMasterRelationship).Append("\"/></p:notesMasterIdLst>");
        if (slides.Count > 0)
        {
            xml.Append("<p:sldIdLst>");
            foreach (var (relationship, id) in slides)
            {
                xml.Append("<p:sldId id=\"").Append(id.ToString(CultureInfo.InvariantCulture)).Append("\" r:id=\"").Append(relationship).Append("\"/>");
            }

            xml.Append("</p:sldIdLst>");
        }

        xml.Append("<p:sldSz cx=\"").Append(Emu.SlideWidth.ToString(CultureInfo.InvariantCulture)).Append("\" cy=\"").Append(Emu.SlideHeight.ToString(CultureInfo.InvariantCulture)).Append("\"/>")
            .Append("<p:notesSz cx=\"6858000\" cy=\"9144000\"/>");
        if (sections.Count > 1)
        {
            xml.Append("<p:extLst><p:ext uri=\"{521415D9-36F7-43E2-AB2F-B90AF26B5E84}\"><p14:sectionLst xmlns:p14=\"http://schemas.microsoft.com/office/powerpoint/2010/main\">");
            for (var s = 0; s < sections.Count; s++)
            {
                xml.Append("<p14:section name=\"").Append(System.Security.SecurityElement.Escape(sections[s].Name)).Append("\" id=\"{")
                    .Append(new Guid(0x4F4A0000 + s, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1).ToString("D").ToUpperInvariant()).Append("}\"><p14:sldIdLst>");
                foreach (var id in sections[s].Slides)
                {
                    xml.Append("<p14:sldId id=\"").Append(id.ToString(CultureInfo.InvariantCulture)).Append("\"/>");
                }

                xml.Append("</p14:sldIdLst></p14:section>");
            }

            xml.Append("</p14:sectionLst></p:ext></p:extLst>");
        }

        return xml.Append("</p:presentation>").ToString();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create);
        var bytes = Encoding.UTF8.GetBytes(xml.Trim());
        stream.Write(bytes, 0, bytes.Length);
    }

    private sealed class SlideParts(RelationshipIds slide) : ISlideParts
    {
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
    }
}
