using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Comparison;

/// <summary>The current-state and the future-state map of one journey, found among the maps of one workbook.</summary>
public sealed record CurrentAndFuture(JourneyMap Current, JourneyMap Future)
{
    /// <summary>
    /// The pair, when the maps hold one: the future state is the first map whose type is future state (its title or
    /// "Map type" says so) or whose sheet name or title says future ("To-be", "Tương lai", "Soll-Zustand"…); the current
    /// state is the first other map whose sheet name or title says current ("As-is", "Hiện trạng"…) or, in a workbook of
    /// just two maps, the other one when nothing marks it as anything but a current-state map. Null otherwise.
    /// </summary>
    public static CurrentAndFuture? Find(IReadOnlyList<JourneyMap> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var future = maps.FirstOrDefault(m => StateOf(m) == MapType.FutureState);
        if (future is null)
        {
            return null;
        }

        var others = maps.Where(m => !ReferenceEquals(m, future)).ToList();
        var current = others.FirstOrDefault(m => StateOf(m) == MapType.CurrentState)
            ?? (others.Count == 1 && others[0].Type == MapType.CurrentState && StateOf(others[0]) is null ? others[0] : null);
        return current is null ? null : new CurrentAndFuture(current, future);
    }

    /// <summary>What a map says it is: its type when future state, else what its sheet name, then its title, say.</summary>
    public static MapType? StateOf(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Type == MapType.FutureState
            ? MapType.FutureState
            : (map.Sheet is { } sheet ? StateTerms.Within(sheet) : null) ?? StateTerms.Within(map.Title);
    }
}
