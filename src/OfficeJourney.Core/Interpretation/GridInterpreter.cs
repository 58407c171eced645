using OfficeJourney.Diagnostics;
using OfficeJourney.Grids;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation;

/// <summary>
/// The one interpreter: turns the cell grids of a workbook (uploaded, or read by the task pane) into
/// journey maps and a list of problems located by sheet and cell. It never throws on bad input.
/// </summary>
public sealed class GridInterpreter(InterpretOptions? options = null)
{
    private readonly InterpretOptions options = options ?? InterpretOptions.Default;

    public InterpretationResult Interpret(SheetGrid sheet) => Interpret(new WorkbookGrid([sheet]));

    public InterpretationResult Interpret(WorkbookGrid workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var problems = new List<Problem>();
        var reports = new List<SheetReport>();
        var maps = new List<JourneyMap>();
        var workbookPersonas = new List<Persona>();
        var unstaged = new List<Problem>();

        var read = SheetsWithinBudget(workbook.Sheets);
        foreach (var sheet in workbook.Sheets)
        {
            if (TooLarge(sheet, read) is { } why)
            {
                problems.Add(Problem.Error("grid.too-large", why, new SourceRef(sheet.Name, sheet.Origin.ToA1())));
                reports.Add(new SheetReport(sheet.Name, SheetRole.Skipped, 0, "too large to read"));
                continue;
            }

            var (sheetMaps, personas) = ReadSheet(DrawnAndUnread.Read(sheet, problems), workbook.Title, MapTitles.FromFileName(workbook.FileName), problems, unstaged);
            maps.AddRange(sheetMaps);
            if (sheetMaps.Count > 0)
            {
                reports.Add(new SheetReport(sheet.Name, SheetRole.Journey, sheetMaps.Count, Describe(sheetMaps)));
            }
            else if (personas.Count > 0)
            {
                workbookPersonas.AddRange(personas);
                reports.Add(new SheetReport(sheet.Name, SheetRole.Personas, 0, $"{Count(personas.Count, "persona")}: {string.Join(", ", personas.Select(p => p.Name))}"));
            }
            else
            {
                reports.Add(new SheetReport(sheet.Name, SheetRole.Skipped, 0, "no journey grid or persona found"));
            }
        }

        if (workbookPersonas.Count > 0)
        {
            for (var i = 0; i < maps.Count; i++)
            {
                maps[i] = maps[i] with { Personas = [.. maps[i].Personas, .. workbookPersonas] };
            }
        }

        if (maps.Count == 0 && workbookPersonas.Count > 0)
        {
            // Personas and their tables (a "Pain point | Impact" list) with no journey beside them: say what the workbook is.
            var where = workbook.FileName ?? "These cells";
            problems.Add(Problem.Error(
                "workbook.personas-only",
                $"{where} holds {Count(workbookPersonas.Count, "persona")} ({string.Join(", ", workbookPersonas.Select(p => p.Name))}) but no journey map: there are no stages to map. Add a sheet with the stages across a row (or down a column) and the lanes beside them, or read this workbook together with the map it belongs to.",
                workbookPersonas[0].Source));
            return new InterpretationResult(maps, reports, problems);
        }

        // Lanes without stages sink the workbook only when nothing else in it is a map.
        // One report per sheet: a table is often found from its header row and from a column too.
        var perSheet = unstaged.GroupBy(p => p.Location?.Sheet).Select(g => g.First()).ToList();
        problems.AddRange(maps.Count == 0
            ? perSheet
            : perSheet.Select(p => Problem.Warning(
                "grid.no-stages",
                "A table here has lane labels but no stage names, so it is not part of a map; nothing in it is dropped (it is kept as notes).",
                p.Location)));

        if (maps.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            var where = workbook.FileName is null ? "these cells" : workbook.FileName;
            problems.Add(Problem.Error(
                "grid.not-found",
                $"No journey grid was found in {where}. A journey grid has stage names across a row (Awareness, Consideration, Purchase…) and lane labels down a column (Touchpoints, Actions, Emotions, Pain points…), or the other way round."));
        }

        // One table read as a journey per persona reports what they share once.
        return new InterpretationResult(maps, reports, [.. problems.Distinct()]);
    }

