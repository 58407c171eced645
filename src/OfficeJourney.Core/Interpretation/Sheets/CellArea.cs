namespace OfficeJourney.Interpretation.Sheets;

/// <summary>A rectangle of cells, its first and last rows and columns included.</summary>
internal readonly record struct CellArea(int Top, int Left, int Bottom, int Right)
{
    public bool Contains(int row, int column) => row >= Top && row <= Bottom && column >= Left && column <= Right;

    /// <summary>The same cells with rows and columns swapped, as a transposed view sees them.</summary>
    public CellArea Transposed() => new(Left, Top, Right, Bottom);
}
