using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Interpretation;

public sealed class MetricLaneTests
{
    private static readonly GridInterpreter Interpreter = new();

    [Theory]
    [InlineData("12,400", 12400, null)]
    [InlineData("12 400", 12400, null)]
    [InlineData("12.400", 12400, null)]
    [InlineData("1,234,567", 1234567, null)]
    [InlineData("1,234.5", 1234.5, null)]
    [InlineData("1.234,5", 1234.5, null)]
    [InlineData("3,5", 3.5, null)]
    [InlineData("0.450", 0.45, null)]
    [InlineData("1.2k", 1200, null)]
    [InlineData("$4.5M", 4500000, "$")]
    [InlineData("45%", 45, "%")]
    [InlineData("3,5 %", 3.5, "%")]
    [InlineData("4.2/5", 4.2, "/5")]
    [InlineData("-12", -12, null)]
    [InlineData("۱۲٬۴۰۰", 12400, null)]
    [InlineData("۴۵٪", 45, "%")]
    [InlineData("๑๒๐", 120, null)]
    public void A_measured_number_is_read_as_people_write_it(string text, double value, string? unit)
    {
        Assert.True(Measures.TryRead(text, out var read, out var readUnit));
        Assert.Equal(value, read, 6);
        Assert.Equal(unit is "$" ? null : unit, unit is "$" ? null : readUnit);
    }

    [Theory]
    [InlineData("rising")]
    [InlineData("12 visitors and 3 leads")]
    [InlineData("")]
    public void Text_that_is_not_one_number_is_not_read_as_one(string text) => Assert.False(Measures.TryRead(text, out _, out _));

    [Theory]
    [InlineData("high", 1.0)]
    [InlineData("Trung bình", 0.6)]
    [InlineData("ต่ำ", 0.3)]
    [InlineData("زیاد", 1.0)]
    [InlineData("vidēja", 0.6)]
    [InlineData("4/5", 0.8)]
    [InlineData("4", 0.8)]
    [InlineData("8", 0.8)]
    [InlineData("★★★☆☆", 0.6)]
    [InlineData("⭐⭐⭐⭐", 0.8)]
    public void An_impact_rating_is_a_share_of_its_scale(string written, double score)
    {
        var impact = Ratings.Read(written);
        Assert.NotNull(impact);
        Assert.Equal(score, impact.Score, 2);
        Assert.Equal(written, impact.Written);
    }

    [Theory]
    [InlineData("Store visit (high)", 1.0)]
    [InlineData("Email – 4/5", 0.8)]
    [InlineData("App ★★★★☆", 0.8)]
    [InlineData("Zalo OA (cao)", 1.0)]
    public void A_rating_written_after_a_touchpoint_is_its_impact(string touchpoint, double score) =>
        Assert.Equal(score, Ratings.Inline(touchpoint)?.Score);

    [Theory]
    [InlineData("Web shop")]
    [InlineData("Call centre (24/7)")]
    [InlineData("Step 2 – check-out")]
    public void A_touchpoint_without_a_rating_has_none(string touchpoint) => Assert.Null(Ratings.Inline(touchpoint));

    [Fact]
    public void Lanes_of_numbers_under_metric_names_are_metrics_with_their_unit_target_and_direction()
    {
        var map = Read(
            ["", "Awareness", "Consideration", "Purchase"],
            ["Touchpoints", "Ad", "Web", "Store"],
            ["Unique visitors", "12,400", "3,100", "900"],
            ["NPS (target 40)", "#32", "#41", "#45"],
            ["Bounce rate", "45%", "52%", "38%"],
            ["Customer satisfaction (CSAT)", "4.1", "3.2", "4.5"],
            ["Time on page (s)", "#35", "#120", "#80"]);

        var visitors = map.Lanes.Single(l => l.Label == "Unique visitors");
        Assert.Equal(new Metric(MetricKind.Count, false), visitors.Metric);
        Assert.Equal([12400.0, 3100, 900], visitors.Cells.Select(c => c.Items.Single().Value!.Value));
        Assert.Equal(new Metric(MetricKind.Nps, false, null, 40), map.Lanes.Single(l => l.Label.StartsWith("NPS", StringComparison.Ordinal)).Metric);
        Assert.Equal(new Metric(MetricKind.BounceRate, true, "%"), map.Lanes.Single(l => l.Label == "Bounce rate").Metric);
        Assert.Equal(MetricKind.Csat, map.Lanes.Single(l => l.Label.StartsWith("Customer", StringComparison.Ordinal)).Metric?.Kind);
        Assert.Equal(new Metric(MetricKind.Other, false), map.Lanes.Single(l => l.Label.StartsWith("Time", StringComparison.Ordinal)).Metric);
        Assert.All(map.Lanes.Where(l => l.Kind == LaneKind.Metric), l => Assert.NotNull(l.Metric));
    }

