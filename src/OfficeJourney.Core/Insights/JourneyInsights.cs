using System.Globalization;
using OfficeJourney.Diagnostics;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Insights;

/// <summary>
/// The findings a journey review starts from, by fixed rules so that the same map always gives the same list, each
/// written in the map's language and resting on named stages and cells: where people drop off, where it feels worst,
/// where the channel, device or department changes as the feeling falls, what misses its target, and what is left
/// without an opportunity, a measure or an owner.
/// </summary>
public static class JourneyInsights
{
    /// <summary>
    /// The most findings of one rule, the first in stage order: a review reads a few dozen, and a map at the
    /// interpreter's limits (200 stages × 500 lanes) would otherwise give one per cell.
    /// </summary>
    public const int MaxPerRule = 100;

    public static IReadOnlyList<Insight> Find(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var facts = StageFacts.Of(map);
        var text = new InsightText(map);
        var found = new List<Insight>();
        if (Funnels.Of(map) is { LargestDropOff: { } largest } funnel)
        {
            found.Add(DropOff(funnel, largest, facts, text));
        }

        if (LowestEmotion(map, facts, text) is { } lowest)
        {
            found.Add(lowest);
        }

        found.AddRange(TransitionGaps.Find(facts, text).Take(MaxPerRule));
        found.AddRange(OffTarget(map, text).Take(MaxPerRule));
        foreach (var stage in facts.Where(f => f.Pains.Count > 0 && f.Opportunities.Count == 0).Take(MaxPerRule))
        {
            found.Add(new Insight(InsightKind.PainWithoutOpportunity, text.Format("painWithoutOpportunity", stage.Name, text.List(stage.Pains.Select(p => p.Text))), [stage.Index], Cells(stage.Pains)));
        }

        // A map that measures (or assigns) nothing made a choice; one that does it for some stages left the others out.
        if (facts.Any(f => f.Measured) && facts.Where(f => !f.Measured).ToList() is { Count: > 0 } unmeasured)
        {
            found.Add(new Insight(InsightKind.MissingKpi, text.Format("missingKpi", text.List(unmeasured.Select(f => f.Name))), [.. unmeasured.Select(f => f.Index)], Stages(map, unmeasured)));
        }

        if (facts.Any(f => f.Owned) && facts.Where(f => !f.Owned).ToList() is { Count: > 0 } unowned)
        {
            found.Add(new Insight(InsightKind.MissingOwner, text.Format("missingOwner", text.List(unowned.Select(f => f.Name))), [.. unowned.Select(f => f.Index)], Stages(map, unowned)));
        }

        return found;
    }

    private static Insight DropOff(Funnel funnel, int largest, List<StageFacts> facts, InsightText text)
    {
        var (from, to) = (funnel.Steps[largest - 1], funnel.Steps[largest]);
        return new Insight(
            InsightKind.LargestDropOff,
            text.Format("largestDropOff", facts[from.Stage].Name, facts[to.Stage].Name, InsightText.Count(from.Count - to.Count), InsightText.Count(from.Count), InsightText.Share(to.DropOff!.Value)),
            [from.Stage, to.Stage],
            [.. new[] { from.Source, to.Source }.OfType<SourceRef>()]);
    }

    private static Insight? LowestEmotion(JourneyMap map, List<StageFacts> facts, InsightText text)
    {
        var scored = facts.Where(f => f.Emotion is not null).ToList();
        if (scored.Count < 2 || scored.Min(f => f.Emotion) == scored.Max(f => f.Emotion))
        {
            return null;
        }

        var lowest = scored.MinBy(f => f.Emotion!.Value)!;
        var score = lowest.Emotion!.Value.ToString("0.##", CultureInfo.InvariantCulture);
        var scale = (map.EmotionScale ?? EmotionScale.Bipolar2).ToString();
        var message = lowest.Pains.Count == 0
            ? text.Format("lowestEmotion", lowest.Name, score, scale)
            : text.Format("lowestEmotionWithPains", lowest.Name, score, scale, text.List(lowest.Pains.Select(p => p.Text)));
        return new Insight(InsightKind.LowestEmotion, message, [lowest.Index], [.. lowest.EmotionCells, .. Cells(lowest.Pains)]);
    }

    /// <summary>Metric values and KPIs on the wrong side of their target: the lane's ("NPS (target 40)") or their own ("68% (target 40%)").</summary>
    private static IEnumerable<Insight> OffTarget(JourneyMap map, InsightText text)
    {
        foreach (var lane in map.Lanes.Where(l => l.Kind is LaneKind.Metric or LaneKind.Kpis))
        {
            for (var s = 0; s < Math.Min(lane.Cells.Count, map.Stages.Count); s++)
            {
                foreach (var item in lane.Cells[s].Items)
                {
                    var name = lane.Kind == LaneKind.Metric ? WithoutTarget(lane.Label) : item.Kpi?.Name;
                    var lessIsBetter = lane.Metric?.LessIsBetter ?? MetricTerms.LessIsBetter(name is null ? null : MetricTerms.KindOf(name), name ?? string.Empty);
                    if (name is null || Measured(item, lane.Metric) is not var (value, valueText, target, targetText))
                    {
                        continue;
                    }

                    if (lessIsBetter ? value > target : value < target)
                    {
                        yield return new Insight(InsightKind.OffTarget, text.Format(lessIsBetter ? "offTargetLower" : "offTargetHigher", name, map.Stages[s].Name, valueText, targetText), [s], Cells([item]));
                    }
                }
            }
        }
    }

    private static (double Value, string ValueText, double Target, string TargetText)? Measured(JourneyItem item, Metric? metric)
    {
        string? valueText = item.Value is not null ? item.Kpi?.Value ?? item.Text : item.Kpi?.Value;
        if (valueText is null || !Measures.TryRead(valueText, out var value, out var unit))
        {
            return null;
        }

        if (item.Kpi?.Target is { } written && Measures.TryRead(written, out var target, out var targetUnit))
        {
            // "2.1% → 3 days" compares nothing; a target with no unit takes the value's.
            return targetUnit is null || unit is null || targetUnit == unit ? (value, valueText, target, written) : null;
        }

        return metric?.Target is { } laneTarget
            ? (value, valueText, laneTarget, laneTarget.ToString("0.##", CultureInfo.InvariantCulture) + (metric.Unit ?? string.Empty))
            : null;
    }

    private static List<SourceRef> Cells(IEnumerable<JourneyItem> items) => [.. items.Select(i => i.Source).OfType<SourceRef>().Distinct()];

    private static List<SourceRef> Stages(JourneyMap map, IEnumerable<StageFacts> facts) =>
        [.. facts.Select(f => map.Stages[f.Index].Source).OfType<SourceRef>()];

    /// <summary>
    /// A metric's name without the bracket its label states the target in ("CSAT (target 80%)" → "CSAT"): the message
    /// names the target itself.
    /// </summary>
    private static string WithoutTarget(string label)
    {
        var trimmed = label.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] is ')' or ']' && trimmed.LastIndexOfAny(['(', '[']) is > 0 and var open
            && trimmed[open..].Any(char.IsDigit))
        {
            return trimmed[..open].TrimEnd();
        }

        return label;
    }
}
