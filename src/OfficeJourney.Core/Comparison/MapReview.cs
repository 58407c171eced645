using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Comparison;

/// <summary>An item of a stage: "Purchase: Slow checkout".</summary>
public sealed record StageItem(string Stage, string Text);

/// <summary>A stage's feeling then and now, on the newer map's scale; null where that version has no score for it.</summary>
public sealed record EmotionThenNow(string Stage, double? Then, double? Now);

/// <summary>
/// A metric of a stage then and now: the change (now − then) when both are numbers, and whether it is an improvement
/// (lower is better for effort, bounce rate, abandonment…); null when it did not change or cannot be told.
/// </summary>
public sealed record MetricThenNow(string Stage, string Metric, string? Unit, double? Then, double? Now, bool LessIsBetter)
{
    public double? Change => Then is { } then && Now is { } now ? Math.Round(now - then, 6) : null;

    public bool? Better => Change is { } change && change != 0 ? change < 0 == LessIsBetter : null;
}

/// <summary>
/// What changed between two versions of a map, as a quarterly review tells it: stages and touchpoints added and removed,
/// each stage's emotion and metrics then and now, and pain points resolved (gone) and new. Names are matched as
/// <see cref="MapDiff"/> matches them, case and accents aside.
/// </summary>
public sealed record MapReview
{
    public required IReadOnlyList<string> StagesAdded { get; init; }

    public required IReadOnlyList<string> StagesRemoved { get; init; }

    public required IReadOnlyList<StageItem> TouchpointsAdded { get; init; }

    public required IReadOnlyList<StageItem> TouchpointsRemoved { get; init; }

    /// <summary>Every stage of either version with a score in either: the newer map's stages in its order, then the removed ones.</summary>
    public required IReadOnlyList<EmotionThenNow> Emotions { get; init; }

    /// <summary>The newer map's emotion scale (the older one's when only it has one); older scores are carried over onto it.</summary>
    public EmotionScale? Scale { get; init; }

    public required IReadOnlyList<MetricThenNow> Metrics { get; init; }

    /// <summary>Pain points the older version had and the newer has nowhere, with the stage they were in.</summary>
    public required IReadOnlyList<StageItem> PainsResolved { get; init; }

    /// <summary>Pain points the newer version has and the older had nowhere.</summary>
    public required IReadOnlyList<StageItem> PainsNew { get; init; }

    public bool HasStructuralChanges => StagesAdded.Count + StagesRemoved.Count + TouchpointsAdded.Count + TouchpointsRemoved.Count > 0;

    public static MapReview Of(JourneyMap then, JourneyMap now)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        var stages = new StagePairs(then, now);
        return new MapReview
        {
            StagesAdded = [.. stages.Added.Select(s => now.Stages[s].Name)],
            StagesRemoved = [.. stages.Removed.Select(s => then.Stages[s].Name)],
            TouchpointsAdded = ItemsOnlyIn(now, then, LaneKind.Touchpoints, stages.Now),
            TouchpointsRemoved = ItemsOnlyIn(then, now, LaneKind.Touchpoints, stages.Then),
            Emotions = EmotionRows(then, now, stages),
            Scale = now.EmotionScale ?? then.EmotionScale,
            Metrics = ReviewMetrics.Of(then, now, stages),
            PainsResolved = Anywhere(then, now, LaneKind.PainPoints),
            PainsNew = Anywhere(now, then, LaneKind.PainPoints),
        };
    }

    /// <summary>A stage's average score over the map's emotion lanes; null when it has none.</summary>
    public static double? StageEmotion(JourneyMap map, int stage)
    {
        ArgumentNullException.ThrowIfNull(map);
        var scores = map.Lanes.Where(l => l.Kind == LaneKind.Emotions).SelectMany(l => l.Cells[stage].Items)
            .Where(i => i.Emotion is not null).Select(i => i.Emotion!.Score).ToList();
        return scores.Count == 0 ? null : Math.Round(scores.Average(), 2);
    }

    // Items of a kind in a stage of one version that the same stage of the other does not have (a new stage has none).
    private static List<StageItem> ItemsOnlyIn(JourneyMap map, JourneyMap other, LaneKind kind, IReadOnlyList<int?> otherStage)
    {
        var items = new List<StageItem>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var there = otherStage[s] is { } o ? Texts(other, kind, o).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal) : [];
            items.AddRange(Texts(map, kind, s).Where(t => !there.Contains(TextKey.Normalize(t))).Select(t => new StageItem(map.Stages[s].Name, t)));
        }

        return items;
    }

    // Pain points of one version found in no stage of the other: a pain that moved stage is neither resolved nor new.
    private static List<StageItem> Anywhere(JourneyMap map, JourneyMap other, LaneKind kind)
    {
        var there = Enumerable.Range(0, other.Stages.Count).SelectMany(s => Texts(other, kind, s)).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal);
        return [.. Enumerable.Range(0, map.Stages.Count)
            .SelectMany(s => Texts(map, kind, s).Where(t => !there.Contains(TextKey.Normalize(t))).Select(t => new StageItem(map.Stages[s].Name, t)))
            .DistinctBy(i => TextKey.Normalize(i.Text))];
    }

    private static IEnumerable<string> Texts(JourneyMap map, LaneKind kind, int stage) =>
        map.Lanes.Where(l => l.Kind == kind && stage < l.Cells.Count).SelectMany(l => l.Cells[stage].Items).Select(i => i.Text).Where(t => t.Length > 0);

    private static List<EmotionThenNow> EmotionRows(JourneyMap then, JourneyMap now, StagePairs stages)
    {
        var scale = now.EmotionScale ?? then.EmotionScale;
        double? Carried(int stage) => StageEmotion(then, stage) is { } score && then.EmotionScale is { } from && scale is not null && from != scale
            ? scale.FromValence(from.ToValence(score))
            : StageEmotion(then, stage);

        var rows = new List<EmotionThenNow>();
        for (var s = 0; s < now.Stages.Count; s++)
        {
            rows.Add(new EmotionThenNow(now.Stages[s].Name, stages.Now[s] is { } old ? Carried(old) : null, StageEmotion(now, s)));
        }

        rows.AddRange(stages.Removed.Select(s => new EmotionThenNow(then.Stages[s].Name, Carried(s), null)));
        return [.. rows.Where(r => r.Then is not null || r.Now is not null)];
    }
}
