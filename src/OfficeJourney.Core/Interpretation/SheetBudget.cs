using OfficeJourney.Grids;
using OfficeJourney.Interpretation.Options;

namespace OfficeJourney.Interpretation;

/// <summary>
/// Which sheets of a workbook are read within its budget of filled cells: the smallest first (journeys are small),
/// so that journeys beside a large data sheet are still read; each of the others with the reason it is not.
/// </summary>
internal sealed class SheetBudget
{
    private readonly InterpretOptions options;
    private readonly HashSet<SheetGrid> read = new(ReferenceEqualityComparer.Instance);

    public SheetBudget(IReadOnlyList<SheetGrid> sheets, InterpretOptions options)
    {
        this.options = options;
        long spent = 0;
        foreach (var sheet in sheets.Where(s => (long)s.Rows * s.Columns <= options.MaxCellsPerSheet).OrderBy(s => s.FilledCount))
        {
            if (sheet.FilledCount > options.MaxFilledCellsPerSheet || spent + sheet.FilledCount > options.MaxFilledCellsPerWorkbook)
            {
                break;
            }

            spent += sheet.FilledCount;
            read.Add(sheet);
        }
    }

    /// <summary>Why the sheet is not read; null when it is.</summary>
    public string? WhyNotRead(SheetGrid sheet) =>
        read.Contains(sheet) ? null
        : (long)sheet.Rows * sheet.Columns > options.MaxCellsPerSheet
            ? $"The sheet uses {sheet.Rows} rows × {sheet.Columns} columns; OfficeJourney reads at most {options.MaxCellsPerSheet} cells a sheet. Select the journey grid and read that."
        : sheet.FilledCount > options.MaxFilledCellsPerSheet
            ? $"The sheet holds {sheet.FilledCount} filled cells; a journey map has at most {options.MaxFilledCellsPerSheet} ({options.MaxStages} stages × {options.MaxLanes} lanes), so this sheet is not read. Select the journey grid and read that, or save the journey on a sheet of its own."
            : $"The sheet holds {sheet.FilledCount} filled cells, more than are left of the {options.MaxFilledCellsPerWorkbook} read from one workbook after its smaller sheets, so it is not read. Save the journey on a workbook of its own, or read this sheet alone.";
}
