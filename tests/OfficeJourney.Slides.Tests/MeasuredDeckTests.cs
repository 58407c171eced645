using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Insights;
using OfficeJourney.Model;
using OfficeJourney.Slides.Builders;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests;

/// <summary>The funnel, insights and touchpoint impact slides of maps that measure: valid, in their language, bounded.</summary>
public sealed class MeasuredDeckTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private const DeckSlides NewSlides = DeckSlides.Title | DeckSlides.Funnel | DeckSlides.Insights | DeckSlides.Impact;

    public static TheoryData<string> Languages() => MeasuredMaps.Languages();

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_measured_map_gets_funnel_impact_and_insight_slides_that_pass_the_validator_in_its_language(string language)
    {
        var map = MeasuredMaps.In(language).Map();
        var words = DeckWords.For(language);

        var bytes = DeckCorpus.Deck([map]);

        AssertValid(bytes);
        var titles = Titles(new DeckInvariants(bytes));
        var funnel = titles.IndexOf(words.Funnel);
        var impact = titles.IndexOf(words.Impact);
        var insights = titles.FindIndex(t => t.StartsWith(words.Insights, StringComparison.Ordinal));
        Assert.True(funnel > titles.IndexOf(DeckWords.For(language).Emotions), string.Join(" | ", titles));
        Assert.True(impact > titles.FindLastIndex(t => t.StartsWith("4. ", StringComparison.Ordinal)), string.Join(" | ", titles));
        Assert.Equal(titles.Count - 1, titles.FindLastIndex(t => t.StartsWith(words.Insights, StringComparison.Ordinal)));
        Assert.True(insights > impact, string.Join(" | ", titles));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_funnel_charts_cached_values_are_the_counts_and_the_largest_drop_is_named_and_coloured(string language)
    {
        var fixture = MeasuredMaps.In(language);
        var deck = new DeckInvariants(DeckCorpus.Deck([fixture.Map()], DeckCorpus.Options with { Slides = DeckSlides.Title | DeckSlides.Funnel }));

        var chart = deck.Xml(Assert.Single(deck.Parts, p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)));
        var bars = chart.Descendants(C + "barChart").Single();
        var cached = bars.Descendants(C + "val").Single().Descendants(C + "pt").Select(p => double.Parse(p.Element(C + "v")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(MeasuredMaps.Counts, cached);
        Assert.Equal(fixture.Stages.Take(3), bars.Element(C + "ser")!.Element(C + "cat")!.Descendants(C + "v").Select(v => v.Value));
        var point = bars.Descendants(C + "dPt").Single();
        Assert.Equal("1", point.Element(C + "idx")!.Attribute("val")!.Value);
        Assert.Equal(DeckTheme.Default.Pain, point.Descendants(A + "srgbClr").Single().Attribute("val")!.Value);
        Assert.Equal(language == "fa" ? "maxMin" : "minMax", chart.Descendants(C + "catAx").Single().Descendants(C + "orientation").Single().Attribute("val")!.Value);

        var callout = Shape(deck.Xml("/ppt/slides/slide2.xml"), "Largest drop-off");
        Assert.Contains(DeckWords.For(language).LargestDropOff, callout, StringComparison.Ordinal);
        Assert.Contains(fixture.Stages[0], callout, StringComparison.Ordinal);
        Assert.Contains(fixture.Stages[1], callout, StringComparison.Ordinal);
        Assert.Contains("7,500", callout, StringComparison.Ordinal);
        Assert.Contains("75%", callout, StringComparison.Ordinal);
        var steps = Shape(deck.Xml("/ppt/slides/slide2.xml"), "Steps");
        Assert.Contains("80%", steps, StringComparison.Ordinal); // 2,000 of 2,500 went on
    }

    [Fact]
    public void A_persian_deck_writes_the_new_slides_right_to_left()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([MeasuredMaps.In("fa").Map()], DeckCorpus.Options with { Slides = NewSlides }));

        foreach (var slide in Slides(deck).Skip(1))
        {
            Assert.All(slide.Descendants(A + "pPr"), p => Assert.Equal("1", p.Attribute("rtl")?.Value));
            Assert.All(slide.Descendants(A + "tblPr"), t => Assert.Equal("1", t.Attribute("rtl")?.Value));
        }
    }

    [Fact]
    public void Touchpoints_are_grouped_by_zone_highest_impact_first()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([MeasuredMaps.In("en").Map()], DeckCorpus.Options with { Slides = DeckSlides.Title | DeckSlides.Impact }));

        var rows = deck.Xml("/ppt/slides/slide2.xml").Descendants(A + "tr").Skip(1)
            .Select(r => r.Elements(A + "tc").Select(c => string.Concat(c.Descendants(A + "t").Select(t => t.Value))).ToList()).ToList();

        Assert.Equal(["Offline", "Online", "Online", "Online"], rows.Select(r => r[0]));
        Assert.Equal(["Store visit", "Website", "Email", "Website"], rows.Select(r => r[2]));
        Assert.Equal(["Consideration", "Awareness", "Loyalty", "Purchase"], rows.Select(r => r[1]));
        Assert.Equal("●●●●● 5/5", rows[0][3]);
    }

    [Fact]
    public void The_insights_are_grouped_under_their_headings_with_their_stages()
    {
        var map = MeasuredMaps.In("en").Map();
        var deck = new DeckInvariants(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = DeckSlides.Title | DeckSlides.Insights }));

        var text = string.Join("\n", Slides(deck).SelectMany(slide => slide.Descendants(A + "tr"))
            .Select(r => string.Join(" | ", r.Elements(A + "tc").Select(c => string.Concat(c.Descendants(A + "t").Select(t => t.Value))))));

        Assert.Contains("Where people drop off | ", text, StringComparison.Ordinal);
        Assert.Contains("the largest drop-off in the journey. | Awareness → Consideration", text, StringComparison.Ordinal);
        Assert.Contains("Metrics off target | ", text, StringComparison.Ordinal);
        Assert.All(JourneyInsights.Find(map), finding => Assert.Contains(finding.Message, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_template_shows_its_funnel_impact_and_insights_and_without_measures_or_ratings_none_of_them()
    {
        Assert.True(DeckSlides.All.HasFlag(DeckSlides.Funnel | DeckSlides.Insights | DeckSlides.Impact));
        foreach (var (type, industry, language) in new[] { (MapType.CurrentState, Industry.Retail, "en"), (MapType.ServiceBlueprint, Industry.Banking, "fa"), (MapType.FutureState, Industry.Travel, "th") })
        {
            var map = TemplateCatalog.Create(type, industry, language);
            var words = DeckWords.For(language);
            string[] newKinds = [words.Funnel, words.Impact, words.Insights];
            bool IsNew(string title) => newKinds.Any(kind => title.StartsWith(kind, StringComparison.Ordinal));

            var titles = Titles(new DeckInvariants(DeckCorpus.Deck([map])));
            Assert.All(newKinds, kind => Assert.Contains(titles, t => t.StartsWith(kind, StringComparison.Ordinal)));

            var unmeasured = map with
            {
                Lanes = [.. map.Lanes.Where(l => l.Kind != LaneKind.Metric).Select(l => l with
                {
                    Cells = [.. l.Cells.Select(c => c with { Items = [.. c.Items.Select(i => i with { Impact = null, Zone = null })] })],
                })],
            };
            Assert.DoesNotContain(Titles(new DeckInvariants(DeckCorpus.Deck([unmeasured]))), IsNew);
        }
    }

    [Fact]
    public void Hostile_text_in_a_measured_map_stays_safe()
    {
        var fixture = MeasuredMaps.In("en");
        var huge = string.Concat(Enumerable.Repeat("very long stage ", 640));
        var read = fixture.Read(["=cmd|' /C calc'!A0", "+SUM(A1)\u0001\u0007", "Tab\tand\r\nbreak", huge], "@web\t\r", "-store\u000B", huge, "=HYPERLINK(\"x\")");

        // The reader drops a leading "=" and the service cleans what it reads; a map document may hold both.
        var map = read with
        {
            Title = "\uD800" + read.Title,
            Stages = [.. read.Stages.Select((s, i) => s with { Name = (i == 0 ? "=cmd|' /C calc'!A0" : s.Name) + "\uDFFF\u0001" })],
            Lanes = [.. read.Lanes.Select(l => l with { Label = l.Label + "\uD83D" })],
        };

        var bytes = DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = NewSlides });

        AssertValid(bytes);
        var deck = new DeckInvariants(bytes);
        var titles = Titles(deck);
        Assert.Contains("Funnel", titles);
        Assert.Contains("Touchpoint impact", titles);
        Assert.Contains(titles, t => t.StartsWith("Insights", StringComparison.Ordinal));
        var cells = deck.Parts.Where(p => p.EndsWith(".xlsx", StringComparison.Ordinal)).SelectMany(p =>
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(deck.Bytes(p)));
            using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
            return XDocument.Load(sheet).Descendants().Where(e => e.Name.LocalName == "c").ToList();
        }).ToList();
        Assert.DoesNotContain(cells, c => c.Descendants().Any(e => e.Name.LocalName == "f"));
        Assert.Contains(cells, c => c.Value == "=cmd|' /C calc'!A0" && c.Attribute("t")?.Value == "inlineStr");
    }

    [Fact]
    public void Many_findings_and_touchpoints_make_a_bounded_number_of_slides_that_count_the_rest()
    {
        var stages = Enumerable.Range(1, 150).Select(i => new Stage { Name = $"Step {i}" }).ToList();
        LaneCell Cell(string text, Impact? impact = null, double? value = null) => new() { Items = [new JourneyItem { Text = text, Impact = impact, Value = value }] };
        var map = new JourneyMap
        {
            Title = "Many findings",
            Stages = stages,
            Lanes =
            [
                new Lane { Label = "Touchpoints", Kind = LaneKind.Touchpoints, Cells = [.. stages.Select((_, s) => new LaneCell { Items = [.. Enumerable.Range(0, 3).Select(i => new JourneyItem { Text = $"Touchpoint {s}.{i}", Impact = new Impact(((s + i) % 5) / 4.0, $"{(s + i) % 5}/4"), Zone = $"Zone {i}" })] })] },
                new Lane { Label = "Pain points", Kind = LaneKind.PainPoints, Cells = [.. stages.Select((_, s) => Cell($"Pain {s}"))] },
                new Lane { Label = "Visitors", Kind = LaneKind.Metric, Metric = new Metric(MetricKind.Count, false), Cells = [.. stages.Select((_, s) => Cell($"{10000 - s}", value: 10000 - s))] },
            ],
        };

        var deck = new DeckInvariants(DeckCorpus.Deck([map], DeckCorpus.Options with { Slides = NewSlides }));
        var titles = Titles(deck);
        var text = string.Concat(Slides(deck).SelectMany(slide => slide.Descendants(A + "t")).Select(t => t.Value));

        Assert.InRange(titles.Count(t => t.StartsWith("Insights", StringComparison.Ordinal)), 1, 3);
        Assert.Contains($"… and {JourneyInsights.MaxPerRule - InsightSlides.MaxPerKind} more", text, StringComparison.Ordinal);
        Assert.Contains($"… and {450 - ImpactSlides.MaxRows} more", text, StringComparison.Ordinal);
        Assert.InRange(titles.Count(t => t.StartsWith("Touchpoint impact", StringComparison.Ordinal)), 2, 20);
        Assert.Empty(deck.Check());
    }

    [Fact]
    public void The_panes_slide_list_offers_every_slide_the_service_makes_in_deck_order()
    {
        var view = File.ReadAllText(Path.Combine(OfficeJourney.Repository.Root, "addin-web", "src", "views", "PowerPointView.tsx"));

        var list = view[view.IndexOf("export const SlideNames = [", StringComparison.Ordinal)..];
        var names = list[(list.IndexOf('[', StringComparison.Ordinal) + 1)..list.IndexOf(']', StringComparison.Ordinal)]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim('"'));

        // The pane inserts the deck of one stored map: a review's and a current-versus-future comparison's slides need two.
        Assert.Equal(["title", .. DeckSlideNames.Names.Except(["what-changed", "current-vs-future"])], names);
    }

    private static void AssertValid(byte[] bytes)
    {
        using (var document = PresentationDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        }

        var deck = new DeckInvariants(bytes);
        var failures = deck.Check();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)) + "\nin slides: " + string.Join(" | ", Titles(deck).Select(t => TextFit.Clip(t, 40))));
    }

    private static IEnumerable<XDocument> Slides(DeckInvariants deck) =>
        Enumerable.Range(1, deck.Xml("/ppt/presentation.xml").Descendants(P + "sldId").Count()).Select(n => deck.Xml($"/ppt/slides/slide{n}.xml"));

    private static string Shape(XDocument slide, string name) =>
        string.Join("\n", slide.Descendants(P + "sp").Single(s => s.Descendants(P + "cNvPr").First().Attribute("name")!.Value == name)
            .Descendants(A + "p").Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value))));

    private static List<string> Titles(DeckInvariants deck)
    {
        return [.. Slides(deck)
            .Select(x => x.Descendants(P + "sp").FirstOrDefault(s => s.Descendants(P + "cNvPr").First().Attribute("name")!.Value == "Title")
                ?.Descendants(A + "t").FirstOrDefault()?.Value ?? string.Empty)];
    }
}
