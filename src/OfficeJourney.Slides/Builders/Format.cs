using System.Globalization;
using OfficeJourney.Model;

namespace OfficeJourney.Slides.Builders;

/// <summary>Numbers and item lists as the deck shows them, culture-invariant whatever the machine's culture.</summary>
internal static class Format
{
    /// <summary>"+1", "-0.5", "3"; wrapped in left-to-right marks in a right-to-left paragraph, so "+0.5" does not become "0.5+".</summary>
    public static string Score(double score, EmotionScale scale, bool rightToLeft)
    {
        var text = scale.Min < 0 ? score.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) : score.ToString("0.##", CultureInfo.InvariantCulture);
        return rightToLeft ? "\u200E" + text + "\u200E" : text;
    }

    public static IEnumerable<string> Items(LaneCell cell) => cell.Items.Select(i => i.Text);

    /// <summary>The average emotion of a stage over every emotion lane; null when the stage has none.</summary>
    public static double? StageEmotion(JourneyMap map, int stage)
    {
        var scores = map.Lanes.Where(l => l.Kind == LaneKind.Emotions)
            .SelectMany(l => l.Cells[stage].Items)
            .Where(i => i.Emotion is not null)
            .Select(i => i.Emotion!.Score)
            .ToList();
        return scores.Count == 0 ? null : Math.Round(scores.Average(), 2);
    }

    /// <summary>Whether the map has an emotion curve to draw: a scale and at least one stage with a score.</summary>
    public static bool HasCurve(JourneyMap map) => map.EmotionScale is not null && Enumerable.Range(0, map.Stages.Count).Any(s => StageEmotion(map, s) is not null);

    /// <summary>The words of a stage's feeling: a scored point's label, or what was written where no score could be read.</summary>
    public static string? StageEmotionLabel(JourneyMap map, int stage) =>
        map.Lanes.Where(l => l.Kind == LaneKind.Emotions).SelectMany(l => l.Cells[stage].Items).Select(i => i.Emotion is { } e ? e.Label : i.Text).FirstOrDefault(l => l is not null);

    /// <summary>Splits a list into consecutive chunks of nearly equal size, at most <paramref name="size"/> each.</summary>
    public static List<List<T>> Chunks<T>(IReadOnlyList<T> items, int size)
    {
        var count = Math.Max(1, (int)Math.Ceiling(items.Count / (double)size));
        var chunks = new List<List<T>>(count);
        var start = 0;
        for (var c = 0; c < count; c++)
        {
            var length = (items.Count - start) / (count - c);
            chunks.Add([.. items.Skip(start).Take(length)]);
            start += length;
        }

        return chunks;
    }
}
