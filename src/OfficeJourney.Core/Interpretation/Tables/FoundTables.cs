using OfficeJourney.Interpretation.Sheets;

namespace OfficeJourney.Interpretation.Tables;

/// <summary>The tables found by their shape; the tables too large to be a journey are taken and reported once each.</summary>
internal sealed record FoundTables(IReadOnlyList<FoundTable> Tables, IReadOnlyList<Problem> Problems, CellClaims Taken);
