using OfficeJourney.Interpretation.Personas;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Tables;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>Tells what the rows around a grid's stage row are besides lanes: phases, personas, sub-row labels.</summary>
internal sealed class RowRoleReader(SheetView view)
{
    /// <summary>Sorts the rows around the stage row into phases, personas, sub-row labels and what is left of <paramref name="rows"/>: the lanes.</summary>
    public RowRoles Read(int header, int labelColumn, List<int> columns, List<int> rows, TableShape? table)
    {
        List<int> laneRows = [.. rows];
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

        return new RowRoles(laneRows, phaseRow, personaRow, personaRows, peopleRow, subRow, segments);
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

    private static bool IsPersonaLabel(string? label) => label is not null && Lexicon.PersonaKeyOf(label) == CommonTerms.PersonaKey.Name;

    /// <summary>The people a persona column names, once each however often the name is repeated or merged down.</summary>
    public List<Persona> PersonasOf(List<int> rows, List<int> columns)
    {
        var personas = new List<Persona>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            foreach (var c in columns)
            {
                if (view.Text(r, c) is { } name && seen.Add(StageNames.Key(name)))
                {
                    personas.Add(PersonaBuilder.FromLine(name, view.Source(r, c)));
                }
            }
        }

        return personas;
    }
}
