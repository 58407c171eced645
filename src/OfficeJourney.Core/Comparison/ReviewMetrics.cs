using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Comparison;

/// <summary>The metric lanes of two versions side by side: lanes matched by label (asides in brackets aside), then stage by stage.</summary>
internal static class ReviewMetrics
{
    public static List<MetricThenNow> Of(JourneyMap then, JourneyMap now, StagePairs stages)
    {
        var thenLanes = Metrics(then);
        var nowLanes = Metrics(now);
        var rows = new List<MetricThenNow>();
        foreach (var (key, lane) in nowLanes)
        {
            var old = thenLanes.GetValueOrDefault(key);
            var lessIsBetter = lane.Metric?.LessIsBetter ?? old?.Metric?.LessIsBetter ?? false;
            var unit = lane.Metric?.Unit ?? old?.Metric?.Unit;
            for (var s = 0; s < now.Stages.Count; s++)
            {
                var before = old is not null && stages.Now[s] is { } o ? Value(old, o) : null;
                rows.Add(new MetricThenNow(now.Stages[s].Name, lane.Label, unit, before, Value(lane, s), lessIsBetter));
            }

            if (old is not null)
            {
                rows.AddRange(stages.Removed.Select(s => new MetricThenNow(then.Stages[s].Name, lane.Label, unit, Value(old, s), null, lessIsBetter)));
            }
        }

        foreach (var (key, lane) in thenLanes.Where(l => !nowLanes.ContainsKey(l.Key)))
        {
            rows.AddRange(Enumerable.Range(0, then.Stages.Count)
                .Select(s => new MetricThenNow(then.Stages[s].Name, lane.Label, lane.Metric?.Unit, Value(lane, s), null, lane.Metric?.LessIsBetter ?? false)));
        }

        return [.. rows.Where(r => r.Then is not null || r.Now is not null)];
    }

    private static Dictionary<string, Lane> Metrics(JourneyMap map)
    {
        var lanes = new Dictionary<string, Lane>(StringComparer.Ordinal);
        foreach (var lane in map.Lanes.Where(l => l.Kind == LaneKind.Metric))
        {
            lanes.TryAdd(TextKey.Normalize(TextKey.WithoutBrackets(lane.Label)), lane);
        }

        return lanes;
    }

    private static double? Value(Lane lane, int stage) => stage < lane.Cells.Count ? lane.Cells[stage].Items.Select(i => i.Value).FirstOrDefault(v => v is not null) : null;
}
