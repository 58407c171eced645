using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Tables;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>
/// Reads a step table, the shape of a Mermaid journey kept in Excel: <c>section | Task | score | actors</c>, one
/// row per step, the section written on its own row before its steps or repeated on each. The steps are the
/// stages (each has its own score and actors); the sections group them as phases.
/// </summary>
internal static class StepTableReader
{
    public static GridReading ReadAll(SheetView sheet)
    {
        var view = sheet.Draft();
        var grids = new List<RawGrid>();
        foreach (var block in CellBlocks.Find(view))
        {
            if (Columns(view, block) is { } columns && Read(view, block, columns) is { } grid)
            {
                grids.Add(grid);
            }
        }

        return new GridReading(grids, [], view.Claims);
    }

    private readonly record struct StepColumns(int Section, int Step);

    /// <summary>
    /// A step column named so ("Task", "Step", "Tâche") beside a section or score column; or, in any words,
    /// the structure: section names alone on their rows with the steps below them one column to the right.
    /// </summary>
    private static StepColumns? Columns(SheetView view, CellArea block)
    {
        if (block.Bottom - block.Top < 2 || block.Right - block.Left < 1)
        {
            return null;
        }

        int section = -1, step = -1, score = -1;
        for (var c = block.Left; c <= block.Right; c++)
        {
            switch (view.Text(block.Top, c) is { } header ? Lexicon.StepColumnOf(header) : null)
            {
                case StepColumn.Section when section < 0:
                    section = c;
                    break;
                case StepColumn.Step when step < 0:
                    step = c;
                    break;
                case StepColumn.Score when score < 0:
                    score = c;
                    break;
            }
        }

        if (step >= 0 && (section >= 0 || score >= 0))
        {
            return new StepColumns(section, step);
        }

        var sectionRows = 0;
        var stepRows = 0;
        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            var first = view.Text(r, block.Left) is not null;
            var rest = RestFilled(view, r, block.Left + 1, block.Right);
            sectionRows += first && rest == 0 ? 1 : 0;
            stepRows += !first && view.Text(r, block.Left + 1) is not null ? 1 : 0;
        }

        return sectionRows >= 1 && stepRows >= 2 && view.Text(block.Top + 1, block.Left) is not null && RestFilled(view, block.Top + 1, block.Left + 1, block.Right) == 0
            ? new StepColumns(block.Left, block.Left + 1)
            : null;
    }

    private static RawGrid? Read(SheetView view, CellArea block, StepColumns columns)
    {
        var stages = new List<RawStage>();
        var phases = new List<Phase>();
        var rows = new List<int>();
        string? currentSection = null;
        SourceRef? sectionSource = null;
        for (var r = block.Top + 1; r <= block.Bottom; r++)
        {
            if (columns.Section >= 0 && view.Text(r, columns.Section) is { } section && section != currentSection)
            {
                currentSection = section;
                sectionSource = view.Source(r, columns.Section);
                phases.Add(new Phase { Name = StageNames.Clean(section), FirstStage = stages.Count, StageCount = 0, Source = sectionSource });
            }

            if (view.Text(r, columns.Step) is not { } step)
            {
                continue;
            }

            stages.Add(new RawStage(StageNames.Clean(step), view.Source(r, columns.Step)));
            rows.Add(r);
            if (phases.Count > 0)
            {
                phases[^1] = phases[^1] with { StageCount = phases[^1].StageCount + 1 };
            }
        }

        if (stages.Count < 2)
        {
            return null;
        }

        var lanes = new List<RawLane>();
        for (var c = block.Left; c <= block.Right; c++)
        {
            if (c == columns.Section || c == columns.Step || view.Text(block.Top, c) is not { } label)
            {
                continue;
            }

            var kind = Lexicon.StepColumnOf(label) switch
            {
                StepColumn.Score => LaneKind.Emotions,
                StepColumn.Actors => LaneKind.People,
                _ => Lexicon.LaneKindOf(label),
            };
            var lane = new RawLane(label, kind, view.Source(block.Top, c), stages.Count);
            for (var s = 0; s < rows.Count; s++)
            {
                if (view.Text(rows[s], c) is { } text)
                {
                    lane.Add(s, new RawText(text, view.Source(rows[s], c), view.Identity(rows[s], c)));
                }
            }

            lanes.Add(lane);
        }

        view.Take(block.Top, block.Left, block.Bottom, block.Right);
        return new RawGrid
        {
            Stages = stages,
            Phases = [.. phases.Where(p => p.StageCount > 0)],
            Lanes = lanes,
            SheetTop = view.SheetRowOf(block.Top, block.Left),
        };
    }

    private static int RestFilled(SheetView view, int row, int from, int to)
    {
        var count = 0;
        for (var c = from; c <= to; c++)
        {
            count += view.IsEmpty(row, c) ? 0 : 1;
        }

        return count;
    }
}
