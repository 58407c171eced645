using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Comparison;

/// <summary>
/// Which stage of one version is which of the other, by name, case and accents aside; the first of duplicate names
/// wins, as in <see cref="MapDiff"/>.
/// </summary>
internal sealed class StagePairs
{
    public StagePairs(JourneyMap then, JourneyMap now)
    {
        var thenIndex = Index(then);
        var nowIndex = Index(now);
        Now = [.. now.Stages.Select(s => thenIndex.TryGetValue(TextKey.Normalize(s.Name), out var i) ? i : (int?)null)];
        Then = [.. then.Stages.Select(s => nowIndex.TryGetValue(TextKey.Normalize(s.Name), out var i) ? i : (int?)null)];
        Added = [.. Enumerable.Range(0, now.Stages.Count).Where(s => Now[s] is null)];
        Removed = [.. Enumerable.Range(0, then.Stages.Count).Where(s => Then[s] is null)];
    }

    /// <summary>For each stage of the newer map, the older map's stage of the same name.</summary>
    public IReadOnlyList<int?> Now { get; }

    /// <summary>For each stage of the older map, the newer map's stage of the same name.</summary>
    public IReadOnlyList<int?> Then { get; }

    public IReadOnlyList<int> Added { get; }

    public IReadOnlyList<int> Removed { get; }

    private static Dictionary<string, int> Index(JourneyMap map)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < map.Stages.Count; i++)
        {
            index.TryAdd(TextKey.Normalize(map.Stages[i].Name), i);
        }

        return index;
    }
}