    /// <summary>The sheets read within the workbook's budget of filled cells, smallest first (journeys are small).</summary>
    private HashSet<SheetGrid> SheetsWithinBudget(IReadOnlyList<SheetGrid> sheets)
    {
        var read = new HashSet<SheetGrid>(ReferenceEqualityComparer.Instance);
        long spent = 0;
        foreach (var sheet in sheets.Where(s => (long)s.Rows * s.Columns <= options.MaxCellsPerSheet).OrderBy(s => s.FilledCount))
        {
            if (sheet.FilledCount > options.MaxFilledCellsPerSheet || spent + sheet.FilledCount > options.MaxFilledCellsPerWorkbook)
            {
                break;
            }

            spent += sheet.FilledCount;
            read.Add(sheet);
        }

        return read;
    }

    private string? TooLarge(SheetGrid sheet, HashSet<SheetGrid> read) =>
        read.Contains(sheet) ? null
        : (long)sheet.Rows * sheet.Columns > options.MaxCellsPerSheet
            ? $"The sheet uses {sheet.Rows} rows × {sheet.Columns} columns; OfficeJourney reads at most {options.MaxCellsPerSheet} cells a sheet. Select the journey grid and read that."
        : sheet.FilledCount > options.MaxFilledCellsPerSheet
            ? $"The sheet holds {sheet.FilledCount} filled cells; a journey map has at most {options.MaxFilledCellsPerSheet} ({options.MaxStages} stages × {options.MaxLanes} lanes), so this sheet is not read. Select the journey grid and read that, or save the journey on a sheet of its own."
            : $"The sheet holds {sheet.FilledCount} filled cells, more than are left of the {options.MaxFilledCellsPerWorkbook} read from one workbook after its smaller sheets, so it is not read. Save the journey on a workbook of its own, or read this sheet alone.";

    private (List<JourneyMap> Maps, List<Persona> Personas) ReadSheet(SheetGrid sheet, string? workbookTitle, string? fileTitle, List<Problem> problems, List<Problem> unstaged)
    {
        var view = new SheetView(sheet);
        var personas = PersonaReader.Read(view);
        var grids = StepTableReader.ReadAll(view);

        // Each try looks at the whole sheet once. A journey sheet holds a handful of grids; a sheet that offers
        // more labels than this to start from is a data dump, and what is left of it goes to the search by shape.
        for (var tries = 0; tries < MaxAnchorTries && FindAnchor(view) is { } anchor; tries++)
        {
            var oriented = anchor.Down ? view.Transpose() : view;
            Add(grids, new AcrossGridReader(oriented, options, problems, unstaged).Read(anchor.Column, anchor.Row));

            // Whatever happened, this label no longer anchors a search: the loop always ends.
            oriented.ForgetLabel(anchor.Row, anchor.Column);
        }

        // Tables no lane label pointed at: found by their shape, in any language.
        foreach (var table in TableFinder.Find(view, options, problems))
        {
            var found = table.ScoreList
                ? [ScoreListReader.Read(view, table.Shape)]
                : new AcrossGridReader(table.Down ? view.Transpose() : view, options, problems, unstaged).Read(table.Shape);
            Add(grids, found);
        }

        grids.Sort((a, b) => a.SheetTop.CompareTo(b.SheetTop));
        if (grids.Count == 0 && personas.Count > 0)
        {
            PersonaReader.TakeLeftovers(view, personas);
        }

        var surroundings = Surroundings.Read(view, grids);
        var builder = new MapBuilder(problems);
        var maps = grids.Select((grid, i) => builder.Build(grid, surroundings[i], view, personas, workbookTitle, fileTitle)).ToList();
        return (maps, personas);
    }

    private const int MaxAnchorTries = 64;

    private readonly record struct Anchor(bool Down, int Column, int Row, int Score);

