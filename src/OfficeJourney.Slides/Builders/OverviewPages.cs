using OfficeJourney.Model;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>One overview slide: its stages, its rows with their heights, the text size they take and the curve's height.</summary>
internal sealed record OverviewPage(IReadOnlyList<int> Stages, IReadOnlyList<OverviewRow> Rows, IReadOnlyList<long> Heights, double Size, long CurveHeight);

/// <summary>
/// Fit, then paginate: the rows of a slide's stages take the largest text size (up to 14 pt) at which they all fit;
/// only when they do not fit at 10 pt do they continue on further slides, shared out evenly over as few slides as
/// possible, each slide again taking its own largest size. What room is left is given to the rows and the curve, so
/// the map fills the slide.
/// </summary>
internal static class OverviewPages
{
    public const int MaxStagesPerSlide = 6;
    public static readonly long PhaseTop = Emu.Inches(1.08);
    public static readonly long PhaseHeight = Emu.Inches(0.26);
    public static readonly long BandHeight = Emu.Inches(0.5);
    public static readonly long CurveHeight = Emu.Inches(0.7);
    private static readonly long MaxCurveHeight = Emu.Inches(1.4);
    private const double SizeStep = 0.5;

    public static long TableTop(bool hasCurve, bool hasPhases, long curveHeight) =>
        PhaseTop + (hasPhases ? PhaseHeight + Emu.Points(4) : 0) + BandHeight + Emu.Points(6) + (hasCurve ? curveHeight : 0);

    /// <summary>
    /// The fewest slides the overview can take, from its rows' count alone: every lane is a row on each slide of
    /// stages, and no row is shorter than a line at 10 pt. Counted before any text is measured.
    /// </summary>
    public static int Fewest(JourneyMap map)
    {
        var rows = map.Lanes.Count(l => l.Kind != LaneKind.Emotions);
        var mostRows = (int)Math.Max(1, Available(map) / OverviewRows.ShortestRow);
        var stageSlides = (map.Stages.Count + MaxStagesPerSlide - 1) / MaxStagesPerSlide;
        return stageSlides * Math.Max(1, (rows + mostRows - 1) / mostRows);
    }

    public static List<OverviewPage> Of(JourneyMap map)
    {
        var lanes = map.Lanes.Where(l => l.Kind != LaneKind.Emotions).ToList();
        var hasCurve = Format.HasCurve(map);
        var available = Available(map);
        var pages = new List<OverviewPage>();
        foreach (var stages in Format.Chunks(Enumerable.Range(0, map.Stages.Count).ToList(), MaxStagesPerSlide))
        {
            var measure = new OverviewRows(stages.Count);
            var rows = measure.Of(lanes, stages);
            var heights = rows.Select(r => measure.Height(r, OverviewRows.MinSize)).ToList();
            foreach (var (start, count) in Balanced(heights, available))
            {
                pages.Add(Fill(measure, stages, rows.GetRange(start, count), available, hasCurve));
            }
        }

        return pages;
    }

    private static long Available(JourneyMap map) => DeckContext.ContentBottom - TableTop(Format.HasCurve(map), map.Phases.Count > 0, CurveHeight);

    /// <summary>
    /// Consecutive ranges of rows, as few as hold them at <paramref name="capacity"/>, with the tallest range as short as
    /// it can be: the smallest height at which greedy filling still needs no more ranges.
    /// </summary>
    public static List<(int Start, int Count)> Balanced(IReadOnlyList<long> heights, long capacity)
    {
        if (heights.Count == 0)
        {
            return [(0, 0)];
        }

        var pages = Greedy(heights, capacity).Count;
        long low = heights.Max(), high = capacity;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Greedy(heights, middle).Count <= pages)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return Greedy(heights, Math.Max(low, heights.Max()));
    }

    private static List<(int Start, int Count)> Greedy(IReadOnlyList<long> heights, long capacity)
    {
        var ranges = new List<(int, int)>();
        var start = 0;
        long used = 0;
        for (var i = 0; i < heights.Count; i++)
        {
            if (i > start && used + heights[i] > capacity)
            {
                ranges.Add((start, i - start));
                start = i;
                used = 0;
            }

            used += heights[i];
        }

        ranges.Add((start, heights.Count - start));
        return ranges;
    }

    private static OverviewPage Fill(OverviewRows measure, IReadOnlyList<int> stages, List<OverviewRow> rows, long available, bool hasCurve)
    {
        // Heights grow with the size: the largest size that fits, found by halving the steps between 10 and 14 pt.
        int low = 0, high = (int)((OverviewRows.MaxSize - OverviewRows.MinSize) / SizeStep);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (rows.Sum(r => measure.Height(r, OverviewRows.MinSize + (middle * SizeStep))) <= available)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var size = OverviewRows.MinSize + (low * SizeStep);

        var heights = rows.Select(r => measure.Height(r, size)).ToList();
        var extra = Math.Max(0, available - heights.Sum());

        // A moderate share of the room left makes the curve taller; the rest goes to the rows, evenly. A short map
        // (fewer than four rows) grows its rows only a little rather than into tall empty boxes.
        var curve = hasCurve ? Math.Min(extra / 3, MaxCurveHeight - CurveHeight) : 0;
        extra -= curve;
        var perRow = rows.Count == 0 ? 0 : extra / rows.Count;
        if (rows.Count < 4)
        {
            perRow = Math.Min(perRow, Emu.Inches(0.5));
        }

        return new OverviewPage(stages, rows, [.. heights.Select(h => h + perRow)], size, CurveHeight + curve);
    }
}
