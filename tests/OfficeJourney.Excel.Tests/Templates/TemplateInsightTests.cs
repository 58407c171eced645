using OfficeJourney.Excel.Reading;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Insights;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Excel.Tests.Templates;

/// <summary>A new user's first template shows the funnel and the findings: every template, read back as a user's sheet.</summary>
public sealed class TemplateInsightTests
{
    public static TheoryData<MapType, Industry, string> Templates() => TemplateRoundTripTests.Templates();

    private static JourneyMap ReadBack(MapType type, Industry industry, string language)
    {
        using var stream = new MemoryStream();
        JourneyWorkbookWriter.Write(TemplateCatalog.Create(type, industry, language), stream);
        var result = new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(stream.ToArray()), "template.xlsx"));
        Assert.Empty(result.Problems);
        return Assert.Single(result.Maps);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_reads_back_with_a_funnel_whose_largest_drop_off_is_named(MapType type, Industry industry, string language)
    {
        var map = ReadBack(type, industry, language);

        var funnel = Funnels.Of(map);

        Assert.NotNull(funnel);
        Assert.True(funnel.Steps.Count >= 3, $"{funnel.Steps.Count} steps");
        Assert.NotNull(funnel.LargestDropOff);
        Assert.All(funnel.Steps, step => Assert.NotNull(step.Source));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_reads_back_with_a_cx_score_and_rated_touchpoints_in_channels(MapType type, Industry industry, string language)
    {
        var map = ReadBack(type, industry, language);

        Assert.Contains(map.Lanes, l => l.Metric?.Kind is MetricKind.Nps or MetricKind.Csat or MetricKind.Ces && l.Metric.Target is not null);
        var touchpoints = map.Lanes.Single(l => l.Kind == LaneKind.Touchpoints).Cells.SelectMany(c => c.Items).ToList();
        Assert.NotEmpty(touchpoints);
        Assert.All(touchpoints, t => Assert.NotNull(t.Impact));
        Assert.All(touchpoints, t => Assert.False(string.IsNullOrWhiteSpace(t.Zone)));
        Assert.True(touchpoints.Select(t => t.Impact!.Score).Distinct().Count() >= 2, "every touchpoint rated alike");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_reads_back_with_findings_including_the_largest_drop_off(MapType type, Industry industry, string language)
    {
        var map = ReadBack(type, industry, language);

        var findings = JourneyInsights.Find(map);

        Assert.Contains(findings, f => f.Kind == InsightKind.LargestDropOff && f.Stages.Count == 2 && f.Cells.Count == 2);
        Assert.Contains(findings, f => f.Kind == InsightKind.OffTarget);
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
    }
}
