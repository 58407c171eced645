using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Turns a read (and evaluated) sheet into the <see cref="SheetGrid"/> of its used range. A formula that was not
/// evaluated keeps its text ("=INDIRECT(A1)") in the cell and is listed in <see cref="SheetGrid.UnreadFormulas"/>.
/// </summary>
internal static class SheetGridBuilder
{
    public static SheetGrid Build(RawSheet sheet, WorkbookReadOptions options, string fileName, CellBudget budget)
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
            return new SheetGrid(sheet.Name, new CellAddress(1, 1), 0, 0, [], rightToLeft: sheet.RightToLeft, pictures: sheet.Pictures);
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

        budget.Take((long)rows * columns, sheet.Name);
        var values = new CellValue[rows * columns];
        foreach (var (r, c, value) in cells)
        {
            values[((r - top) * columns) + (c - left)] = value;
        }

        return new SheetGrid(sheet.Name, new CellAddress(top, left), rows, columns, values, sheet.Merges, sheet.HiddenRows, HiddenColumnsWithin(sheet.HiddenColumns, left, right), sheet.RightToLeft, unread, sheet.Pictures);
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
