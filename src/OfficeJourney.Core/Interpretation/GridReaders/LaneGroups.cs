using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Reads lane groups merged down the column before the lane labels; such a column is taken with the grid.</summary>
internal sealed class LaneGroups(SheetView view)
{
    private static readonly HashSet<string> Marks = new(StringComparer.OrdinalIgnoreCase) { "x", "✓", "✔", "✗", "•", "●", "*", "+", "v", "yes", "1" };

    /// <summary>
    /// Lane groups merged down the column before the labels (a blueprint's User, Channels, Backstage): a sub-lane
    /// the vocabulary cannot type takes its group's kind, and a group whose sub-lanes only hold marks ("x" under
    /// Face to face, Web, Phone) is one lane listing, per stage, the sub-lanes marked there.
    /// </summary>
    public List<RawLane> Grouped(List<RawLane> lanes, List<int> rows, int labelColumn, int stageCount)
    {
        if (labelColumn == 0 || lanes.Count < 2)
        {
            return lanes;
        }

        var groupColumn = labelColumn - 1;
        var groups = new Dictionary<RawLane, (string Name, SourceRef Source, int Identity)>();
        foreach (var r in rows)
        {
            if (view.IsTaken(r, groupColumn) || view.Text(r, groupColumn) is not { } name
                || lanes.FirstOrDefault(l => l.Source == view.Source(r, labelColumn)) is not { } lane)
            {
                continue;
            }

            groups[lane] = (name, view.Source(r, groupColumn), view.Identity(r, groupColumn));
        }

        // Only a column of groups merged over several lanes is one; a column of notes beside the labels is not.
        if (!groups.Values.GroupBy(g => g.Identity).Any(g => g.Count() >= 2))
        {
            return lanes;
        }

        foreach (var r in rows)
        {
            view.Take(r, groupColumn, r, groupColumn);
        }

        var result = new List<RawLane>();
        foreach (var group in lanes.GroupBy(l => groups.TryGetValue(l, out var g) ? g.Identity : -1 - result.Count))
        {
            var members = group.ToList();
            if (!groups.TryGetValue(members[0], out var info))
            {
                result.AddRange(members);
                continue;
            }

            var groupKind = Lexicon.LaneKindOf(info.Name);
            if (members.Count >= 2 && members.All(m => m.Cells.All(c => c.All(t => Marks.Contains(t.Text.Trim())))))
            {
                var marked = new RawLane(info.Name, groupKind, info.Source, stageCount);
                for (var m = 0; m < members.Count; m++)
                {
                    for (var s = 0; s < stageCount; s++)
                    {
                        if (members[m].Cells[s].Count > 0)
                        {
                            marked.Add(s, new RawText(members[m].Label, members[m].Cells[s][0].Source, -1 - m));
                        }
                    }
                }

                result.Add(marked);
                continue;
            }

            foreach (var member in members)
            {
                result.Add(member.Kind is null ? member.WithKind(groupKind) : member);
            }
        }

        return result;
    }
}
