namespace OfficeJourney.Excel.Reading;

/// <summary>The cells a whole workbook may bring into memory, spent sheet by sheet before each grid is made.</summary>
internal sealed class CellBudget(long limit, string fileName)
{
    private long spent;

    public void Take(long cells, string sheet)
    {
        spent += cells;
        if (spent > limit)
        {
            throw new WorkbookRefusedException(
                RefusalReason.TooLarge,
                $"{fileName}: with the sheet \"{sheet}\" its sheets use {spent} cells in all (rows × columns of each used range); OfficeJourney reads at most {limit}. Save the journey on a workbook of its own, or clear the far cells that stretch a sheet.",
                fileName);
        }
    }
}
