using System.IO.Compression;
using System.IO.Packaging;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Charts;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Tests;

/// <summary>The package a deck is zipped in, written without System.IO.Packaging, read back with it and with the SDK.</summary>
public sealed class OpcPackageTests
{
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly Lazy<byte[]> Retail = new(() => DeckCorpus.Deck([TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en")]));

    [Fact]
    public void Every_part_has_a_content_type_and_every_override_names_a_part()
    {
        var entries = Entries(Retail.Value);
        var types = Xml(Retail.Value, "[Content_Types].xml");
        var defaults = types.Elements(Types + "Default").Select(d => d.Attribute("Extension")!.Value).ToList();
        var overrides = types.Elements(Types + "Override").Select(o => o.Attribute("PartName")!.Value).ToList();

        // Defaults only for what is in the zip: every XML part is named in an Override, so no Default for xml.
        Assert.Equal(["png", "rels", "svg", "xlsx"], defaults);
        Assert.All(overrides, o => Assert.Contains(o[1..], entries));
        Assert.Equal(overrides.Count, overrides.Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries.Where(e => e != "[Content_Types].xml"), e =>
            Assert.True(overrides.Contains("/" + e) || defaults.Contains(e[(e.LastIndexOf('.') + 1)..]), $"no content type for {e}"));
    }

    [Fact]
    public void Every_relationship_points_at_a_part_in_the_zip_by_ids_in_order_from_rId1()
    {
        var entries = Entries(Retail.Value);
        var relationships = entries.Where(e => e.EndsWith(".rels", StringComparison.Ordinal)).ToList();

        Assert.Contains("_rels/.rels", relationships);
        Assert.Contains("ppt/slides/_rels/slide1.xml.rels", relationships);
        foreach (var rels in relationships)
        {
            var all = Xml(Retail.Value, rels).Elements(Rels + "Relationship").ToList();
            Assert.Equal(Enumerable.Range(1, all.Count).Select(i => $"rId{i}"), all.Select(r => r.Attribute("Id")!.Value));
            Assert.All(all, r => Assert.Contains(r.Attribute("Target")!.Value.TrimStart('/'), entries));
        }
    }

    [Fact]
    public void The_same_deck_written_twice_is_the_same_bytes_whenever_it_is_written()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "fa");

        var first = DeckCorpus.Deck([map]);
        Thread.Sleep(2100); // a zip's times are in two seconds
        var second = DeckCorpus.Deck([map]);

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void A_slide_with_a_chart_and_icons_opens_with_system_io_packaging_and_passes_the_sdks_validator()
    {
        using var output = new MemoryStream();
        ChartAndIcons(output);
        var bytes = output.ToArray();

        using (var package = Package.Open(new MemoryStream(bytes), FileMode.Open, FileAccess.Read))
        {
            var slide = package.GetPart(new Uri("/ppt/slides/slide1.xml", UriKind.Relative));
            Assert.Equal(["slideLayout", "notesSlide", "chart", "image", "image"], slide.GetRelationships().Select(r => r.RelationshipType[(r.RelationshipType.LastIndexOf('/') + 1)..]));
            Assert.Equal("image/svg+xml", package.GetPart(new Uri("/ppt/media/image1.svg", UriKind.Relative)).ContentType);
        }

        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        var slides = document.PresentationPart!.SlideParts.ToList();
        Assert.Equal(2, slides.Count);
        using (var workbook = SpreadsheetDocument.Open(slides[0].ChartParts.Single().EmbeddedPackagePart!.GetStream(), false))
        {
            Assert.Single(workbook.WorkbookPart!.WorksheetParts);
        }

        Assert.Equal(2, slides[0].ImageParts.Count());

        // The second slide shows the same icon: it relates to the deck's one copy.
        Assert.Equal(slides[0].ImageParts.Select(i => i.Uri), slides[1].ImageParts.Select(i => i.Uri));
        Assert.Equal(2, Entries(bytes).Count(e => e.StartsWith("ppt/media/", StringComparison.Ordinal)));
        DeckInvariants.AssertValid(bytes);
    }

    [Fact]
    public void A_deck_is_written_into_a_stream_that_cannot_seek_as_into_one_that_can()
    {
        using var unseekable = new ForwardOnly();

        ChartAndIcons(unseekable);

        DeckInvariants.AssertValid(unseekable.Written.ToArray());
    }

    [Fact]
    public void Small_parts_are_stored_and_slides_deflated()
    {
        using var zip = new ZipArchive(new MemoryStream(Retail.Value));
        var slideRelationships = zip.GetEntry("ppt/slides/_rels/slide1.xml.rels")!;
        var slide = zip.GetEntry("ppt/slides/slide1.xml")!;

        Assert.Equal(slideRelationships.Length, slideRelationships.CompressedLength);
        Assert.Equal(zip.GetEntry("ppt/media/image1.png")!.Length, zip.GetEntry("ppt/media/image1.png")!.CompressedLength);
        Assert.True(slide.CompressedLength < slide.Length / 2, $"{slide.CompressedLength} of {slide.Length}");
    }

    [Fact]
    public void A_part_written_twice_is_refused()
    {
        using var package = new OpcPackage(new MemoryStream());
        package.Write("/ppt/media/image1.png", PartKind.Png, [1]);

        var refused = Assert.Throws<InvalidOperationException>(() => package.Write("/ppt/media/image1.png", PartKind.Png, [2]));
        Assert.Equal("The package already has a part /ppt/media/image1.png.", refused.Message);
    }

    /// <summary>Two slides through the real <see cref="DeckPackage"/>: an emotion chart and the web icon, then the web icon again.</summary>
    private static void ChartAndIcons(Stream output)
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en");
        using (var deck = new DeckPackage(output, DeckCorpus.Options.Theme.ThemePartValues("Package"), DeckCorpus.Options.Theme.ThemePartValues("Package notes")))
        {
            var context = new DeckContext(deck, map, DeckCorpus.Options);
            var colors = new ChartColors(context.Theme.Curve, context.Theme.Line, context.Theme.Ink);
            context.AddSlide([new Paragraph("Chart and icons")], (xml, parts) =>
            {
                var chart = new EmotionChart(["Research", "Buy"], [1, -2], "Emotion", EmotionScale.Bipolar2, context.Text, colors);
                xml.Chart("Chart", new Box(0, 0, Emu.Inches(6), Emu.Inches(4)), parts.AddChart(chart.Workbook(), chart.Write));
                xml.ChannelIcon(parts, "web", new Box(Emu.Inches(7), 0, Emu.Inches(0.3), Emu.Inches(0.3)), "en");
            });
            context.AddSlide([new Paragraph("Icon again")], (xml, parts) =>
                xml.ChannelIcon(parts, "web", new Box(Emu.Inches(7), 0, Emu.Inches(0.3), Emu.Inches(0.3)), "en"));
        }
    }

    private static List<string> Entries(byte[] deck)
    {
        using var zip = new ZipArchive(new MemoryStream(deck));
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private static XElement Xml(byte[] deck, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(deck));
        using var stream = zip.GetEntry(entry)!.Open();
        return XDocument.Load(stream).Root!;
    }

    /// <summary>A stream as a response body is: written forward only, its length unknown.</summary>
    private sealed class ForwardOnly : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
