using System.Globalization;
using OfficeJourney.Interpretation.GridReaders;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation;

/// <summary>
/// Lanes of numbers per stage under the metric's own name ("Visitors", "NPS (target 40)", "Tỷ lệ thoát"), and rows of
/// numbers under a label the vocabulary does not know ("Time on page (s)"): their numbers are read with their unit,
/// and a cell that is not a number is kept as written, with a warning naming it.
/// </summary>
internal sealed class MetricLanes(InterpretationLog log)
{
    private const double MinNumberShare = 0.5;

    /// <summary>What a lane measures, when its label names a metric (or names nothing known) and its cells are mostly numbers.</summary>
    public static Metric? Recognise(RawLane lane)
    {
        var named = lane.Kind is null || Lexicon.ExactLaneKindOf(lane.Label) is null ? MetricTerms.KindOf(lane.Label) : null;
        if (named is null && lane.Kind is not null)
        {
            return null;
        }

        int filled = 0, numbers = 0;
        foreach (var text in lane.Cells.SelectMany(c => c))
        {
            if (Lexicon.IsPlaceholder(text.Text))
            {
                continue;
            }

            filled++;
            if (Measures.TryRead(ValueText(text.Text).Value, out _, out _))
            {
                numbers++;
            }
        }

        if (numbers == 0 || numbers < filled * MinNumberShare || (named is null && numbers < 2))
        {
            return null;
        }

        var kind = named ?? MetricKind.Other;
        var target = KpiParser.Parse(lane.Label).Target is { } written && Measures.TryRead(written, out var t, out _) ? t : (double?)null;
        return new Metric(kind, MetricTerms.LessIsBetter(kind, lane.Label), UnitOf(lane), target);
    }

    public Lane Build(RawLane lane, Metric metric)
    {
        var cells = new List<LaneCell>(lane.Cells.Length);
        foreach (var texts in lane.Cells)
        {
            var items = new List<JourneyItem>();
            foreach (var text in texts)
            {
                if (Lexicon.IsPlaceholder(text.Text))
                {
                    continue;
                }

                var written = text.Text.Trim();
                var (value, target) = ValueText(written);
                if (!Measures.TryRead(value, out var number, out _))
                {
                    log.Add(Problem.Warning(
                        "metric.not-a-number",
                        $"\"{written}\" in the metric lane \"{lane.Label}\" is not a number; kept as written, and left out of the metric's figures.",
                        text.Source));
                    items.Add(new JourneyItem { Text = written, Source = text.Source });
                    continue;
                }

                items.Add(new JourneyItem
                {
                    Text = written,
                    Value = number,
                    Kpi = target is null ? null : new Kpi(lane.Label, value, target),
                    Source = text.Source,
                });
            }

            cells.Add(items.Count == 0 ? LaneCell.Empty : new LaneCell { Items = items });
        }

        return new Lane { Label = lane.Label, Kind = LaneKind.Metric, Metric = metric, Cells = cells, Source = lane.Source };
    }

    /// <summary>"42 (target 50)" → ("42", "50").</summary>
    private static (string Value, string? Target) ValueText(string text)
    {
        var kpi = KpiParser.Parse(text);
        return kpi.Target is null ? (text.Trim(), null) : (kpi.Value ?? kpi.Name, kpi.Target);
    }

    // The unit most of the lane's numbers are written in ("%" for "45%", "48%"), else none.
    private static string? UnitOf(RawLane lane)
    {
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in lane.Cells.SelectMany(c => c))
        {
            if (Measures.TryRead(ValueText(text.Text).Value, out _, out var unit) && unit is not null)
            {
                units[unit] = units.GetValueOrDefault(unit) + 1;
            }
        }

        return units.Count == 0 ? null : units.MaxBy(u => u.Value).Key.ToString(CultureInfo.InvariantCulture);
    }
}
