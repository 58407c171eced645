using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests;

public sealed class ReviewDeckTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static TheoryData<string> Languages() => [.. ReviewCorpus.Languages];

    internal static byte[] Deck(ReviewCorpus versions, string? then = "Version 3", string? now = "Version 5")
    {
        using var stream = new MemoryStream();
        ReviewDeckWriter.Write(versions.Then, versions.Now, stream, DeckCorpus.Options, then, now);
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_review_deck_passes_the_open_xml_validator_and_the_invariants_it_misses(string language)
    {
        var deck = Deck(ReviewCorpus.For(language));

        AssertValid(deck);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_review_deck_names_exactly_what_changed(string language)
    {
        var versions = ReviewCorpus.For(language);

        var text = SlideText(new DeckInvariants(Deck(versions)));

        foreach (var changed in new[] { ReviewCorpus.AddedStage, versions.RemovedStage, ReviewCorpus.AddedTouchpoint, versions.RemovedTouchpoint, versions.ResolvedPain, ReviewCorpus.NewPain, "Version 3", "Version 5" })
        {
            Assert.Contains(changed, text, StringComparison.Ordinal);
        }

        foreach (var unchanged in versions.Unchanged)
        {
            Assert.DoesNotContain(unchanged, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_review_slides_come_in_order_in_the_newer_maps_language()
    {
        var deck = new DeckInvariants(Deck(ReviewCorpus.For("vi"), then: null, now: null));

        var titles = DeckTests.SlideTitles(deck);

        // The template's visitors and CSAT with the bounce rate make fifteen rows of metrics, two pages.
        Assert.Equal(["Những gì đã thay đổi", "Cảm xúc trước và nay", "Chỉ số trước và nay (1/2)", "Chỉ số trước và nay (2/2)", "Điểm đau"], titles.Skip(1));
        Assert.Contains("Trước → Nay", SlideText(deck), StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_are_marked_better_or_worse_in_words_and_colour_lower_bounce_rate_being_better()
    {
        var deck = new DeckInvariants(Deck(ReviewCorpus.For("en")));
        var tables = deck.Parts.Where(p => p.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .Select(deck.Xml).SelectMany(x => x.Descendants(A + "tbl")).ToList();

        var rows = tables.SelectMany(t => t.Descendants(A + "tr")).Select(r => r.Elements(A + "tc").Select(c => string.Concat(c.Descendants(A + "t").Select(t => t.Value))).ToList()).ToList();

        Assert.Contains(rows, r => r[2] == "60%" && r[3] == "50%" && r[4] == "-10%" && r[5] == "▲ better");
        Assert.Contains(rows, r => r[2] == "30%" && r[3] == "35%" && r[4] == "+5%" && r[5] == "▼ worse");
        Assert.Contains(rows, r => r[2] == "20%" && r[3] == "15%" && r[5] == "▲ better");
        // Visitors are counted in thousands: grouped as on the funnel slide, not "48000".
        Assert.Contains(rows, r => r[1] == "Visitors" && r[2] == "48,000" && r[3] == "48,000" && r[4] == "0");
        var worse = tables.SelectMany(t => t.Descendants(A + "tc")).First(c => string.Concat(c.Descendants(A + "t").Select(t => t.Value)) == "▼ worse");
        Assert.Equal(DeckTheme.Default.PainFill, worse.Element(A + "tcPr")!.Element(A + "solidFill")!.Element(A + "srgbClr")!.Attribute("val")!.Value);
    }

    [Fact]
    public void Emotion_then_and_now_is_one_native_chart_with_two_series_and_a_legend()
    {
        var deck = new DeckInvariants(Deck(ReviewCorpus.For("fa")));

        var chart = deck.Xml(deck.Parts.Single(p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal)));

        var series = chart.Descendants(C + "ser").ToList();
        Assert.Equal(2, series.Count);
        Assert.Equal(["Version 3", "Version 5"], series.Select(s => s.Element(C + "tx")!.Descendants(C + "v").Single().Value));
        Assert.Single(chart.Descendants(C + "legend"));
        Assert.Equal("maxMin", chart.Descendants(C + "catAx").Single().Descendants(C + "orientation").Single().Attribute("val")!.Value);
    }

    [Fact]
    public void A_single_map_emotion_chart_keeps_its_one_series_and_no_legend()
    {
        var deck = new DeckInvariants(DeckCorpus.Deck([TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en")]));

        var chart = deck.Parts.Where(p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .Select(deck.Xml).Single(x => x.Descendants(C + "lineChart").Any());

        Assert.Single(chart.Descendants(C + "ser"));
        Assert.Empty(chart.Descendants(C + "legend"));
        Assert.Equal("Sheet1!$B$2:$B$6", chart.Descendants(C + "numRef").Single().Element(C + "f")!.Value);
    }

    [Fact]
    public void Two_identical_versions_make_a_review_saying_nothing_was_added_or_removed()
    {
        var map = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "lv");

        var deck = Deck(new ReviewCorpus(map, map));

        AssertValid(deck);
        var text = SlideText(new DeckInvariants(deck));
        Assert.Contains("Neviens posms vai saskares punkts netika pievienots vai noņemts.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(map.Lanes.First(l => l.Kind == LaneKind.PainPoints).Cells[0].Items[0].Text, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_in_what_changed_and_in_the_labels_still_makes_a_valid_deck()
    {
        var versions = ReviewCorpus.For("th", hostile: "\u0001\uFFFE\uD800 ]]> &amp;");

        var deck = Deck(versions, then: "<v1>\u0000", now: "=cmd|' /C calc'!A0");

        AssertValid(deck);
        var text = SlideText(new DeckInvariants(deck));
        Assert.Contains(ReviewCorpus.NewPain + " ]]> &amp;", text, StringComparison.Ordinal);
        Assert.Contains("<v1>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deck_of_a_current_and_a_future_state_map_ends_with_both_curves_and_their_differences()
    {
        var current = TemplateCatalog.Create(MapType.CurrentState, Industry.Travel, "en");
        var future = TemplateCatalog.Create(MapType.FutureState, Industry.Travel, "en");

        var deck = new DeckInvariants(DeckCorpus.Deck([current, future]));

        var titles = DeckTests.SlideTitles(deck);
        Assert.Equal(["Current and future state", "From current to future state"], titles.TakeLast(2));
        var chart = deck.Parts.Where(p => p.Contains("/charts/chart", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
            .Select(deck.Xml).Single(x => x.Descendants(C + "ser").Count() == 2);
        Assert.Equal(["Current state", "Future state"], chart.Descendants(C + "ser").Select(s => s.Element(C + "tx")!.Descendants(C + "v").Single().Value));
        Assert.Contains("Current and future state", deck.Xml("/ppt/presentation.xml").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_current_vs_future_slides_a_deck_of_both_maps_has_no_comparison()
    {
        var maps = new[] { TemplateCatalog.Create(MapType.CurrentState, Industry.Travel, "en"), TemplateCatalog.Create(MapType.FutureState, Industry.Travel, "en") };

        var deck = new DeckInvariants(DeckCorpus.Deck(maps, DeckCorpus.Options with { Slides = DeckSlideNames.Parse("overview") }));

        Assert.DoesNotContain("From current to future state", DeckTests.SlideTitles(deck));
    }

    internal static string SlideText(DeckInvariants deck) => string.Join("\n", deck.Parts
        .Where(p => p.StartsWith("/ppt/slides/slide", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal))
        .SelectMany(p => deck.Xml(p).Descendants(A + "p"))
        .Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value))));

    private static void AssertValid(byte[] deck)
    {
        DeckInvariants.AssertValid(deck);
    }
}
