using OfficeJourney.Interpretation.Sheets;

namespace OfficeJourney.Interpretation.GridReaders;

/// <summary>What reading one table as a journey grid gave; none of it reaches the sheet or the log until the interpreter keeps it.</summary>
/// <param name="Grids">One grid, or one per persona where a persona column splits the table; none when it is no map.</param>
/// <param name="Problems">What was met reading the grids.</param>
/// <param name="Taken">The cells the table took.</param>
/// <param name="Stageless">
/// A table with lane labels but no stage names is not a map. Whether that is an error depends on the rest of the
/// workbook (a persona's "Pain point | Impact" table beside a good map is not), so it is told apart.
/// </param>
/// <param name="RefusedLabels">The label cells of a table given up, in the coordinates of the view it was read through.</param>
internal sealed record GridReading(
    IReadOnlyList<RawGrid> Grids,
    IReadOnlyList<Problem> Problems,
    CellClaims Taken,
    Problem? Stageless = null,
    CellArea? RefusedLabels = null);
