namespace OfficeJourney.Interpretation.Tables;

/// <summary>
/// A table found by its shape, and whether its stages run down (read through the transposed view). A list of
/// scores has no headers at all: its shape is in sheet view coordinates, names in the label column, scores at the right.
/// </summary>
internal readonly record struct FoundTable(bool Down, TableShape Shape, bool ScoreList);
