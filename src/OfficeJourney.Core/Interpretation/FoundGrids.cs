using OfficeJourney.Interpretation.GridReaders;
using OfficeJourney.Interpretation.Text;

namespace OfficeJourney.Interpretation;

/// <summary>
/// The journey grids found on one sheet. A second small table over the same stages (a "Stage | Score" table under
/// the map) adds lanes to the map above it rather than making a map of its own.
/// </summary>
internal sealed class FoundGrids(IEnumerable<RawGrid> stepTables)
{
    // Step tables are complete journeys, each a map of its own (though a later table may add lanes to one).
    private readonly List<RawGrid> grids = [.. stepTables];

    /// <summary>Adds what one table gave: a table read as one journey per persona keeps them apart; a single one may belong to an earlier map.</summary>
    public void Add(IReadOnlyList<RawGrid> read)
    {
        if (read.Count == 1 && TryMergeIntoEarlier(read[0]))
        {
            return;
        }

        grids.AddRange(read);
    }

    /// <summary>The grids in the order they stand on the sheet.</summary>
    public List<RawGrid> TopDown()
    {
        grids.Sort((a, b) => a.SheetTop.CompareTo(b.SheetTop));
        return grids;
    }

    private bool TryMergeIntoEarlier(RawGrid grid)
    {
        for (var g = 0; g < grids.Count; g++)
        {
            var earlier = grids[g];
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < earlier.Stages.Count; i++)
            {
                index.TryAdd(StageNames.Key(earlier.Stages[i].Name), i);
            }

            if (grid.Stages.Count < 2 || !grid.Stages.All(s => index.ContainsKey(StageNames.Key(s.Name))))
            {
                continue;
            }

            var moved = new List<RawLane>(grid.Lanes.Count);
            foreach (var lane in grid.Lanes)
            {
                var copy = new RawLane(lane.Label, lane.Kind, lane.Source, earlier.Stages.Count);
                for (var s = 0; s < grid.Stages.Count; s++)
                {
                    foreach (var text in lane.Cells[s])
                    {
                        copy.Add(index[StageNames.Key(grid.Stages[s].Name)], text);
                    }
                }

                moved.Add(copy);
            }

            grids[g] = earlier with { Lanes = [.. earlier.Lanes, .. moved] };
            return true;
        }

        return false;
    }
}
