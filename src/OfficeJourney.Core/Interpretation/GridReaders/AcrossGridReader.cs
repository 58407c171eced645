using OfficeJourney.Interpretation.Options;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Tables;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>
/// Reads one journey grid laid out with stages across and lane labels down a column. Stages-down sheets
/// are read through a transposed <see cref="SheetView"/>, so this is the only grid reader.
/// </summary>
internal sealed class AcrossGridReader
{
    private readonly SheetView view;
    private readonly InterpretOptions options;
    private readonly List<Problem> problems = [];
    private readonly StageRowFinder stageRows;
    private readonly StageColumnFinder stageColumns;
    private readonly LaneRowFinder laneRows;
    private readonly RowRoleReader rowRoles;
    private readonly StageRowReader stageRow;
    private readonly LaneReader lanes;
    private readonly LaneGroups laneGroups;

    public AcrossGridReader(SheetView sheet, InterpretOptions options)
    {
        view = sheet.Draft();
        this.options = options;
        stageRows = new StageRowFinder(view);
        stageColumns = new StageColumnFinder(view);
        laneRows = new LaneRowFinder(view);
        rowRoles = new RowRoleReader(view);
        stageRow = new StageRowReader(view);
        lanes = new LaneReader(view);
        laneGroups = new LaneGroups(view);
    }

    /// <summary>Reads the grid whose lane labels are in <paramref name="labelColumn"/>, the first recognised at <paramref name="firstLabelRow"/>.</summary>
    public GridReading Read(int labelColumn, int firstLabelRow) => Read(labelColumn, firstLabelRow, table: null);

    /// <summary>
    /// Reads a table whose bounds and stage row the sheet's structure told (<see cref="TableFinder"/>): every row
    /// of it but the stage row is a lane, even after a blank row or with labels no vocabulary knows.
    /// </summary>
    public GridReading Read(TableShape table) => Read(table.LabelColumn, table.StageRow + 1, table);

    private GridReading Read(int labelColumn, int firstLabelRow, TableShape? table)
    {
        var header = table?.StageRow ?? stageRows.Find(labelColumn, firstLabelRow);
        if (header < 0)
        {
            return Stageless(
                Problem.Error(
                    "stages.no-names",
                    "The lanes here have no stage row above them: put the stage names in the row above the first lane.",
                    view.Source(firstLabelRow, labelColumn)),
                labelColumn,
                firstLabelRow);
        }

        var columns = table is { } known ? [.. Enumerable.Range(labelColumn + 1, known.Right - labelColumn)] : stageColumns.Provisional(header, labelColumn);
        var (candidates, lastRow) = table is { } bounds ? laneRows.Read(bounds, columns) : laneRows.Read(header, labelColumn, columns);
        columns = stageColumns.Final(header, columns, candidates);
        if (columns.Count == 0)
        {
            return NoStageNames(header, labelColumn);
        }

        var roles = rowRoles.Read(header, labelColumn, columns, candidates, table);
        var rows = roles.LaneRows;
        var top = Math.Min(Math.Min(roles.PhaseRow >= 0 ? roles.PhaseRow : header, roles.PersonaRow >= 0 ? roles.PersonaRow : header), table?.Top ?? header);
        var right = columns[^1];
        var sheetTop = Math.Min(view.SheetRowOf(top, labelColumn), view.SheetRowOf(top, right));
        var corner = view.Text(header, labelColumn);
        var grids = new List<RawGrid>();
        foreach (var segment in roles.Segments)
        {
            var (stages, stageOfColumn, duplicates) = stageRow.Read(header, segment, rows);
            problems.AddRange(duplicates);
            if (stages.Count == 0 || (stages.Count == 1 && !(corner is not null && Lexicon.IsStageHeader(corner))))
            {
                continue; // one stage under no "Stage" header is no journey: a form or a list of facts under a heading
            }

            var read = LanesOf(rows, labelColumn, segment, stageOfColumn, stages.Count, roles);
            if (table is not null && !IsJourneyShaped(stages, read))
            {
                // A key/value list or a one-column table, left for the personas and notes: it was never a map, so nothing in it was read as one.
                return new GridReading([], [], view.Claims);
            }

            grids.Add(new RawGrid
            {
                Stages = stages,
                Phases = roles.PhaseRow >= 0 ? stageRow.Phases(roles.PhaseRow, segment, stageOfColumn) : [],
                Lanes = read,
                Personas = rowRoles.PersonasOf(roles.PersonaRows, segment),
                OnePersonaOfSeveral = roles.Segments.Count > 1,
                Corner = corner is not null && !Lexicon.IsStageHeader(corner) ? corner : null,
                SheetTop = sheetTop,
            });
        }

        if (grids.Count == 0)
        {
            return NoStageNames(header, labelColumn);
        }

        view.Take(top, labelColumn, Math.Max(lastRow, header), right);
        if (grids.Any(g => g.Stages.Count > options.MaxStages || g.Lanes.Count > options.MaxLanes))
        {
            problems.Add(Problem.Error(
                "grid.too-large",
                $"This map has {grids.Max(g => g.Stages.Count)} stages and {grids.Max(g => g.Lanes.Count)} lanes; OfficeJourney reads at most {options.MaxStages} stages and {options.MaxLanes} lanes.",
                view.Source(header, labelColumn)));
            return new GridReading([], problems, view.Claims);
        }

        return new GridReading(grids, problems, view.Claims);
    }

