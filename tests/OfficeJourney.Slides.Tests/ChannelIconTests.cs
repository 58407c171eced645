using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Tests;

public sealed class ChannelIconTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Asvg = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    [Fact]
    public void Every_channel_key_has_an_embedded_svg_and_png()
    {
        foreach (var key in ChannelTerms.ChannelKeys)
        {
            var icon = ChannelIcons.Of(key);
            Assert.NotNull(icon);
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", System.Text.Encoding.UTF8.GetString(icon.Svg), StringComparison.Ordinal);
            Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(icon.Png, 1, 3));
        }

        Assert.Null(ChannelIcons.Of("hologram"));
    }

    [Fact]
    public void Slides_showing_an_icon_share_one_png_and_one_svg_part_in_the_deck()
    {
        var deck = new DeckInvariants(IconDeck.Write("en", [["web", "store", "web"], ["web", "hologram"], []]));

        var media = deck.Parts.Where(p => p.StartsWith("/ppt/media/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, media.Count(p => p.EndsWith(".png", StringComparison.Ordinal)));
        Assert.Equal(2, media.Count(p => p.EndsWith(".svg", StringComparison.Ordinal)));

        var first = Targets(deck, 1);
        var second = Targets(deck, 2);
        Assert.Equal(4, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Subset(first.ToHashSet(), second.ToHashSet());
        Assert.Empty(Targets(deck, 3));
        Assert.Equal(ChannelIcons.Of("web")!.Svg, deck.Bytes(media.Single(p => deck.Bytes(p).SequenceEqual(ChannelIcons.Of("web")!.Svg))));

        var types = deck.Xml("/[Content_Types].xml").Root!;
        string? TypeOf(string part) =>
            types.Elements(Types + "Override").FirstOrDefault(o => o.Attribute("PartName")!.Value == part)?.Attribute("ContentType")!.Value
            ?? types.Elements(Types + "Default").FirstOrDefault(d => d.Attribute("Extension")!.Value == Path.GetExtension(part)[1..])?.Attribute("ContentType")!.Value;
        Assert.All(media, part => Assert.Equal(part.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml" : "image/png", TypeOf(part)));
    }

    [Fact]
    public void An_icon_is_a_picture_of_its_png_with_the_svg_extension_and_the_channels_name_as_alt_text()
    {
        var deck = new DeckInvariants(IconDeck.Write("fa", [["store", "store"]]));

        var slide = deck.Xml("/ppt/slides/slide1.xml");
        var pictures = slide.Descendants(P + "pic").ToList();
        Assert.Equal(2, pictures.Count);
        var rels = deck.Xml("/ppt/slides/_rels/slide1.xml.rels").Root!.Elements(Rels + "Relationship").ToDictionary(r => r.Attribute("Id")!.Value, r => r.Attribute("Target")!.Value);
        foreach (var picture in pictures)
        {
            Assert.Equal(ChannelTerms.NameOf("store", ChannelDimension.Channel, "fa"), picture.Descendants(P + "cNvPr").Single().Attribute("descr")!.Value);
            var blip = picture.Descendants(A + "blip").Single();
            Assert.EndsWith(".png", rels[blip.Attribute(R + "embed")!.Value], StringComparison.Ordinal);
            Assert.Equal("{96DAC541-7B7A-43D3-8B79-37D633B846F1}", blip.Descendants(A + "ext").Single().Attribute("uri")!.Value);
            Assert.EndsWith(".svg", rels[blip.Descendants(Asvg + "svgBlip").Single().Attribute(R + "embed")!.Value], StringComparison.Ordinal);
        }

        // The same icon twice on a slide is one relationship to each of its parts.
        Assert.Equal(2, rels.Values.Count(t => t.Contains("/media/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    [InlineData("th")]
    public void A_deck_with_every_icon_passes_the_open_xml_validator_and_the_invariants(string language)
    {
        var bytes = IconDeck.Write(language, [[.. ChannelTerms.ChannelKeys], ["web", "chat"]]);

        DeckInvariants.AssertValid(bytes);
    }

    [Fact]
    public void A_deck_without_icons_has_no_media()
    {
        var deck = new DeckInvariants(IconDeck.Write("en", [["hologram"], []]));

        Assert.DoesNotContain(deck.Parts, p => p.StartsWith("/ppt/media/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_touchpoint_shows_the_channel_read_with_it_else_the_one_its_text_its_zone_or_the_channel_beside_it_names()
    {
        Assert.Equal("store", TouchpointChannel.Of(new JourneyItem { Text = "Instagram ad", Channel = "store" }));
        Assert.Equal("social", TouchpointChannel.Of(new JourneyItem { Text = "Instagram ad" }));
        Assert.Equal("phone", TouchpointChannel.Of(new JourneyItem { Text = "Unboxing", Zone = "Call centre" }));
        Assert.Equal("web", TouchpointChannel.Of(new JourneyItem { Text = "Unboxing" }, besideIt: "Website"));
        Assert.Null(TouchpointChannel.Of(new JourneyItem { Text = "Compare prices" }));
    }

    private static List<string> Targets(DeckInvariants deck, int slide) =>
        [.. deck.Xml($"/ppt/slides/_rels/slide{slide}.xml.rels").Root!.Elements(Rels + "Relationship")
            .Select(r => r.Attribute("Target")!.Value).Where(t => t.Contains("/media/", StringComparison.Ordinal))];
}

/// <summary>
/// A deck of test slides drawn through the real <see cref="DeckPackage"/> and <see cref="DeckContext"/>, as a slide kind
/// draws them: one row per channel key, its icon in the slot before its name (after it, right to left).
/// </summary>
internal static class IconDeck
{
    public static readonly long Size = Emu.Inches(0.3);
    public static readonly long Row = Emu.Inches(0.38);
    public static readonly long Top = Emu.Inches(1.3);

    public static byte[] Write(string language, IReadOnlyList<IReadOnlyList<string>> slides)
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, language);
        using var stream = new MemoryStream();
        using (var deck = new DeckPackage(stream, DeckCorpus.Options.Theme.ThemePartValues("Icons"), DeckCorpus.Options.Theme.ThemePartValues("Icons notes")))
        {
            var context = new DeckContext(deck, map, DeckCorpus.Options);
            foreach (var keys in slides)
            {
                context.AddSlide([new Paragraph("Channel icons", 12)], (xml, parts) => Draw(context, xml, parts, keys));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The icon's slot on row <paramref name="row"/>: at the start of the line, mirrored right to left.</summary>
    public static Box Slot(int row, bool rightToLeft) =>
        new(rightToLeft ? Emu.SlideWidth - DeckContext.Margin - Size : DeckContext.Margin, Top + (row * Row), Size, Size);

    private static void Draw(DeckContext context, SlideXml xml, SlideParts parts, IReadOnlyList<string> keys)
    {
        context.TitleBar(xml, "Channel icons");
        var rtl = context.Text.RightToLeft;
        for (var i = 0; i < keys.Count; i++)
        {
            var slot = Slot(i, rtl);
            xml.ChannelIcon(parts, keys[i], slot, context.Text.Language);
            var text = new Box(rtl ? DeckContext.Margin : slot.X + Size + Emu.Inches(0.1), slot.Y, DeckContext.ContentWidth - Size - Emu.Inches(0.1), Size);
            xml.Shape("Touchpoint", "rect", text, null, null, [new Paragraph(ChannelTerms.NameOf(keys[i], ChannelDimension.Channel, context.Text.Language), 12)], Align.Center, textBox: true, insetPoints: 0);
        }
    }
}
