using OfficeJourney.Diagnostics;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Insights;

/// <summary>
/// Finds a map's funnel: the counts per stage from its count lanes (the fullest first, then the others filling the
/// stages it leaves empty: "Visitors", "Leads", "Customers" each written once), else from KPIs that count people
/// ("Leads: 3,400"). Two stages with a count make a funnel.
/// </summary>
public static class Funnels
{
    public static Funnel? Of(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var sources = new List<(string Name, Func<int, (double Value, SourceRef? Source)?> CountAt)>();
        foreach (var lane in map.Lanes.Where(l => l.Metric?.Kind == MetricKind.Count).OrderByDescending(l => l.Cells.Count(c => FirstValue(c) is not null)))
        {
            sources.Add((lane.Label, s => s < lane.Cells.Count && FirstValue(lane.Cells[s]) is { } item ? (item.Value!.Value, item.Source) : null));
        }

        foreach (var lane in map.Lanes.Where(l => l.Kind == LaneKind.Kpis))
        {
            sources.Add((lane.Label, s => s < lane.Cells.Count && CountKpi(lane.Cells[s]) is { } found ? found : null));
        }

        var steps = new List<FunnelStep>();
        var names = new List<string>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var (name, countAt) in sources)
            {
                if (countAt(s) is { } count)
                {
                    var previous = steps.Count > 0 ? steps[^1].Count : (double?)null;
                    double? conversion = previous is > 0 ? count.Value / previous.Value : null;
                    steps.Add(new FunnelStep(s, count.Value, conversion, conversion is { } c ? 1 - c : null, count.Source));
                    names.Add(name);
                    break;
                }
            }
        }

        if (steps.Count < 2)
        {
            return null;
        }

        int? largest = null;
        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].DropOff is > 0 and var drop && (largest is null || drop > steps[largest.Value].DropOff))
            {
                largest = i;
            }
        }

        return new Funnel(string.Join(" → ", names.Distinct(StringComparer.Ordinal)), steps, largest);
    }

    private static JourneyItem? FirstValue(LaneCell cell) => cell.Items.FirstOrDefault(i => i.Value is not null);

    // A KPI that counts people ("Leads 3,400") with a number as its value.
    private static (double, SourceRef?)? CountKpi(LaneCell cell)
    {
        foreach (var item in cell.Items)
        {
            if (item.Kpi is { Value: { } value } kpi && MetricTerms.KindOf(kpi.Name) == MetricKind.Count
                && Interpretation.Text.Measures.TryRead(value, out var number, out var unit) && unit is null or "k" && number >= 0)
            {
                return (number, item.Source);
            }
        }

        return null;
    }
}
