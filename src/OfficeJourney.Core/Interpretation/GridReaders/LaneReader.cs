using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Reads the lanes of a grid: a row a lane under its label, or, in a long table, one lane a lane name.</summary>
internal sealed class LaneReader(SheetView view)
{
    /// <summary>One lane a label (a label merged down several rows is one lane), with a warning for a row of content before any label.</summary>
    public (List<RawLane> Lanes, List<Problem> Unlabelled) Build(List<int> rows, int labelColumn, List<int> columns, Dictionary<int, int> stageOfColumn, int stageCount, int subRow)
    {
        var lanes = new List<RawLane>();
        var unlabelled = new List<Problem>();
        RawLane? current = null;
        var currentIdentity = -1;
        foreach (var r in rows)
        {
            var label = view.Text(r, labelColumn);
            var identity = view.Identity(r, labelColumn);
            if (label is not null && (current is null || identity != currentIdentity))
            {
                current = new RawLane(label, view.LaneKindAt(r, labelColumn) ?? Lexicon.LaneKindOf(label), view.Source(r, labelColumn), stageCount);
                currentIdentity = identity;
                lanes.Add(current);
            }
            else if (current is null)
            {
                unlabelled.Add(Problem.Warning(
                    "lane.unlabelled",
                    "This row has content but no lane label; it is kept as a lane without a name.",
                    view.Source(r, labelColumn)));
                current = new RawLane(string.Empty, null, view.Source(r, labelColumn), stageCount);
                currentIdentity = identity;
                lanes.Add(current);
            }

            foreach (var c in columns)
            {
                var text = view.Text(r, c);
                if (text is not null && stageOfColumn.TryGetValue(c, out var stage))
                {
                    var prefix = subRow >= 0 ? view.Text(subRow, c) : null;
                    current.Add(stage, new RawText(prefix is null ? text : $"{prefix}: {text}", view.Source(r, c), view.Identity(r, c)));
                }
            }
        }

        return (lanes, unlabelled);
    }

    /// <summary>
    /// In a fully long table ("Persona | Stage | Lane | Notes": Doing, Feeling, Doing, Feeling…) one column names
    /// the lane of each row: lane words the vocabulary knows, a few of them, each written again and again.
    /// </summary>
    public int? NameRow(List<int> rows, List<int> columns)
    {
        foreach (var r in rows)
        {
            var names = columns.Select(c => view.Text(r, c)).Where(t => t is not null).ToList();
            var distinct = names.Select(n => StageNames.Key(n!)).Distinct(StringComparer.Ordinal).Count();
            if (names.Count >= 4 && distinct >= 2 && distinct * 2 <= names.Count && names.All(n => Lexicon.LaneKindOf(n!) is not null))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>One lane per lane name, holding what the other columns of its rows say, in the row's stage.</summary>
    public List<RawLane> Pivot(int nameRow, List<int> rows, List<int> columns, Dictionary<int, int> stageOfColumn, int stageCount)
    {
        var lanes = new Dictionary<string, RawLane>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (view.Text(nameRow, c) is not { } name || !stageOfColumn.TryGetValue(c, out var stage))
            {
                continue;
            }

            if (!lanes.TryGetValue(StageNames.Key(name), out var lane))
            {
                lane = new RawLane(name, Lexicon.LaneKindOf(name), view.Source(nameRow, c), stageCount);
                lanes.Add(StageNames.Key(name), lane);
            }

            foreach (var r in rows)
            {
                if (r != nameRow && view.Text(r, c) is { } text)
                {
                    lane.Add(stage, new RawText(text, view.Source(r, c), view.Identity(r, c)));
                }
            }
        }

        return [.. lanes.Values];
    }
}
