namespace OfficeJourney.Interpretation.Sheets;

/// <summary>
/// The cells one reader took on its draft of a sheet (<see cref="SheetView.Draft"/>), in the sheet's own
/// (untransposed) coordinates, so that the interpreter can mark them through either view of the sheet.
/// </summary>
internal sealed class CellClaims(int rows, int columns)
{
    // Looking through a few areas costs least; a reader that takes many (a persona table takes one a row) gets a mark a cell.
    private const int AreasLookedThrough = 8;

    private readonly List<CellArea> areas = [];
    private bool[]? marks;

    public IReadOnlyList<CellArea> Areas => areas;

    public void Add(CellArea area)
    {
        areas.Add(area);
        if (marks is not null)
        {
            Mark(area);
        }
    }

    public bool Contains(int row, int column)
    {
        if (areas.Count > AreasLookedThrough)
        {
            if (marks is null)
            {
                marks = new bool[rows * columns];
                foreach (var area in areas)
                {
                    Mark(area);
                }
            }

            return marks[(row * columns) + column];
        }

        for (var i = 0; i < areas.Count; i++)
        {
            if (areas[i].Contains(row, column))
            {
                return true;
            }
        }

        return false;
    }

    private void Mark(CellArea area)
    {
        for (var r = area.Top; r <= area.Bottom; r++)
        {
            Array.Fill(marks!, true, (r * columns) + area.Left, area.Right - area.Left + 1);
        }
    }
}
