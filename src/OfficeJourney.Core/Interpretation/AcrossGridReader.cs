using OfficeJourney.Diagnostics;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation;

/// <summary>
/// Reads one journey grid laid out with stages across and lane labels down a column. Stages-down sheets
/// are read through a transposed <see cref="SheetView"/>, so this is the only grid reader.
/// </summary>
internal sealed class AcrossGridReader(SheetView sheet, InterpretOptions options)
{
    private const int MaxBlankHeaders = 3;
    private const int MaxBlankRows = 2;

    private readonly SheetView view = sheet.Draft();
    private readonly List<Problem> problems = [];

    /// <summary>Reads the grid whose lane labels are in <paramref name="labelColumn"/>, the first recognised at <paramref name="firstLabelRow"/>.</summary>
    public GridReading Read(int labelColumn, int firstLabelRow) => Read(labelColumn, firstLabelRow, table: null);

    /// <summary>
    /// Reads a table whose bounds and stage row the sheet's structure told (<see cref="TableFinder"/>): every row
    /// of it but the stage row is a lane, even after a blank row or with labels no vocabulary knows.
    /// </summary>
    public GridReading Read(TableShape table) => Read(table.LabelColumn, table.StageRow + 1, table);

    private GridReading Read(int labelColumn, int firstLabelRow, TableShape? table)
    {
        var header = table?.StageRow ?? FindHeaderRow(labelColumn, firstLabelRow);
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

        var columns = table is { } known ? [.. Enumerable.Range(labelColumn + 1, known.Right - labelColumn)] : ProvisionalStageColumns(header, labelColumn);
        var (laneRows, lastRow) = table is { } bounds ? TableLaneRows(bounds, columns) : ReadLaneRows(header, labelColumn, columns);
        columns = FinalStageColumns(header, columns, laneRows);
        if (columns.Count == 0)
        {
            return NoStageNames(header, labelColumn);
        }

        var roles = RolesOf(header, labelColumn, columns, laneRows, table);
        var top = Math.Min(Math.Min(roles.PhaseRow >= 0 ? roles.PhaseRow : header, roles.PersonaRow >= 0 ? roles.PersonaRow : header), table?.Top ?? header);
        var right = columns[^1];
        var sheetTop = Math.Min(view.SheetRowOf(top, labelColumn), view.SheetRowOf(top, right));
        var corner = view.Text(header, labelColumn);
        var grids = new List<RawGrid>();
        foreach (var segment in roles.Segments)
        {
            var stageOfColumn = new Dictionary<int, int>();
            var stages = ReadStages(header, segment, laneRows, stageOfColumn);
            if (stages.Count == 0 || (stages.Count == 1 && !(corner is not null && Lexicon.IsStageHeader(corner))))
            {
                continue; // one stage under no "Stage" header is no journey: a form or a list of facts under a heading
            }

            var lanes = LaneNameRow(laneRows, segment) is { } names
                ? PivotLanes(names, laneRows, segment, stageOfColumn, stages.Count)
                : Grouped(BuildLanes(laneRows, labelColumn, segment, stageOfColumn, stages.Count, roles.SubRow), laneRows, labelColumn, stages.Count);
            var people = roles.PeopleRow >= 0 ? lanes.FindIndex(l => l.Source == view.Source(roles.PeopleRow, labelColumn)) : -1;
            if (people >= 0 && lanes[people].Kind is null)
            {
                lanes[people] = lanes[people].WithKind(LaneKind.People);
            }

            if (table is not null && !IsJourneyShaped(stages, lanes))
            {
                // A key/value list or a one-column table, left for the personas and notes: it was never a map, so nothing in it was read as one.
                return new GridReading([], [], view.Claims);
            }

            grids.Add(new RawGrid
            {
                Stages = stages,
                Phases = roles.PhaseRow >= 0 ? ReadPhases(roles.PhaseRow, segment, stageOfColumn) : [],
                Lanes = lanes,
                Personas = PersonasOf(roles.PersonaRows, segment),
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

    /// <summary>What the rows around the stage row are, besides lanes; <c>-1</c> where there is none.</summary>
    /// <param name="PhaseRow">Phase headers merged over several stages.</param>
    /// <param name="PersonaRows">Rows naming the persona of each stage ("Persona | Stage | …", merged down or repeated).</param>
    /// <param name="PeopleRow">A persona row that changes from step to step: who acts, kept as a lane of people.</param>
    /// <param name="SubRow">Sub-row labels under the stage header's own merged cell ("New patient", "Returning").</param>
    /// <param name="Segments">The stage columns of each journey: one per persona where each has its own.</param>
    private sealed record RowRoles(int PhaseRow, int PersonaRow, List<int> PersonaRows, int PeopleRow, int SubRow, List<List<int>> Segments);

    /// <summary>Sorts the rows around the stage row into phases, personas and sub-row labels, taking them out of <paramref name="laneRows"/>.</summary>
    private RowRoles RolesOf(int header, int labelColumn, List<int> columns, List<int> laneRows, TableShape? table)
    {
        var phaseRow = table is { } t
            ? (t.StageRow == t.Top + 1 && IsPhaseRow(t.Top, labelColumn, columns) ? t.Top : -1)
            : (header > 0 && IsPhaseRow(header - 1, labelColumn, columns) ? header - 1 : -1);
        laneRows.Remove(phaseRow);
        var personaRow = header > 0 && header - 1 != phaseRow && IsPersonaLabel(view.Text(header - 1, labelColumn)) && !view.IsTaken(header - 1, labelColumn) ? header - 1 : -1;
        laneRows.Remove(personaRow);
        List<int> personaRows = [.. laneRows.Where(r => IsPersonaLabel(view.Text(r, labelColumn))).Prepend(personaRow).Where(r => r >= 0)];
        laneRows.RemoveAll(personaRows.Contains);
        var subRow = laneRows.FirstOrDefault(r => r == header + 1 && view.Identity(r, labelColumn) == view.Identity(header, labelColumn), -1);
        laneRows.Remove(subRow);

        var segments = PersonaSegments(personaRow, header, columns);
        var peopleRow = -1;
        if (segments.Count == 1 && personaRow >= 0 && PersonasOf([personaRow], columns).Count > 1)
        {
            laneRows.Insert(0, personaRow);
            personaRows.Remove(personaRow);
            peopleRow = personaRow;
        }

        return new RowRoles(phaseRow, personaRow, personaRows, peopleRow, subRow, segments);
    }

    /// <summary>
    /// The stage columns split where a persona column changes person ("Maria" merged over her rows, then "Tom"),
    /// when each person has a journey of their own: two stages or more each, mostly the same stages again.
    /// Otherwise one segment.
    /// </summary>
    private List<List<int>> PersonaSegments(int personaRow, int header, List<int> columns)
    {
        if (personaRow < 0)
        {
            return [columns];
        }

        var segments = new List<List<int>> { new() };
        string? current = null;
        foreach (var c in columns)
        {
            if (view.Text(personaRow, c) is { } name)
            {
                if (current is not null && StageNames.Key(name) != current && segments[^1].Count > 0)
                {
                    segments.Add([]);
                }

                current = StageNames.Key(name);
            }

            segments[^1].Add(c);
        }

        var names = segments.Select(segment => segment.Select(c => view.Text(header, c)).OfType<string>().Select(StageNames.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var ownJourneys = segments.Count > 1 && names.All(n => n.Count >= 2)
            && names.Select((n, i) => n.Count(name => names.Where((_, j) => j != i).Any(other => other.Contains(name)))).Select((shared, i) => shared * 2 >= names[i].Count).All(x => x);
        return ownJourneys ? segments : [columns];
    }

    private int FindHeaderRow(int labelColumn, int firstLabelRow)
    {
        var topmostLabelled = -1;
        for (var r = firstLabelRow - 1; r >= 0 && !view.IsTaken(r, labelColumn); r--)
        {
            var label = view.Text(r, labelColumn);
            var hasNames = HasTextToTheRight(r, labelColumn);
            if (label is null)
            {
                // A column of sub-row labels with no header ("Ancien élève / Nouvel élève") right after "Etapes": the stages are there.
                return hasNames && !(r > 0 && !view.IsTaken(r - 1, labelColumn) && view.Text(r - 1, labelColumn) is { } above && Lexicon.IsStageHeader(above))
                    ? r
                    : hasNames ? r - 1 : topmostLabelled;
            }

            if (Lexicon.IsStageHeader(label))
            {
                // "Etapes" merged over the stage names and a column of sub-rows: the stages are in its first row.
                while (r > 0 && view.Identity(r - 1, labelColumn) == view.Identity(r, labelColumn))
                {
                    r--;
                }

                return r;
            }

            if (!hasNames)
            {
                return topmostLabelled;
            }

            // A labelled row above the first recognised lane: a custom lane, or the stage row with a title in its corner.
            topmostLabelled = r;
        }

        return topmostLabelled;
    }

    private bool HasTextToTheRight(int row, int labelColumn)
    {
        var limit = Math.Min(view.Columns, labelColumn + 1 + 64);
        for (var c = labelColumn + 1; c < limit; c++)
        {
            if (view.IsTaken(row, c))
            {
                break;
            }

            if (!view.IsEmpty(row, c))
            {
                return true;
            }
        }

        return false;
    }

    private List<int> ProvisionalStageColumns(int header, int labelColumn)
    {
        var columns = new List<int>();
        var blanks = 0;
        for (var c = labelColumn + 1; c < view.Columns && !view.IsTaken(header, c); c++)
        {
            var text = view.Text(header, c);
            if (text is null)
            {
                if (++blanks > MaxBlankHeaders)
                {
                    break;
                }

                columns.Add(c);
                continue;
            }

            // A row merged across the whole table ("Out of scope from here down") divides it from what follows.
            if (header + 1 < view.Rows && view.Identity(header, c) == view.Identity(header + 1, c))
            {
                break;
            }

            // Another table starts here: its own stage keyword, or lane labels after a spacer.
            if (Lexicon.IsStageHeader(text) || (blanks > 0 && view.LaneKindAt(header, c) is not null))
            {
                break;
            }

            blanks = 0;
            columns.Add(c);
        }

        return columns;
    }

    private (List<int> Rows, int LastRow) ReadLaneRows(int header, int labelColumn, List<int> columns)
    {
        var rows = new List<int>();
        var lastRow = header;
        var blankRun = 0;
        for (var r = header + 1; r < view.Rows && !view.IsTaken(r, labelColumn); r++)
        {
            var label = view.Text(r, labelColumn);
            var content = HasContent(r, columns);
            if (label is null && !content)
            {
                if (++blankRun > MaxBlankRows)
                {
                    break;
                }

                continue;
            }

            if (label is not null && Lexicon.IsStageHeader(label) && view.Identity(r, labelColumn) != view.Identity(header, labelColumn))
            {
                break; // the stage row of another grid
            }

            if (blankRun > 0 && (label is null || (view.LaneKindAt(r, labelColumn) is null && !content)))
            {
                break; // after a gap, only more lanes continue the grid
            }

            if (label is not null && !content && view.LaneKindAt(r, labelColumn) is null && IsKeyValueLine(label))
            {
                break; // "Source: interviews, March" under the grid is a note, not a lane
            }

            if (LooksLikeHeaderOfAnotherTable(r, columns))
            {
                break;
            }

            blankRun = 0;
            rows.Add(r);
            lastRow = r;
        }

        return (rows, lastRow);
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

    private static bool IsPersonaLabel(string? label) => label is not null && Lexicon.PersonaKeyOf(label) == CommonTerms.PersonaKey.Name;

    /// <summary>The people a persona column names, once each however often the name is repeated or merged down.</summary>
    private List<Persona> PersonasOf(List<int> rows, List<int> columns)
    {
        var personas = new List<Persona>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            foreach (var c in columns)
            {
                if (view.Text(r, c) is { } name && seen.Add(StageNames.Key(name)))
                {
                    personas.Add(PersonaReader.FromLine(name, view.Source(r, c)));
                }
            }
        }

        return personas;
    }

    private (List<int> Rows, int LastRow) TableLaneRows(TableShape table, List<int> columns)
    {
        var rows = new List<int>();
        for (var r = table.Top; r <= table.Bottom; r++)
        {
            if (r != table.StageRow && !view.IsTaken(r, table.LabelColumn) && (view.Text(r, table.LabelColumn) is not null || HasContent(r, columns)))
            {
                rows.Add(r);
            }
        }

        return (rows, table.Bottom);
    }

    private bool HasContent(int row, List<int> columns)
    {
        foreach (var c in columns)
        {
            if (!view.IsEmpty(row, c))
            {
                return true;
            }
        }

        return false;
    }

    // Content may mention lanes ("Staff greet guests"); another table's header names them exactly.
    private bool LooksLikeHeaderOfAnotherTable(int row, List<int> columns) => NamesSeveralLanes(columns.Select(c => (row, c)));

    // A header names each lane once, and is mostly lane names: Doing, Feeling, Doing… is a column of a long table
    // saying each row's lane, and a row of content with "Medium" and "Satisfaction" in it is still content.
    private bool NamesSeveralLanes(IEnumerable<(int Row, int Column)> cells)
    {
        var kinds = new HashSet<LaneKind>();
        var filled = 0;
        foreach (var (row, column) in cells)
        {
            filled += view.IsEmpty(row, column) ? 0 : 1;
            if (view.LaneKindAt(row, column) is not null && Lexicon.ExactLaneKindOf(view.Text(row, column)!) is { } kind && !kinds.Add(kind))
            {
                return false;
            }
        }

        return kinds.Count >= 2 && kinds.Count * 2 >= filled;
    }

    private static bool IsKeyValueLine(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon > 0 && colon < text.Length - 1;
    }

    private List<int> FinalStageColumns(int header, List<int> columns, List<int> laneRows)
    {
        var final = new List<int>(columns.Count);
        foreach (var c in columns)
        {
            if (IsForeignColumn(c, laneRows))
            {
                break;
            }

            final.Add(c);
        }

        // Trailing columns with neither a stage name nor content are spacers, not stages.
        while (final.Count > 0 && view.IsEmpty(header, final[^1]) && !ColumnHasContent(final[^1], laneRows))
        {
            final.RemoveAt(final.Count - 1);
        }

        return final;
    }

    private bool IsForeignColumn(int column, List<int> laneRows) => NamesSeveralLanes(laneRows.Select(r => (r, column)));

    private bool ColumnHasContent(int column, List<int> laneRows)
    {
        foreach (var r in laneRows)
        {
            if (!view.IsEmpty(r, column))
            {
                return true;
            }
        }

        return false;
    }

    private List<RawStage> ReadStages(int header, List<int> columns, List<int> laneRows, Dictionary<int, int> stageOfColumn)
    {
        var stages = new List<RawStage>();
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previousKey = null;
        foreach (var c in columns)
        {
            var text = view.Text(header, c);
            if (text is null)
            {
                // No name: the column continues the stage before it, or is a spacer.
                if (stages.Count > 0 && ColumnHasContent(c, laneRows))
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
                problems.Add(Problem.Warning(
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

        return stages;
    }

    private bool IsPhaseRow(int row, int labelColumn, List<int> columns)
    {
        if (view.IsTaken(row, labelColumn))
        {
            return false;
        }

        var label = view.Text(row, labelColumn);
        if (label is not null)
        {
            return Lexicon.IsPhaseHeader(label);
        }

        // Without a "Phase" label, a phase row is recognised by headers merged over several stage columns,
        // but not by one title merged over the whole width.
        var spans = new HashSet<int>();
        var merged = false;
        foreach (var c in columns)
        {
            if (view.IsEmpty(row, c))
            {
                continue;
            }

            spans.Add(view.Identity(row, c));
            merged |= view.IsMergedAcross(row, c);
        }

        var coversAll = spans.Count == 1 && columns.All(c => !view.IsEmpty(row, c));
        return merged && !coversAll;
    }

    private List<Phase> ReadPhases(int row, List<int> columns, Dictionary<int, int> stageOfColumn)
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

    /// <summary>
    /// In a fully long table ("Persona | Stage | Lane | Notes": Doing, Feeling, Doing, Feeling…) one column names
    /// the lane of each row: lane words the vocabulary knows, a few of them, each written again and again.
    /// </summary>
    private int? LaneNameRow(List<int> rows, List<int> columns)
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
    private List<RawLane> PivotLanes(int nameRow, List<int> rows, List<int> columns, Dictionary<int, int> stageOfColumn, int stageCount)
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

    private static readonly HashSet<string> Marks = new(StringComparer.OrdinalIgnoreCase) { "x", "✓", "✔", "✗", "•", "●", "*", "+", "v", "yes", "1" };

    /// <summary>
    /// Lane groups merged down the column before the labels (a blueprint's User, Channels, Backstage): a sub-lane
    /// the vocabulary cannot type takes its group's kind, and a group whose sub-lanes only hold marks ("x" under
    /// Face to face, Web, Phone) is one lane listing, per stage, the sub-lanes marked there.
    /// </summary>
    private List<RawLane> Grouped(List<RawLane> lanes, List<int> rows, int labelColumn, int stageCount)
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

    private List<RawLane> BuildLanes(List<int> rows, int labelColumn, List<int> columns, Dictionary<int, int> stageOfColumn, int stageCount, int subRow = -1)
    {
        var lanes = new List<RawLane>();
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
                problems.Add(Problem.Warning(
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

        return lanes;
    }
}
