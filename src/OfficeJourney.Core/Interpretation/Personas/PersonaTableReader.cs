using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation.Personas;

/// <summary>Reads tables of personas, one a row.</summary>
internal static class PersonaTableReader
{
    /// <summary>
    /// A table of personas, one per row: a header row holding a name key and at least two other persona keys
    /// ("Name | Age | Role | Goals | Objections", "Alias | FirstName | DisplayName | JobTitle…"), each row below it
    /// a person. Every column is kept (an unknown header becomes a field of that name); a row without a name
    /// (a line explaining the columns) is left for the notes.
    /// </summary>
    public static List<Persona> Read(SheetView view)
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

    private static PersonaKey? KeyAt(SheetView view, int row, int column) =>
        view.IsTaken(row, column) ? null : view.PersonaKeyAt(row, column);
}