    [Fact]
    public void A_cell_of_a_metric_lane_that_is_not_a_number_is_kept_as_written_and_named_in_a_warning()
    {
        var result = Interpreter.Interpret(Grid.Sheet("Journey",
            ["", "Awareness", "Consideration", "Purchase"],
            ["Touchpoints", "Ad", "Web", "Store"],
            ["Leads", "#500", "rising", "#120"]));

        var leads = Assert.Single(result.Maps).Lanes.Single(l => l.Label == "Leads");
        Assert.Equal(LaneKind.Metric, leads.Kind);
        Assert.Equal("rising", leads.Cells[1].Items.Single().Text);
        Assert.Null(leads.Cells[1].Items.Single().Value);
        var warning = Assert.Single(result.Problems, p => p.Code == "metric.not-a-number");
        Assert.Equal("Journey!C3", warning.Location?.Display);
        Assert.Contains("\"rising\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_of_words_under_a_metric_name_stays_a_lane_of_words()
    {
        var map = Read(
            ["", "Awareness", "Consideration"],
            ["Touchpoints", "Ad", "Web"],
            ["Customers", "Young families", "Retirees"]);

        Assert.Equal(LaneKind.Custom, map.Lanes.Single(l => l.Label == "Customers").Kind);
    }

    [Fact]
    public void A_per_cell_target_is_read_with_its_value()
    {
        var map = Read(
            ["", "Awareness", "Consideration"],
            ["Touchpoints", "Ad", "Web"],
            ["Conversion rate", "2.1% (target 3%)", "4%"]);

        var first = map.Lanes.Single(l => l.Kind == LaneKind.Metric).Cells[0].Items.Single();
        Assert.Equal(2.1, first.Value);
        Assert.Equal(new Kpi("Conversion rate", "2.1%", "3%"), first.Kpi);
    }

    [Fact]
    public void Touchpoints_take_their_impact_from_the_lane_beside_them_and_their_zone_from_their_own_lane()
    {
        var map = Read(
            ["", "Awareness", "Purchase"],
            ["Touchpoints – online", "Instagram ad\nSearch", "Checkout page"],
            ["Touchpoints (offline)", "Billboard", "Store visit (high)"],
            ["Importance", "high\nlow", "medium"]);

        var online = map.Lanes.Single(l => l.Label == "Touchpoints – online");
        Assert.Equal(LaneKind.Touchpoints, online.Kind);
        Assert.Equal([1.0, 0.3], online.Cells[0].Items.Select(i => i.Impact!.Score));
        Assert.Equal("online", online.Cells[0].Items[0].Zone);
        Assert.Equal(0.6, online.Cells[1].Items.Single().Impact?.Score);
        var offline = map.Lanes.Single(l => l.Label == "Touchpoints (offline)");
        Assert.Equal(1.0, offline.Cells[1].Items.Single().Impact?.Score);
        Assert.Equal("offline", offline.Cells[1].Items.Single().Zone);
    }

    [Fact]
    public void Touchpoints_take_the_channel_their_text_names_else_their_zones_for_their_icon()
    {
        var map = Read(
            ["", "Awareness", "Support"],
            ["Touchpoints", "Instagram ad\nUnboxing video", "Call centre\nCompare prices"],
            ["Channel", "Social media", "Owned"]);

        var touchpoints = map.Lanes.Single(l => l.Kind == LaneKind.Touchpoints);
        Assert.Equal(["social", "social"], touchpoints.Cells[0].Items.Select(i => i.Channel));
        Assert.Equal(["phone", null], touchpoints.Cells[1].Items.Select(i => i.Channel));
    }

    private static JourneyMap Read(params string[][] rows)
    {
        var result = Interpreter.Interpret(Grid.Sheet("Journey", rows));
        return Assert.Single(result.Maps);
    }
}
