using System.Diagnostics;
using OfficeJourney.Diagnostics;
using OfficeJourney.Insights;
using OfficeJourney.Model;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// What finding insights costs on the largest map the interpreter makes (200 stages × 500 lanes): every touchpoint a
/// long text naming channels, devices and departments; every metric off its target; pains everywhere and no opportunity.
/// </summary>
internal static class InsightWorstCases
{
    public static void Run(int stages, int lanes)
    {
        var map = Map(stages, lanes);
        JourneyInsights.Find(map);
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var insights = JourneyInsights.Find(map);
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"insights of {stages} stages × {lanes} lanes: {watch.Elapsed.TotalMilliseconds:0} ms, {allocated / (1024.0 * 1024):0.0} MB, {insights.Count} findings");
    }

    private static JourneyMap Map(int stages, int laneCount)
    {
        const string Touchpoint = "Reads the newsletter email on a mobile phone, then calls the sales team from the website and visits the store";
        var kinds = new[] { LaneKind.Touchpoints, LaneKind.Emotions, LaneKind.PainPoints, LaneKind.Metric, LaneKind.Kpis, LaneKind.Owners };
        var lanes = new List<Lane>();
        for (var l = 0; l < laneCount; l++)
        {
            var kind = kinds[l % kinds.Length];
            var cells = Enumerable.Range(0, stages).Select(s => new LaneCell
            {
                Items = Enumerable.Range(0, 4).Select(i => kind switch
                {
                    LaneKind.Emotions => new JourneyItem { Text = "x", Emotion = new Emotion(s % 2 == 0 ? 2 : -2) },
                    LaneKind.Metric => new JourneyItem { Text = $"{1000 - s}", Value = 1000 - s, Kpi = new Kpi("NPS", $"{s}", "2000") },
                    LaneKind.Kpis => new JourneyItem { Text = $"Churn {s}% (target 1%)", Kpi = new Kpi("Churn", $"{s}%", "1%") },
                    _ => new JourneyItem { Text = $"{Touchpoint} {s} {i}", Source = new SourceRef("Worst", $"A{s + 1}") },
                }).ToList(),
            }).ToList();
            lanes.Add(new Lane { Label = $"Lane {l}", Kind = kind, Cells = cells, Metric = kind == LaneKind.Metric ? new Metric(MetricKind.Count, false) : null });
        }

        return new JourneyMap
        {
            Title = "Worst",
            Stages = [.. Enumerable.Range(0, stages).Select(s => new Stage { Name = $"Stage {s}" })],
            Lanes = lanes,
            EmotionScale = EmotionScale.Bipolar2,
        };
    }
}
