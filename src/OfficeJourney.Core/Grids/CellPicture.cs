namespace OfficeJourney.Grids;

public enum PictureKind : byte
{
    Picture,
    Shape,
    Connector,
    Chart,

    /// <summary>A group of shapes, or a drawing object the reader does not name.</summary>
    Other,
}

/// <summary>
/// A picture or shape drawn over the sheet and anchored to cells: people draw emoji as images on the feelings row
/// and arrows between cells, and those carry meaning the cell values do not.
/// </summary>
/// <param name="Anchor">The cells it covers, in sheet coordinates (a single cell for a one-cell anchor).</param>
/// <param name="Description">The alt text, else the title, else (for shapes) its short text; null when it has none.</param>
public sealed record CellPicture(CellRange Anchor, PictureKind Kind, string? Description);
