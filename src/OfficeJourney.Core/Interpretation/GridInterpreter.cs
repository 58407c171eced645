using OfficeJourney.Grids;
using OfficeJourney.Interpretation.GridReaders;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Interpretation.Personas;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Tables;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation;

/// <summary>
/// The one interpreter: turns the cell grids of a workbook (uploaded, or read by the task pane) into
/// journey maps and a list of problems located by sheet and cell. It never throws on bad input.
/// </summary>
public sealed class GridInterpreter(InterpretOptions? options = null)
{
    // Each try looks at the whole sheet once. A journey sheet holds a handful of grids; a sheet that offers more
    // labels than this to start from is a data dump, and what is left of it goes to the search by shape.
    private const int MaxAnchorTries = 64;

    private readonly InterpretOptions options = options ?? InterpretOptions.Default;

    public InterpretationResult Interpret(SheetGrid sheet) => Interpret(new WorkbookGrid([sheet]));

    public InterpretationResult Interpret(WorkbookGrid workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var log = new InterpretationLog();
        var reports = new List<SheetReport>();
        var maps = new List<JourneyMap>();
        var workbookPersonas = new List<Persona>();

        var budget = new SheetBudget(workbook.Sheets, options);
        foreach (var sheet in workbook.Sheets)
        {
            if (budget.WhyNotRead(sheet) is { } why)
            {
                log.Add(Problem.Error("grid.too-large", why, new SourceRef(sheet.Name, sheet.Origin.ToA1())));
                reports.Add(new SheetReport(sheet.Name, SheetRole.Skipped, 0, "too large to read"));
                continue;
            }

            var (sheetMaps, personas) = ReadSheet(DrawnAndUnread.Read(sheet, log), workbook, log);
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

        Conclude(workbook, maps, workbookPersonas, log);
        return new InterpretationResult(maps, reports, log.Problems);
    }

    /// <summary>Reads one sheet top down: personas, step tables, grids from their lane labels, tables by their shape, then what surrounds them.</summary>
    private (List<JourneyMap> Maps, List<Persona> Personas) ReadSheet(SheetGrid sheet, WorkbookGrid workbook, InterpretationLog log)
    {
        var view = new SheetView(sheet);

        // Personas first: persona keys such as "Goals" are lane labels too.
        var (personas, personaCells) = PersonaReader.Read(view);
        view.MarkTaken(personaCells);

        var grids = new FoundGrids(Keep(StepTableReader.ReadAll(view), view, log));

        for (var tries = 0; tries < MaxAnchorTries && LaneAnchor.Find(view, options.Orientation) is { } anchor; tries++)
        {
            var oriented = anchor.Down ? view.Transpose() : view;
            grids.Add(Keep(new AcrossGridReader(oriented, options).Read(anchor.Column, anchor.Row), oriented, log));

            // Whatever happened, this label no longer anchors a search: the loop always ends.
            oriented.ForgetLabel(anchor.Row, anchor.Column);
        }

        // Tables no lane label pointed at: found by their shape, in any language.
        var found = TableFinder.Find(view, options);
        log.Add(found.Problems);
        view.MarkTaken(found.Taken);
        foreach (var table in found.Tables)
        {
            // A list of scores is read as it stands on the sheet (see FoundTable).
            var oriented = table.Down && !table.ScoreList ? view.Transpose() : view;
            var reading = table.ScoreList ? ScoreListReader.Read(oriented, table.Shape) : new AcrossGridReader(oriented, options).Read(table.Shape);
            grids.Add(Keep(reading, oriented, log));
        }

        var topDown = grids.TopDown();
        if (topDown.Count == 0 && personas.Count > 0)
        {
            personas = PersonaReader.WithLeftovers(view, personas);
        }

        var surroundings = Surroundings.Read(view, topDown);
        var builder = new MapBuilder(log);
        var fileTitle = MapTitles.FromFileName(workbook.FileName);
        var maps = topDown.Select((grid, i) => builder.Build(grid, surroundings[i], view, personas, workbook.Title, fileTitle)).ToList();
        return (maps, personas);
    }

    /// <summary>Keeps what a reader found: its problems go to the log; the cells it took and the labels it gave up are marked.</summary>
    private static IReadOnlyList<RawGrid> Keep(GridReading reading, SheetView oriented, InterpretationLog log)
    {
        log.Add(reading.Problems);
        if (reading.Stageless is { } stageless)
        {
            log.AddStageless(stageless);
        }

        oriented.MarkTaken(reading.Taken);
        if (reading.RefusedLabels is { } labels)
        {
            oriented.Refuse(labels);
        }

        return reading.Grids;
    }

    /// <summary>What the workbook as a whole says when it holds no map, and the tables without stages beside the maps it holds.</summary>
    private static void Conclude(WorkbookGrid workbook, List<JourneyMap> maps, List<Persona> personas, InterpretationLog log)
    {
        if (maps.Count == 0 && personas.Count > 0)
        {
            // Personas and their tables (a "Pain point | Impact" list) with no journey beside them: say what the workbook is.
            var where = workbook.FileName ?? "These cells";
            log.Add(Problem.Error(
                "workbook.personas-only",
                $"{where} holds {Count(personas.Count, "persona")} ({string.Join(", ", personas.Select(p => p.Name))}) but no journey map: there are no stages to map. Add a sheet with the stages across a row (or down a column) and the lanes beside them, or read this workbook together with the map it belongs to.",
                personas[0].Source));
            return;
        }

        // Lanes without stages sink the workbook only when nothing else in it is a map.
        foreach (var table in log.StagelessTables())
        {
            log.Add(maps.Count == 0
                ? table
                : Problem.Warning(
                    "grid.no-stages",
                    "A table here has lane labels but no stage names, so it is not part of a map; nothing in it is dropped (it is kept as notes).",
                    table.Location));
        }

        if (maps.Count == 0 && !log.HasErrors)
        {
            var where = workbook.FileName is null ? "these cells" : workbook.FileName;
            log.Add(Problem.Error(
                "grid.not-found",
                $"No journey grid was found in {where}. A journey grid has stage names across a row (Awareness, Consideration, Purchase…) and lane labels down a column (Touchpoints, Actions, Emotions, Pain points…), or the other way round."));
        }
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Describe(List<JourneyMap> maps) =>
        string.Join("; ", maps.Select(m => $"\"{m.Title}\": {Count(m.Stages.Count, "stage")}, {Count(m.Lanes.Count, "lane")}"));
}
