namespace OfficeJourney.Interpretation.Tables;

/// <summary>
/// A table as the sheet's structure shows it, in the coordinates of an oriented <see cref="Sheets.SheetView"/>: its bounds,
/// the column of lane labels and the row of stage names (which need not be the first: "Touchpoint | Stage | …").
/// </summary>
internal readonly record struct TableShape(int Top, int Bottom, int LabelColumn, int Right, int StageRow);