    /// <summary>The column (or, transposed, the row) with the most distinct lane labels not yet taken.</summary>
    private Anchor? FindAnchor(SheetView view)
    {
        Anchor? best = null;
        if (options.Orientation != GridOrientation.StagesDown)
        {
            best = Better(best, BestColumn(view, down: false));
        }

        if (options.Orientation != GridOrientation.StagesAcross)
        {
            best = Better(best, BestColumn(view.Transpose(), down: true));
        }

        return best;
    }

    private static Anchor? Better(Anchor? current, Anchor? candidate) =>
        candidate is { } c && (current is not { } b || c.Score > b.Score) ? candidate : current;

    private static Anchor? BestColumn(SheetView view, bool down)
    {
        Anchor? best = null;
        var kinds = new HashSet<LaneKind>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < view.Columns; c++)
        {
            kinds.Clear();
            labels.Clear();
            var labelled = 0;
            var filled = 0;
            var first = -1;
            var keywordRow = -1;
            for (var r = 0; r < view.Rows; r++)
            {
                if (view.IsConsumed(r, c))
                {
                    continue;
                }

                filled += view.IsEmpty(r, c) ? 0 : 1;
                if (view.LaneKindAt(r, c) is { } kind)
                {
                    kinds.Add(kind);
                    labelled++;
                    labels.Add(view.LabelKey(r, c)!);
                    if (first < 0)
                    {
                        first = r;
                    }
                }
                else if (first < 0 && keywordRow < 0 && view.IsStageKeywordAt(r, c))
                {
                    keywordRow = r;
                }
            }

            // Doing, Feeling, Doing, Feeling… names the lane of each row of a long table, it is not a column of lane labels.
            if (kinds.Count >= 2 && labelled >= 2 * labels.Count && labelled * 5 >= (filled - 1) * 4)
            {
                continue;
            }

            var score = kinds.Count + (keywordRow >= 0 ? 1 : 0);
            // Values merged down or written again under "Stage" are the stages of a long table, not lane labels: its shape decides.
            if (first < 0 && keywordRow >= 0 && keywordRow + 1 < view.Rows && !view.IsEmpty(keywordRow + 1, c) && !view.IsConsumed(keywordRow + 1, c)
                && !view.RepeatsDown(keywordRow + 1, view.Rows - 1, c))
            {
                // "Stage" over rows of the user's own labels: a grid of custom lanes, found by its stage row alone.
                first = keywordRow + 1;
                score = 1;
            }

            if (first >= 0 && (score >= 2 || kinds.Count == 0) && score >= 1 && (best is null || score > best.Value.Score))
            {
                best = new Anchor(down, c, first, score);
            }
        }

        return best;
    }

    /// <summary>A table read as one journey per persona keeps them apart; a single one may belong to an earlier map.</summary>
    private static void Add(List<RawGrid> grids, List<RawGrid> read)
    {
        if (read.Count == 1 && TryMergeIntoEarlier(grids, read[0]))
        {
            return;
        }

        grids.AddRange(read);
    }

    /// <summary>
    /// A second small table over the same stages (a "Stage | Score" table under the map) adds lanes to the
    /// map above it rather than making a map of its own.
    /// </summary>
    private static bool TryMergeIntoEarlier(List<RawGrid> grids, RawGrid grid)
    {
        foreach (var earlier in grids)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < earlier.Stages.Count; i++)
            {
                index.TryAdd(StageNames.Key(earlier.Stages[i].Name), i);
            }

            if (grid.Stages.Count < 2 || !grid.Stages.All(s => index.ContainsKey(StageNames.Key(s.Name))))
            {
                continue;
            }

            foreach (var lane in grid.Lanes)
            {
                var moved = new RawLane(lane.Label, lane.Kind, lane.Source, earlier.Stages.Count);
                for (var s = 0; s < grid.Stages.Count; s++)
                {
                    foreach (var text in lane.Cells[s])
                    {
                        moved.Add(index[StageNames.Key(grid.Stages[s].Name)], text);
                    }
                }

                earlier.Lanes.Add(moved);
            }

            return true;
        }

        return false;
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Describe(List<JourneyMap> maps) =>
        string.Join("; ", maps.Select(m => $"\"{m.Title}\": {Count(m.Stages.Count, "stage")}, {Count(m.Lanes.Count, "lane")}"));
}
