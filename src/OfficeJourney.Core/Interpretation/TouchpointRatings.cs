using OfficeJourney.Diagnostics;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation;

/// <summary>
/// Gives touchpoints their impact, zone and channel. The impact is written after the touchpoint ("Store visit (high)") or in an
/// impact lane beside it; the zone is the touchpoint lane's label when the sheet keeps one lane per zone (Online,
/// Offline; Owned, Paid, Earned), else the channel written beside it. "Beside" is the same row of a long list, or the
/// only line of the stage's cell; for a rating, also the same line of a cell with as many lines. The channel is the one
/// <see cref="ChannelTerms.ChannelOf"/> finds in the touchpoint or its zone, the icon the deck and the pane show.
/// </summary>
internal static class TouchpointRatings
{
    public static List<Lane> Apply(List<Lane> lanes)
    {
        var touchpointLanes = lanes.Count(l => l.Kind == LaneKind.Touchpoints);
        if (touchpointLanes == 0)
        {
            return lanes;
        }

        var impact = lanes.FirstOrDefault(l => l.Kind == LaneKind.Importance);
        var channels = touchpointLanes == 1 ? lanes.FirstOrDefault(l => l.Kind == LaneKind.Channels) : null;
        return [.. lanes.Select(lane => lane.Kind == LaneKind.Touchpoints ? Rated(lane, impact, channels, zonedByLane: touchpointLanes > 1) : lane)];
    }

    private static Lane Rated(Lane lane, Lane? impactLane, Lane? channelLane, bool zonedByLane)
    {
        var cells = new List<LaneCell>(lane.Cells.Count);
        for (var s = 0; s < lane.Cells.Count; s++)
        {
            var items = lane.Cells[s].Items;
            var impacts = impactLane is null || s >= impactLane.Cells.Count ? [] : impactLane.Cells[s].Items;
            var zones = channelLane is null || s >= channelLane.Cells.Count ? [] : channelLane.Cells[s].Items;
            cells.Add(items.Count == 0 ? lane.Cells[s] : new LaneCell
            {
                Items = [.. items.Select((item, i) => Zoned(item, zonedByLane ? ZoneOf(lane.Label) : Beside(item, i, items.Count, zones, byLine: false)?.Text) with
                {
                    Impact = Ratings.Inline(item.Text) ?? (Beside(item, i, items.Count, impacts, byLine: true) is { } rating ? Ratings.Read(rating.Text) : null),
                })],
            });
        }

        return lane with { Cells = cells };
    }

    private static JourneyItem Zoned(JourneyItem item, string? zone) => item with { Zone = zone, Channel = ChannelTerms.ChannelOf(item.Text, zone) };

    /// <summary>"Touchpoints (online)" and "Touchpoints – online" are the online zone; a sub-lane "Online" names it whole.</summary>
    private static string ZoneOf(string label)
    {
        var open = label.IndexOfAny(['(', '[']);
        var close = label.LastIndexOfAny([')', ']']);
        if (open >= 0 && close > open + 1)
        {
            return label[(open + 1)..close].Trim();
        }

        var dash = label.IndexOfAny(['–', '—', ':', '/']);
        return dash > 0 && dash < label.Length - 1 ? label[(dash + 1)..].Trim() : label.Trim();
    }

    /// <param name="byLine">
    /// Whether the n-th line beside is the n-th touchpoint's: ratings written line by line are, but a stage's list of
    /// channels ("Website, Email" beside "Checkout, App") is a list of its own.
    /// </param>
    private static JourneyItem? Beside(JourneyItem item, int index, int count, IReadOnlyList<JourneyItem> others, bool byLine)
    {
        if (others.Count == 0)
        {
            return null;
        }

        if (item.Source is { } source && Row(source) is { } row)
        {
            var sameRow = others.Where(o => o.Source is { } s && s.Sheet == source.Sheet && Row(s) == row).ToList();
            if (sameRow.Count == 1)
            {
                return sameRow[0];
            }
        }

        return byLine && others.Count == count ? others[index] : others.Count == 1 ? others[0] : null;
    }

    private static int? Row(SourceRef source)
    {
        var cell = source.Cell;
        var start = 0;
        while (start < cell.Length && char.IsAsciiLetter(cell[start]))
        {
            start++;
        }

        var end = start;
        while (end < cell.Length && char.IsAsciiDigit(cell[end]))
        {
            end++;
        }

        return start > 0 && end > start && int.TryParse(cell.AsSpan(start, end - start), out var row) ? row : null;
    }
}
