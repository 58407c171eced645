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

/// <summary>A slide holds as many charts as it needs (funnels, what changed…), each with its own relationship and workbook.</summary>
public sealed class SeveralChartsTests
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void A_slide_with_two_charts_is_valid_and_each_chart_matches_its_own_workbook()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "fa");
        using var output = new MemoryStream();
        using (var deck = new DeckPackage(output, DeckTheme.Default.ThemePartValues("OfficeJourney"), DeckTheme.Default.ThemePartValues("OfficeJourney Notes")))
        {
            var context = new DeckContext(deck, map, DeckCorpus.Options);
            context.AddSlide([new Paragraph("Two charts")], (xml, parts) =>
            {
                var before = new EmotionChart(["Research", "Buy", "Wait"], [1, -2, null], "Before", EmotionScale.Bipolar2, context.Text, context.Theme);
                var after = new EmotionChart(["Research", "Buy"], [4.5, 2], "After", new EmotionScale(1, 5), context.Text, context.Theme);
                xml.Chart("Before", new Box(0, 0, Emu.Inches(6), Emu.Inches(4)), parts.AddChart(before.Workbook(), before.Write));
                xml.Chart("After", new Box(Emu.Inches(6), 0, Emu.Inches(6), Emu.Inches(4)), parts.AddChart(after.Workbook(), after.Write));
            });
        }

        var bytes = output.ToArray();
        using (var document = PresentationDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
            Assert.Equal(2, document.PresentationPart!.SlideParts.Single().ChartParts.Count());
        }

        var invariants = new DeckInvariants(bytes);
        Assert.Empty(invariants.Check());
        var frames = invariants.Xml("/ppt/slides/slide1.xml").Descendants(C + "chart").Select(c => c.Attribute(R + "id")!.Value).ToList();
        Assert.Equal(["rId3", "rId4"], frames);
        var charts = invariants.Parts.Where(p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Before", "After"], charts.Order(StringComparer.Ordinal).Select(p => invariants.Xml(p).Descendants(C + "tx").Single().Descendants(C + "v").Single().Value));
    }
}
