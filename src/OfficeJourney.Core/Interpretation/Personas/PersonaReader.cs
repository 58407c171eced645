using OfficeJourney.Diagnostics;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation.Personas;

/// <summary>The personas found on a sheet, and the cells they took.</summary>
internal sealed record PersonaReading(List<Persona> Personas, CellClaims Taken);

/// <summary>
/// Finds persona key/value blocks (Name, Age, Goals, Motivations…) on a sheet: one value column per
/// persona, side by side blocks of one persona merged into it. Taken before the grid search, since
/// persona keys such as "Goals" are lane labels too.
/// </summary>
internal static class PersonaReader
{
    private const int MaxValueColumns = 12;

    private sealed record Entry(int Row, PersonaKey Key, string Label, string? Inline);

    public static PersonaReading Read(SheetView sheet)
    {
        var view = sheet.Draft();
        // One persona per row under "Name | Age | Role | Goals…" first: its header keys would read as a column block.
        var personas = ReadRowTables(view);
        var blocks = new List<(int Column, List<Entry> Entries)>();
        for (var c = 0; c < view.Columns; c++)
        {
            for (var r = 0; r < view.Rows; r++)
            {
                if (CollectBlock(view, r, c, out var next) is { } entries)
                {
                    blocks.Add((c, entries));
                }

                r = Math.Max(r, next - 1);
            }
        }

        var owners = new List<(int Top, int Bottom, int Persona)>();
        foreach (var (column, entries) in blocks.Where(b => IsPersonaBlock(b.Entries)))
        {
            ReadBlock(view, column, entries, personas, into: null);
            owners.Add((entries[0].Row, entries[^1].Row, personas.Count - 1));
        }

        // A block without a name beside a persona's ("Goals / Motivation / Frustrations" next to "Name / Age") adds to that persona.
        foreach (var (column, entries) in blocks.Where(b => b.Entries.Count >= 2 && !IsPersonaBlock(b.Entries)))
        {
            foreach (var owner in owners)
            {
                if (owner.Top <= entries[^1].Row && entries[0].Row <= owner.Bottom)
                {
                    ReadBlock(view, column, entries, personas, into: owner.Persona);
                    break;
                }
            }
        }

        return new PersonaReading(personas, view.Claims);
    }

    /// <summary>
    /// A table of personas, one per row: a header row holding a name key and at least two other persona keys
    /// ("Name | Age | Role | Goals | Objections", "Alias | FirstName | DisplayName | JobTitle…"), each row below it
    /// a person. Every column is kept (an unknown header becomes a field of that name); a row without a name
    /// (a line explaining the columns) is left for the notes.
    /// </summary>
    private static List<Persona> ReadRowTables(SheetView view)
    {
        var personas = new List<Persona>();
        for (var r = 0; r + 1 < view.Rows; r++)
        {
            for (var c = 0; c < view.Columns; c++)
            {
                if (view.IsEmpty(r, c) || view.IsTaken(r, c) || (c > 0 && !view.IsEmpty(r, c - 1)))
                {
                    continue; // not the start of a run of headers
                }

                var right = c;
                while (right + 1 < view.Columns && !view.IsEmpty(r, right + 1) && !view.IsTaken(r, right + 1))
                {
                    right++;
                }

                var nameColumn = -1;
                var keys = 0;
                for (var k = c; k <= right; k++)
                {
                    if (KeyAt(view, r, k) is { } key)
                    {
                        keys++;
                        nameColumn = nameColumn < 0 && key == PersonaKey.Name ? k : nameColumn;
                    }
                }

                if (nameColumn >= 0 && keys >= 3)
                {
                    ReadRowTable(view, r, c, right, nameColumn, personas);
                }

                c = right;
            }
        }

        return personas;
    }

