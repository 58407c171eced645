namespace OfficeJourney.Grids;

/// <summary>
/// A formula saved without its value that the reader did not evaluate (an unknown or volatile function, another
/// workbook, a circular reference…). The cell holds the formula as written ("=INDIRECT(A1)") so nothing vanishes;
/// this record lets the interpreter warn, naming the cell, the formula and why.
/// </summary>
/// <param name="Cell">The cell, in sheet coordinates.</param>
/// <param name="Formula">The formula as written in the file, without the leading "=".</param>
/// <param name="Reason">A short phrase that completes "not evaluated because …", such as "the function INDIRECT is not evaluated".</param>
public sealed record UnreadFormula(CellAddress Cell, string Formula, string Reason);
