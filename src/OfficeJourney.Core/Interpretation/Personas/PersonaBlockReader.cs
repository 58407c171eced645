using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation.Personas;

/// <summary>
/// Reads persona key/value blocks (Name, Age, Goals, Motivations…): one value column per persona, side by side
/// blocks of one persona merged into it.
/// </summary>
internal static class PersonaBlockReader
{
    private const int MaxValueColumns = 12;

    private sealed record Entry(int Row, PersonaKey Key, string Label, string? Inline);

    /// <summary>Reads the blocks into <paramref name="personas"/>: a block with a name is a persona of its own (one a value column).</summary>
    public static void Read(SheetView view, List<Persona> personas)
    {
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
}