    private static void ReadRowTable(SheetView view, int header, int left, int right, int nameColumn, List<Persona> personas)
    {
        var bottom = header;
        for (var row = header + 1; row < view.Rows && !IsBlank(view, row, left, right); row++)
        {
            bottom = row;
            if (view.IsTaken(row, nameColumn) || view.OwnText(row, nameColumn) is not { } name)
            {
                continue;
            }

            var builder = new PersonaBuilder();
            builder.Add(PersonaKey.Name, "Name", name);
            for (var column = left; column <= right; column++)
            {
                if (column != nameColumn && view.Text(header, column) is { } label && view.Text(row, column) is { } value)
                {
                    builder.Add(KeyAt(view, header, column) ?? PersonaKey.Other, KeyValue.KeyOf(label), value);
                }
            }

            personas.Add(builder.Build(null, view.Source(row, nameColumn)));
            view.Take(row, left, row, right);
        }

        if (bottom > header)
        {
            view.Take(header, left, header, right);
        }
    }

    private static bool IsBlank(SheetView view, int row, int left, int right)
    {
        for (var c = left; c <= right; c++)
        {
            if (!view.IsEmpty(row, c) && !view.IsTaken(row, c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>On a sheet that holds personas only, what else is written there belongs to the first persona: "Budget | €100".</summary>
    public static List<Persona> WithLeftovers(SheetView view, List<Persona> personas)
    {
        var fields = new List<Field>();
        for (var r = 0; r < view.Rows; r++)
        {
            for (var c = 0; c < view.Columns; c++)
            {
                if (view.IsTaken(r, c) || view.OwnText(r, c) is not { } text)
                {
                    continue;
                }

                if (c + 1 < view.Columns && !view.IsTaken(r, c + 1) && view.OwnText(r, c + 1) is { } value && text.Length <= 40)
                {
                    fields.Add(new Field(KeyValue.KeyOf(text), value));
                    c++;
                }
                else
                {
                    fields.Add(KeyValue.TrySplit(text, out var key, out var inline) ? new Field(key, inline) : new Field(string.Empty, text));
                }
            }
        }

        return fields.Count == 0 ? personas : [personas[0] with { Fields = [.. personas[0].Fields, .. fields] }, .. personas.Skip(1)];
    }

    private static List<Entry>? CollectBlock(SheetView view, int start, int column, out int next)
    {
        next = start + 1;
        if (KeyAt(view, start, column) is null)
        {
            return null;
        }

        var entries = new List<Entry>();
        var gap = 0;
        var r = start;
        for (; r < view.Rows; r++)
        {
            var text = view.IsTaken(r, column) ? null : view.OwnText(r, column);
            if (text is null)
            {
                if (++gap > 1)
                {
                    break;
                }

                continue;
            }

            if (KeyAt(view, r, column) is not { } key)
            {
                break;
            }

            KeyValue.TrySplit(text, out _, out var inline);
            entries.Add(new Entry(r, key, KeyValue.KeyOf(text), inline.Length > 0 ? inline : null));
            gap = 0;
        }

        next = r;
        return entries;
    }

    private static PersonaKey? KeyAt(SheetView view, int row, int column) =>
        view.IsTaken(row, column) ? null : view.PersonaKeyAt(row, column);

    private static bool IsPersonaBlock(List<Entry> entries)
    {
        var named = entries.Any(e => e.Key == PersonaKey.Name);
        var personaOnly = entries.Count(e => e.Key is PersonaKey.Name or PersonaKey.Description or PersonaKey.Demographics or PersonaKey.Motivations or PersonaKey.Objections
            || (e.Key == PersonaKey.Other && Lexicon.LaneKindOf(e.Label) is null));
        return (named && entries.Count >= 2) || personaOnly >= 3;
    }

    private static void ReadBlock(SheetView view, int keyColumn, List<Entry> entries, List<Persona> personas, int? into)
    {
        var valueColumns = ValueColumns(view, keyColumn, entries);
        var named = entries.Any(e => e.Key == PersonaKey.Name);
        foreach (var column in valueColumns.DefaultIfEmpty(-1))
        {
            var builder = new PersonaBuilder();
            foreach (var entry in entries)
            {
                var value = entry.Inline ?? (column >= 0 ? view.Text(entry.Row, column) : null);
                if (value is not null)
                {
                    builder.Add(entry.Key, entry.Label, value);
                }
            }

            var source = view.Source(entries[0].Row, keyColumn);
            if (into is { } target)
            {
                personas[target] = builder.MergeInto(personas[target]);
            }
            else if (!named && personas.Count > 0)
            {
                // A block beside a named one (e.g. "Goals & motivation" next to "Demographics") describes the same persona.
                personas[^1] = builder.MergeInto(personas[^1]);
            }
            else
            {
                personas.Add(builder.Build(named ? null : view.Sheet, source));
            }
        }

        var right = valueColumns.Count > 0 ? valueColumns[^1] : keyColumn;
        foreach (var entry in entries)
        {
            view.Take(entry.Row, keyColumn, entry.Row, right);
        }
    }

    private static List<int> ValueColumns(SheetView view, int keyColumn, List<Entry> entries)
    {
        if (entries.All(e => e.Inline is not null))
        {
            return [];
        }

        // One value column per persona: as many as the name row (or the first row) has values side by side.
        var row = entries.FirstOrDefault(e => e.Key == PersonaKey.Name)?.Row ?? entries[0].Row;
        var columns = new List<int>();
        var start = keyColumn + 1;
        while (start < view.Columns && start <= keyColumn + 2 && view.IsEmpty(row, start))
        {
            start++;
        }

        for (var c = start; c < view.Columns && c <= keyColumn + MaxValueColumns; c++)
        {
            if (view.IsEmpty(row, c) || view.IsTaken(row, c) || (columns.Count > 0 && view.Identity(row, c) == view.Identity(row, columns[^1])))
            {
                if (view.IsEmpty(row, c) || view.IsTaken(row, c))
                {
                    break;
                }

                continue;
            }

            if (columns.Count > 0 && entries.Any(e => view.LaneKindAt(e.Row, c) is not null || Lexicon.PersonaKeyOf(KeyValue.KeyOf(view.Text(e.Row, c) ?? string.Empty)) is not null))
            {
                break; // the next block's keys, not another persona
            }

            columns.Add(c);
        }

        return columns;
    }

    private sealed class PersonaBuilder
    {
        private readonly List<string> goals = [];
        private readonly List<string> motivations = [];
        private readonly List<string> objections = [];
        private readonly List<Field> fields = [];
        private string? name;
        private string? description;
        private string? demographics;

        public void Add(PersonaKey key, string label, string value)
        {
            switch (key)
            {
                case PersonaKey.Name when name is null:
                    SplitNameLine(value);
                    break;
                case PersonaKey.Description:
                    description = Append(description, value);
                    break;
                case PersonaKey.Demographics:
                    demographics = Append(demographics, value);
                    break;
                case PersonaKey.Goals:
                    goals.AddRange(ItemSplitter.Split(value, listLane: false));
                    break;
                case PersonaKey.Motivations:
                    motivations.AddRange(ItemSplitter.Split(value, listLane: false));
                    break;
                case PersonaKey.Objections:
                    objections.AddRange(ItemSplitter.Split(value, listLane: false));
                    break;
                default:
                    fields.Add(new Field(label, value));
                    break;
            }
        }

        public Persona Build(string? fallbackName, SourceRef source) => new()
        {
            Name = name ?? fallbackName ?? "Persona",
            Description = description,
            Demographics = demographics,
            Goals = goals,
            Motivations = motivations,
            Objections = objections,
            Fields = fields,
            Source = source,
        };

        public Persona MergeInto(Persona persona) => persona with
        {
            Description = persona.Description ?? description,
            Demographics = persona.Demographics ?? demographics,
            Goals = [.. persona.Goals, .. goals],
            Motivations = [.. persona.Motivations, .. motivations],
            Objections = [.. persona.Objections, .. objections],
            Fields = [.. persona.Fields, .. fields],
        };

        // "Maya, 34, first-time buyer": the name, then a description.
        private void SplitNameLine(string value)
        {
            var comma = value.IndexOfAny([',', '،', '—', '–']);
            if (comma > 0 && comma < 40)
            {
                name = value[..comma].Trim();
                description = Append(description, value[(comma + 1)..].Trim());
            }
            else
            {
                name = value.Trim();
            }
        }

        private static string Append(string? existing, string value) => existing is null ? value : existing + "\n" + value;
    }

    public static Persona FromLine(string value, SourceRef source)
    {
        var builder = new PersonaBuilder();
        builder.Add(PersonaKey.Name, "Name", value);
        return builder.Build(null, source);
    }
}
