using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Reads the stages of a grid from its stage row, and the phases over them.</summary>
internal sealed class StageRowReader(SheetView view)
{
    /// <summary>The stages named in the stage row over <paramref name="columns"/>, a name merged or written again over several columns being one stage.</summary>
    public StageRow Read(int header, List<int> columns, List<int> laneRows)
    {
        var stages = new List<RawStage>();
        var stageOfColumn = new Dictionary<int, int>();
        var duplicates = new List<Problem>();
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previousKey = null;
        foreach (var c in columns)
        {
            var text = view.Text(header, c);
            if (text is null)
            {
                // No name: the column continues the stage before it, or is a spacer.
                if (stages.Count > 0 && GridLines.ColumnHasContent(view, c, laneRows))
                {
                    stageOfColumn[c] = stages.Count - 1;
                }

                continue;
            }

            var name = StageNames.Clean(text);
            var key = StageNames.Key(name);
            if (key == previousKey && stages.Count > 0)
            {
                stageOfColumn[c] = stages.Count - 1; // merged or repeated header: one stage
                continue;
            }

            if (firstSeen.TryGetValue(key, out var earlier))
            {
                duplicates.Add(Problem.Warning(
                    "stages.duplicate",
                    $"The stage name \"{name}\" is used twice (also at {stages[earlier].Source.Cell}); both are kept as separate stages.",
                    view.Source(header, c)));
            }
            else
            {
                firstSeen[key] = stages.Count;
            }

            stages.Add(new RawStage(name, view.Source(header, c)));
            stageOfColumn[c] = stages.Count - 1;
            previousKey = key;
        }

        return new StageRow(stages, stageOfColumn, duplicates);
    }

    /// <summary>The phases named in <paramref name="row"/>, each over the stages its cell (or merged area) spans.</summary>
    public List<Phase> Phases(int row, List<int> columns, Dictionary<int, int> stageOfColumn)
    {
        var phases = new List<Phase>();
        var currentIdentity = -1;
        foreach (var c in columns)
        {
            if (!stageOfColumn.TryGetValue(c, out var stage))
            {
                continue;
            }

            var text = view.Text(row, c);
            if (text is null)
            {
                currentIdentity = -1;
                continue;
            }

            var identity = view.Identity(row, c);
            if (identity == currentIdentity && phases.Count > 0)
            {
                var last = phases[^1];
                if (stage >= last.FirstStage + last.StageCount)
                {
                    phases[^1] = last with { StageCount = stage - last.FirstStage + 1 };
                }

                continue;
            }

            if (phases.Count > 0 && stage < phases[^1].FirstStage + phases[^1].StageCount)
            {
                continue; // a second phase cell over a stage that already has one
            }

            phases.Add(new Phase { Name = StageNames.Clean(text), FirstStage = stage, StageCount = 1, Source = view.Source(row, c) });
            currentIdentity = identity;
        }

        return phases;
    }
}
