using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Tests;

public sealed class DeckTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static TheoryData<string> Corpus() => [.. DeckCorpus.Names()];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_deck_passes_the_open_xml_validator_and_the_invariants_it_misses(string name)
    {
        var deck = DeckCorpus.Deck(DeckCorpus.Maps(name));

        DeckInvariants.AssertValid(deck);
    }

    [Fact]
    public void The_slides_come_in_the_documented_order_each_with_notes()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en");
        var deck = new DeckInvariants(DeckCorpus.Deck([map]));

        var titles = SlideTitles(deck);

        // The template's fourteen lanes (touchpoints rated in channels, visitors and CSAT among them) fit one overview
        // slide, and its measures bring the funnel, touchpoint impact and insights.
        Assert.Equal(
            ["Journey overview", "Emotion curve", "Funnel", "1. Awareness", "2. Consideration", "3. Purchase", "4. Delivery", "5. Loyalty", "Touchpoint impact", "Pain points and opportunities", "Personas", "KPIs", "Insights (1/2)", "Insights (2/2)"],
            titles.Skip(1));
        Assert.Equal(15, deck.Parts.Count(p => p.StartsWith("/ppt/notesSlides/notesSlide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_notes_carry_every_item_of_the_map()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Travel, "en");
        var deck = new DeckInvariants(DeckCorpus.Deck([map]));

        var notes = string.Join("\n", deck.Parts.Where(p => p.StartsWith("/ppt/notesSlides/notesSlide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .Select(p => string.Concat(deck.Xml(p).Descendants(A + "t").Select(t => t.Value))));

        foreach (var item in map.Lanes.SelectMany(l => l.Cells).SelectMany(c => c.Items))
        {
            Assert.Contains(item.Text, notes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_persian_deck_reads_right_to_left_with_its_language_and_complex_script_font()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Banking, "fa");
        var deck = new DeckInvariants(DeckCorpus.Deck([map]));
        var overview = deck.Xml(SlidePart(deck, 2));

        Assert.All(overview.Descendants(A + "pPr"), p => Assert.Equal("1", p.Attribute("rtl")?.Value));
        // The overview's tables are written as seen, the lane labels in the last (rightmost) column, so that they line up
        // with the band and the touchpoint chips in LibreOffice too, which does not mirror right-to-left tables.
        Assert.All(overview.Descendants(A + "tbl"), table =>
        {
            Assert.Null(table.Element(A + "tblPr")!.Attribute("rtl"));
            Assert.Equal(OfficeJourney.Slides.Builders.OverviewRows.LabelWidth, long.Parse(table.Descendants(A + "gridCol").Last().Attribute("w")!.Value, CultureInfo.InvariantCulture));
        });
        Assert.All(overview.Descendants(A + "rPr"), r =>
        {
            Assert.Equal("fa-IR", r.Attribute("lang")?.Value);
            Assert.Equal("Tahoma", r.Element(A + "cs")?.Attribute("typeface")?.Value);
        });
        var chevrons = overview.Descendants(P + "sp").Where(s => s.Descendants(A + "prstGeom").Any(g => g.Attribute("prst")!.Value is "chevron" or "homePlate")).ToList();
        var xs = chevrons.Select(s => long.Parse(s.Descendants(A + "off").First().Attribute("x")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(xs.OrderDescending(), xs);
        Assert.All(chevrons, s => Assert.Equal("1", s.Descendants(A + "xfrm").First().Attribute("flipH")?.Value));

        var charts = deck.Parts.Where(p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)).Select(deck.Xml).ToList();
        // The emotion curve and the funnel both run from the right.
        Assert.Equal(2, charts.Count);
        Assert.All(charts, chart => Assert.Equal("maxMin", chart.Descendants(C + "catAx").Single().Descendants(C + "orientation").Single().Attribute("val")!.Value));
    }

    [Theory]
    [InlineData("th", "th-TH", "Leelawadee UI")]
    [InlineData("vi", "vi-VN", null)]
    [InlineData("lv", "lv-LV", null)]
    public void Every_run_carries_its_language_and_thai_uses_the_complex_script_slot(string language, string tag, string? complexScript)
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([TemplateCatalog.Create(MapType.FutureState, Industry.Travel, language)]));

        var runs = deck.Parts.Where(p => p.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(p => deck.Xml(p).Descendants(A + "rPr")).ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, r =>
        {
            Assert.Equal(tag, r.Attribute("lang")?.Value);
            Assert.Equal(DeckTheme.LatinFont, r.Element(A + "latin")?.Attribute("typeface")?.Value);
            Assert.Equal(complexScript, r.Element(A + "cs")?.Attribute("typeface")?.Value);
        });
    }

    [Theory]
    [InlineData("en", "Motivations", "Objections")]
    [InlineData("fa", "انگیزه‌ها", "نگرانی‌ها")]
    public void A_persona_card_heads_motivations_and_objections_in_the_maps_language(string language, string motivations, string objections)
    {
        var map = new JourneyMap
        {
            Title = "Personas",
            Stages = [new Stage { Name = "A" }],
            Lanes = [],
            Language = language,
            Personas = [new Persona { Name = "Maya", Motivations = ["Save time"], Objections = ["Price"] }],
        };

        var deck = new DeckInvariants(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Title | DeckSlides.Personas }));

        var text = string.Concat(deck.Xml("/ppt/slides/slide2.xml").Descendants(A + "t").Select(t => t.Value + "\n"));
        Assert.Contains(motivations + "\n", text, StringComparison.Ordinal);
        Assert.Contains(objections + "\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("?\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_big_map_continues_on_further_slides_with_the_stage_band_repeated()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([DeckCorpus.Big()]));
        var titles = SlideTitles(deck);

        var overviews = titles.Count(t => t.StartsWith("Journey overview (", StringComparison.Ordinal));
        Assert.True(overviews >= 4, $"{overviews} overview slides");
        Assert.Contains("Journey overview (1/" + overviews.ToString(CultureInfo.InvariantCulture) + ")", titles);
        Assert.Contains(titles, t => t.StartsWith("1. Stage 01 (1/", StringComparison.Ordinal));
        Assert.Contains("Personas (2/2)", titles);
        var bands = deck.Parts.Where(p => p.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .Select(p => deck.Xml(p))
            .Where(x => x.Descendants(A + "t").Any(t => t.Value.StartsWith("Journey overview", StringComparison.Ordinal)))
            .Select(x => x.Descendants(A + "prstGeom").Count(g => g.Attribute("prst")!.Value is "chevron" or "homePlate"))
            .ToList();
        Assert.All(bands, count => Assert.Equal(6, count));
        Assert.Empty(deck.Check());
    }

    [Fact]
    public void A_workbook_with_two_journeys_gives_one_deck_with_a_section_each()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck(DeckCorpus.Maps("two-journeys")));
        XNamespace p14 = "http://schemas.microsoft.com/office/powerpoint/2010/main";

        var sections = deck.Xml("/ppt/presentation.xml").Descendants(p14 + "section").ToList();

        Assert.Equal(2, sections.Count);
        Assert.Equal("Online fashion store — Current state", sections[0].Attribute("name")!.Value);
        var all = deck.Xml("/ppt/presentation.xml").Descendants(P + "sldId").Count();
        Assert.Equal(all, sections.Sum(s => s.Descendants(p14 + "sldId").Count()));
    }

    [Fact]
    public void The_brand_colour_is_the_theme_accent_and_the_header_fill()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en")], DeckCorpus.Options with { Theme = DeckTheme.WithBrand("#8e44ad") }));

        var theme = deck.Parts.Single(p => p.Contains("/theme/", StringComparison.Ordinal) && !p.Contains("notesMaster", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Equal("8E44AD", deck.Xml(theme).Descendants(A + "accent1").Single().Element(A + "srgbClr")!.Attribute("val")!.Value);
        Assert.Contains(deck.Xml(SlidePart(deck, 2)).Descendants(A + "srgbClr"), c => c.Attribute("val")!.Value == "8E44AD");
    }

    [Fact]
    public void A_generator_running_under_persian_or_thai_culture_writes_the_same_parts()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Banking, "en");
        var invariant = Parts(map);
        foreach (var culture in new[] { "fa-IR", "th-TH" })
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                var parts = Parts(map);
                Assert.Equal(invariant.Keys, parts.Keys);
                foreach (var (part, xml) in invariant)
                {
                    Assert.True(xml == parts[part], $"{part} differs under {culture}");
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }
    }

    [Fact]
    public void Only_the_chosen_slides_are_made()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en");

        var deck = new DeckInvariants(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Title | DeckSlides.Kpis }));

        Assert.Equal(["KPIs"], SlideTitles(deck).Skip(1));
    }

    [Theory]
    [InlineData("names", new[] { "Stage", "KPI" })]
    [InlineData("values", new[] { "Stage", "KPI", "Value" })]
    [InlineData("all", new[] { "Stage", "KPI", "Value", "Target", "Status" })]
    public void The_kpi_table_draws_value_target_and_status_only_when_some_kpi_has_one(string given, string[] header)
    {
        var template = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en");
        var map = template with
        {
            Lanes = [.. template.Lanes.Select(l => l.Kind != LaneKind.Kpis ? l : l with
            {
                Cells = [.. l.Cells.Select(c => c with
                {
                    Items = [.. c.Items.Select(i => i with
                    {
                        Kpi = given switch
                        {
                            "names" => new Kpi(i.Kpi!.Name),
                            "values" => new Kpi(i.Kpi!.Name, i.Kpi.Value ?? "1"),
                            _ => i.Kpi! with { Value = i.Kpi.Value ?? "1" },
                        },
                    })],
                })],
            })],
        };

        var deck = new DeckInvariants(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Title | DeckSlides.Kpis }));

        var table = deck.Xml(SlidePart(deck, 2)).Descendants(A + "tbl").Single();
        Assert.Equal(header, table.Descendants(A + "tr").First().Elements(A + "tc").Select(c => string.Concat(c.Descendants(A + "t").Select(t => t.Value))));
        Assert.Equal(header.Length, table.Descendants(A + "gridCol").Count());
        Assert.Empty(deck.Check());
    }

    /// <summary>A slide holds as many charts as it needs (funnels, what changed…), each with its own relationship and workbook.</summary>
    [Fact]
    public void A_slide_with_two_charts_is_valid_and_each_chart_matches_its_own_workbook()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "fa");
        using var output = new MemoryStream();
        using (var deck = new OpenXml.DeckPackage(output, DeckTheme.Default.ThemePartValues("OfficeJourney"), DeckTheme.Default.ThemePartValues("OfficeJourney Notes")))
        {
            var context = new Builders.DeckContext(deck, map, DeckCorpus.Options);
            var colors = new Charts.ChartColors(context.Theme.Curve, context.Theme.Line, context.Theme.Ink);
            context.AddSlide([new Drawing.Paragraph("Two charts")], (xml, parts) =>
            {
                var before = new Charts.EmotionChart(["Research", "Buy", "Wait"], [1, -2, null], "Before", EmotionScale.Bipolar2, context.Text, colors);
                var after = new Charts.EmotionChart(["Research", "Buy"], [4.5, 2], "After", new EmotionScale(1, 5), context.Text, colors);
                xml.Chart("Before", new Drawing.Box(0, 0, OpenXml.Emu.Inches(6), OpenXml.Emu.Inches(4)), parts.AddChart(before.Workbook(), before.Write));
                xml.Chart("After", new Drawing.Box(OpenXml.Emu.Inches(6), 0, OpenXml.Emu.Inches(6), OpenXml.Emu.Inches(4)), parts.AddChart(after.Workbook(), after.Write));
            });
        }

        var bytes = output.ToArray();
        using (var document = PresentationDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
            var slide = document.PresentationPart!.SlideParts.Single();
            Assert.Equal(["rId3", "rId4"], slide.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>().Select(c => c.Id!.Value));
            Assert.Equal(2, slide.ChartParts.Count());
        }

        var invariants = new DeckInvariants(bytes);
        Assert.Empty(invariants.Check());
        var charts = invariants.Parts.Where(p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Before", "After"], charts.Order(StringComparer.Ordinal).Select(p => invariants.Xml(p).Descendants(C + "tx").Single().Descendants(C + "v").Single().Value));
    }

    [Fact]
    public void Slides_are_chosen_by_the_names_people_type()
    {
        Assert.Equal(DeckSlides.All, DeckSlideNames.Parse("overview, EMOTIONS,funnel,stages,impact,pains,personas,kpis,blueprint,insights,What-Changed,current-vs-future"));
        Assert.Equal(DeckSlides.Title | DeckSlides.Pains, DeckSlideNames.Parse("pains"));
        Assert.Equal(DeckSlides.Title | DeckSlides.Funnel | DeckSlides.Insights | DeckSlides.Impact, DeckSlideNames.Parse("funnel,insights,impact"));
        Assert.Equal(DeckSlides.All, DeckSlideNames.Parse(" "));
        var refused = Assert.Throws<UnknownChoiceException>(() => DeckSlideNames.Parse("overview,gossip"));
        Assert.Equal("\"gossip\" is not a slide; choose from overview, emotions, funnel, stages, impact, pains, personas, kpis, blueprint, insights, what-changed, current-vs-future.", refused.Message);
    }

    [Fact]
    public void Kpis_are_marked_on_or_off_target_knowing_when_less_is_better()
    {
        Assert.True(Builders.KpiSlides.Status(new Kpi("Checkout abandonment", "38%", "40%")));
        Assert.False(Builders.KpiSlides.Status(new Kpi("Checkout abandonment", "68%", "40%")));
        Assert.False(Builders.KpiSlides.Status(new Kpi("On-time delivery", "88%", "97%")));
        Assert.True(Builders.KpiSlides.Status(new Kpi("NPS", "52", "50")));
        Assert.True(Builders.KpiSlides.Status(new Kpi("نرخ رها کردن سبد خرید", "۳۰٪", "۴۰٪")));
        Assert.Null(Builders.KpiSlides.Status(new Kpi("Reach", "1.2M")));
    }

    [Fact]
    public void Every_written_languages_less_is_better_words_from_its_folder_turn_a_kpi_around()
    {
        var words = Language.Written.All.SelectMany(l => l.LessIsBetter).ToList();

        Assert.Contains("ละทิ้ง", words);
        Assert.All(words, word => Assert.Equal((true, false), (Builders.KpiSlides.Status(new Kpi($"{word} x", "1", "2")), Builders.KpiSlides.Status(new Kpi($"{word} x", "3", "2")))));
        Assert.True(Builders.KpiSlides.Status(new Kpi("อัตราการละทิ้งตะกร้า", "๓๐%", "๔๐%")));
    }

    [Fact]
    public void The_theme_sets_each_complex_script_in_the_font_its_languages_folder_names()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en")]));

        var themes = deck.Parts.Where(p => p.Contains("/theme/", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, themes.Count); // the slides' and the notes'
        Assert.All(themes, theme => Assert.Equal(
            [("Thai", "Leelawadee UI"), ("Arab", "Tahoma"), ("Thai", "Leelawadee UI"), ("Arab", "Tahoma")],
            deck.Xml(theme).Descendants(A + "font").Select(f => (f.Attribute("script")!.Value, f.Attribute("typeface")!.Value))));
    }

    private static SortedDictionary<string, string> Parts(JourneyMap map)
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([map]));
        return new SortedDictionary<string, string>(deck.Parts.Where(p => p.EndsWith(".xml", StringComparison.Ordinal)).ToDictionary(p => p, p => deck.Xml(p).ToString()), StringComparer.Ordinal);
    }

    private static string SlidePart(DeckInvariants deck, int number) => $"/ppt/slides/slide{number}.xml";

    internal static List<string> SlideTitles(DeckInvariants deck)
    {
        var ids = deck.Xml("/ppt/presentation.xml").Descendants(P + "sldId").Count();
        return [.. Enumerable.Range(1, ids).Select(n => deck.Xml(SlidePart(deck, n)))
            .Select(x => x.Descendants(P + "sp").FirstOrDefault(s => s.Descendants(P + "cNvPr").First().Attribute("name")!.Value == "Title")
                ?.Descendants(A + "t").FirstOrDefault()?.Value ?? string.Empty)];
    }
}

public sealed class UnscoredFeelingDeckTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    [Fact]
    public void A_feeling_without_a_score_is_a_gap_in_the_curve_and_its_words_are_on_the_slides()
    {
        var sheet = OfficeJourney.Grids.SheetGrid.FromRows("Journey",
        [
            [.. new[] { "Stage", "Research", "Apply", "Wait", "Enrol" }.Select(OfficeJourney.Grids.CellValue.FromText)],
            [.. new[] { "Feelings", "Curious", "Hopeful", "What if they reject me", "Motivated" }.Select(OfficeJourney.Grids.CellValue.FromText)],
        ]);
        var map = Assert.Single(new OfficeJourney.Interpretation.GridInterpreter().Interpret(sheet).Maps);

        var deckBytes = DeckCorpus.Deck([map]);
        var deck = new DeckInvariants(deckBytes);

        using (var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(deckBytes), false))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(document));
        }

        var chart = deck.Xml(Assert.Single(deck.Parts, p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)));
        var points = chart.Descendants(C + "val").Single().Descendants(C + "pt").Select(p => (int)p.Attribute("idx")!).ToList();
        Assert.Equal([0, 1, 3], points);
        Assert.Equal("gap", chart.Descendants(C + "dispBlanksAs").Single().Attribute("val")!.Value);
        var text = string.Concat(deck.Parts.Where(p => p.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(p => deck.Xml(p).Descendants(A + "t")).Select(t => t.Value));
        Assert.Contains("What if they reject me", text, StringComparison.Ordinal);
    }
}
