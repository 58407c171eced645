using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation.Personas;

/// <summary>
/// Finds the personas on a sheet: tables of one persona a row, and key/value blocks (Name, Age, Goals…). Read
/// before the grid search, since persona keys such as "Goals" are lane labels too.
/// </summary>
internal static class PersonaReader
{
    public static PersonaReading Read(SheetView sheet)
    {
        var view = sheet.Draft();

        // One persona per row under "Name | Age | Role | Goals…" first: its header keys would read as a column block.
        var personas = PersonaTableReader.Read(view);
        PersonaBlockReader.Read(view, personas);
        return new PersonaReading(personas, view.Claims);
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
}
