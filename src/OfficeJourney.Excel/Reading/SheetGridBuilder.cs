using OfficeJourney.Excel.Reading.Formulas;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Turns read (and evaluated) sheets into the <see cref="SheetGrid"/>s of their used ranges. A formula that was not
/// evaluated keeps its text ("=INDIRECT(A1)") in the cell and is listed in <see cref="SheetGrid.UnreadFormulas"/>.
/// Every sheet's used range is measured and the workbook's cell budget spent before any grid is allocated, so a
/// workbook refused for its size costs what its cells do, not the grids of the sheets before the one that tips it.
/// </summary>
internal static class SheetGridBuilder
{
    public static SheetGrid[] Build(IReadOnlyList<RawSheet> sheets, WorkbookReadOptions options, string fileName)
    {
        var budget = new CellBudget(options.MaxCellsPerWorkbook, fileName);
        var layouts = new SheetLayout[sheets.Count];
        for (var i = 0; i < sheets.Count; i++)
        {
            layouts[i] = Measure(sheets[i], options, fileName);
            budget.Take((long)layouts[i].Rows * layouts[i].Columns, sheets[i].Name);
        }

        return [.. layouts.Select(Allocate)];
    }

    /// <summary>A sheet's filled cells (formulas turned into values or kept as text) and the used range they span.</summary>
    private sealed record SheetLayout(RawSheet Sheet, List<(int Row, int Column, CellValue Value)> Cells, List<UnreadFormula> Unread, int Top, int Left, int Rows, int Columns);

    private static SheetLayout Measure(RawSheet sheet, WorkbookReadOptions options, string fileName)
    {
        var cells = new List<(int Row, int Column, CellValue Value)>(sheet.Cells);
        var unread = new List<UnreadFormula>();
        foreach (var formula in sheet.Formulas)
        {
            if (formula.State == PendingState.Evaluated)
            {
                if (!formula.Value.IsEmpty)
                {
                    cells.Add((formula.Cell.Row, formula.Cell.Column, formula.Value));
                }

                continue;
            }

            var text = formula.Text.Length > options.MaxFormulaLength ? formula.Text[..options.MaxFormulaLength] + "…" : formula.Text;
            cells.Add((formula.Cell.Row, formula.Cell.Column, CellValue.FromText("=" + text)));
            unread.Add(new UnreadFormula(formula.Cell, text, formula.Reason ?? "it was not evaluated"));
        }

        if (cells.Count == 0)
        {
            return new SheetLayout(sheet, cells, unread, 1, 1, 0, 0);
        }

        int top = int.MaxValue, left = int.MaxValue, bottom = 0, right = 0;
        foreach (var (r, c, _) in cells)
        {
            top = Math.Min(top, r);
            bottom = Math.Max(bottom, r);
            left = Math.Min(left, c);
            right = Math.Max(right, c);
        }

        // Merged areas that start with a value may reach past the last value (a title merged across).
        foreach (var merge in sheet.Merges)
        {
            if (merge.First.Row >= top && merge.First.Row <= bottom && merge.First.Column >= left && merge.First.Column <= right)
            {
                bottom = Math.Max(bottom, Math.Min(merge.Last.Row, bottom + 64));
                right = Math.Max(right, Math.Min(merge.Last.Column, right + 64));
            }
        }

        var rows = bottom - top + 1;
        var columns = right - left + 1;
        if ((long)rows * columns > options.MaxCellsPerSheet)
        {
            throw new WorkbookRefusedException(
                RefusalReason.TooLarge,
                $"{fileName}: the sheet \"{sheet.Name}\" uses {rows} rows × {columns} columns; OfficeJourney reads at most {options.MaxCellsPerSheet} cells a sheet.",
                fileName);
        }

        return new SheetLayout(sheet, cells, unread, top, left, rows, columns);
    }

    private static SheetGrid Allocate(SheetLayout layout)
    {
        var sheet = layout.Sheet;
        if (layout.Rows == 0)
        {
            return new SheetGrid(sheet.Name, new CellAddress(1, 1), 0, 0, [], rightToLeft: sheet.RightToLeft, pictures: sheet.Pictures);
        }

        var values = new CellValue[layout.Rows * layout.Columns];
        foreach (var (r, c, value) in layout.Cells)
        {
            values[((r - layout.Top) * layout.Columns) + (c - layout.Left)] = value;
        }

        var right = layout.Left + layout.Columns - 1;
        return new SheetGrid(sheet.Name, new CellAddress(layout.Top, layout.Left), layout.Rows, layout.Columns, values, sheet.Merges, sheet.HiddenRows, HiddenColumnsWithin(sheet.HiddenColumns, layout.Left, right), sheet.RightToLeft, layout.Unread, sheet.Pictures);
    }

    /// <summary>The hidden columns inside the used range, each once however many ranges overlap there.</summary>
    private static HashSet<int> HiddenColumnsWithin(List<(int Min, int Max)> ranges, int left, int right)
    {
        var hidden = new HashSet<int>();
        var covered = left - 1;
        foreach (var (min, max) in ranges.Where(r => r.Max >= left && r.Min <= right).OrderBy(r => r.Min))
        {
            for (var c = Math.Max(min, covered + 1); c <= Math.Min(max, right); c++)
            {
                hidden.Add(c);
            }

            covered = Math.Max(covered, Math.Min(max, right));
        }

        return hidden;
    }
}
