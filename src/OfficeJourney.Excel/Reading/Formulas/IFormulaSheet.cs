using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>
/// A sheet as the evaluator sees it: its name, the formulas waiting for a value, and the cells a reference reads.
/// The reader's sheets implement it, so that the formula language knows nothing of how a workbook is read.
/// </summary>
internal interface IFormulaSheet
{
    string Name { get; }

    IReadOnlyList<PendingFormula> Formulas { get; }

    /// <summary>What a cell holds: a value, a pending formula, or nothing (false).</summary>
    bool TryFind(CellAddress cell, out CellValue value, out PendingFormula? formula);

    /// <summary>The filled cells of a range in row order (or every cell when <paramref name="blanks"/>).</summary>
    IEnumerable<CellAddress> CellsIn(CellRange range, bool blanks);
}
