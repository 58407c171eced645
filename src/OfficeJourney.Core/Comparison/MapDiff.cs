using System.Text.Json.Serialization;
using OfficeJourney.Model;

namespace OfficeJourney.Comparison;

public enum ChangeKind
{
    [JsonStringEnumMemberName("added")]
    Added,
    [JsonStringEnumMemberName("removed")]
    Removed,
    [JsonStringEnumMemberName("changed")]
    Changed,
}

public enum ChangeSubject
{
    [JsonStringEnumMemberName("title")]
    Title,
    [JsonStringEnumMemberName("stage")]
    Stage,
    [JsonStringEnumMemberName("lane")]
    Lane,
    [JsonStringEnumMemberName("item")]
    Item,
    [JsonStringEnumMemberName("emotion")]
    Emotion,
}

/// <summary>One difference between two versions of a map: "item added in Pain points / Purchase: Slow checkout".</summary>
public sealed record MapChange(ChangeKind Kind, ChangeSubject Subject, string? Stage, string? Lane, string? Before, string? After);

/// <summary>
/// Compares two versions of a map the way a quarterly review reads them: stages and lanes by name (case and
/// accents aside), items by text within the same lane and stage, emotions by score. Moves are not guessed.
/// </summary>
public static class MapDiff
{
    public static IReadOnlyList<MapChange> Compare(JourneyMap before, JourneyMap after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<MapChange>();
        if (!string.Equals(before.Title, after.Title, StringComparison.Ordinal))
        {
            changes.Add(new MapChange(ChangeKind.Changed, ChangeSubject.Title, null, null, before.Title, after.Title));
        }

        var oldStages = Index(before.Stages.Select(s => s.Name));
        var newStages = Index(after.Stages.Select(s => s.Name));
        changes.AddRange(newStages.Keys.Except(oldStages.Keys).Select(k => new MapChange(ChangeKind.Added, ChangeSubject.Stage, after.Stages[newStages[k]].Name, null, null, after.Stages[newStages[k]].Name)));
        changes.AddRange(oldStages.Keys.Except(newStages.Keys).Select(k => new MapChange(ChangeKind.Removed, ChangeSubject.Stage, before.Stages[oldStages[k]].Name, null, before.Stages[oldStages[k]].Name, null)));

        var oldLanes = Index(before.Lanes.Select(LaneKey));
        var newLanes = Index(after.Lanes.Select(LaneKey));
        changes.AddRange(newLanes.Keys.Except(oldLanes.Keys).Select(k => new MapChange(ChangeKind.Added, ChangeSubject.Lane, null, after.Lanes[newLanes[k]].Label, null, after.Lanes[newLanes[k]].Label)));
        changes.AddRange(oldLanes.Keys.Except(newLanes.Keys).Select(k => new MapChange(ChangeKind.Removed, ChangeSubject.Lane, null, before.Lanes[oldLanes[k]].Label, before.Lanes[oldLanes[k]].Label, null)));

        foreach (var (laneKey, newLane) in newLanes)
        {
            var lane = after.Lanes[newLane];
            var previous = oldLanes.TryGetValue(laneKey, out var oldLane) ? before.Lanes[oldLane] : null;
            foreach (var (stageKey, newStage) in newStages)
            {
                var stage = after.Stages[newStage].Name;
                var now = lane.Cells[newStage].Items;
                var then = previous is not null && oldStages.TryGetValue(stageKey, out var oldStage) ? previous.Cells[oldStage].Items : [];
                if (lane.Kind == LaneKind.Emotions)
                {
                    CompareEmotions(then, now, stage, lane.Label, changes);
                    continue;
                }

                var thenTexts = then.Select(i => i.Text).ToList();
                var nowTexts = now.Select(i => i.Text).ToList();
                changes.AddRange(nowTexts.Except(thenTexts, StringComparer.Ordinal).Select(t => new MapChange(ChangeKind.Added, ChangeSubject.Item, stage, lane.Label, null, t)));
                changes.AddRange(thenTexts.Except(nowTexts, StringComparer.Ordinal).Select(t => new MapChange(ChangeKind.Removed, ChangeSubject.Item, stage, lane.Label, t, null)));
            }
        }

        return changes;
    }

    private static void CompareEmotions(IReadOnlyList<JourneyItem> then, IReadOnlyList<JourneyItem> now, string stage, string lane, List<MapChange> changes)
    {
        var before = then.FirstOrDefault(i => i.Emotion is not null)?.Emotion;
        var after = now.FirstOrDefault(i => i.Emotion is not null)?.Emotion;
        var was = before is null ? null : Describe(before);
        var isNow = after is null ? null : Describe(after);
        if (was == isNow)
        {
            return;
        }

        var kind = was is null ? ChangeKind.Added : isNow is null ? ChangeKind.Removed : ChangeKind.Changed;
        changes.Add(new MapChange(kind, ChangeSubject.Emotion, stage, lane, was, isNow));
    }

    private static string Describe(Emotion emotion) =>
        emotion.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + (emotion.Label is { } label ? $" ({label})" : string.Empty);

    private static string LaneKey(Lane lane) => lane.Kind == LaneKind.Custom ? "custom:" + lane.Label : lane.Kind + ":" + lane.Label;

    // First occurrence wins: duplicate names (warned about when read) compare by their first stage.
    private static Dictionary<string, int> Index(IEnumerable<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var name in names)
        {
            index.TryAdd(Vocabulary.TextKey.Normalize(name), i++);
        }

        return index;
    }
}