    /// <summary>The lanes over one journey's stage columns: pivoted where a column names each row's lane, else a row a lane, grouped.</summary>
    private List<RawLane> LanesOf(List<int> rows, int labelColumn, List<int> segment, Dictionary<int, int> stageOfColumn, int stageCount, RowRoles roles)
    {
        List<RawLane> read;
        if (lanes.NameRow(rows, segment) is { } names)
        {
            read = lanes.Pivot(names, rows, segment, stageOfColumn, stageCount);
        }
        else
        {
            var (built, unlabelled) = lanes.Build(rows, labelColumn, segment, stageOfColumn, stageCount, roles.SubRow);
            problems.AddRange(unlabelled);
            read = laneGroups.Grouped(built, rows, labelColumn, stageCount);
        }

        var people = roles.PeopleRow >= 0 ? read.FindIndex(l => l.Source == view.Source(roles.PeopleRow, labelColumn)) : -1;
        if (people >= 0 && read[people].Kind is null)
        {
            read[people] = read[people].WithKind(LaneKind.People);
        }

        return read;
    }

    private GridReading NoStageNames(int header, int labelColumn) =>
        Stageless(
            Problem.Error(
                "stages.no-names",
                "The stage row has no stage names: write one stage name above each column of the map.",
                view.Source(header, labelColumn + 1 < view.Columns ? labelColumn + 1 : labelColumn)),
            labelColumn,
            header);

    /// <summary>Gives the table up, with its labels from <paramref name="fromRow"/> down: no map, and not tried again.</summary>
    private GridReading Stageless(Problem problem, int labelColumn, int fromRow)
    {
        var end = fromRow;
        while (end < view.Rows && !view.IsTaken(end, labelColumn) && !view.IsEmpty(end, labelColumn))
        {
            end++;
        }

        return new GridReading([], problems, view.Claims, problem, end > fromRow ? new CellArea(fromRow, labelColumn, end - 1, labelColumn) : null);
    }

    /// <summary>
    /// What shape alone must show before a table with no known words is a journey: two stages or more, distinct
    /// names on both edges ("Field | Details | Category | Details" is a list of facts), and lanes with content.
    /// </summary>
    private static bool IsJourneyShaped(List<RawStage> stages, List<RawLane> lanes) =>
        stages.Count >= 2
        && lanes.Count >= 1
        && lanes.Sum(l => l.Cells.Count(c => c.Count > 0)) >= 2
        && stages.Select(s => StageNames.Key(s.Name)).Distinct(StringComparer.Ordinal).Count() == stages.Count
        && lanes.Where(l => l.Label.Length > 0).Select(l => StageNames.Key(l.Label)).Distinct(StringComparer.Ordinal).Count() == lanes.Count(l => l.Label.Length > 0);
}
