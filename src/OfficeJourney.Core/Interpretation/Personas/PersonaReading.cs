using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Model;

namespace OfficeJourney.Interpretation.Personas;

/// <summary>The personas found on a sheet, and the cells they took.</summary>
internal sealed record PersonaReading(List<Persona> Personas, CellClaims Taken);
