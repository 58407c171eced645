namespace OfficeJourney.Interpretation.Options;

public enum GridOrientation
{
    /// <summary>Detect from the labels.</summary>
    Auto,

    /// <summary>Stages across the columns, lanes down the first column.</summary>
    StagesAcross,

    /// <summary>Stages down the rows, lanes across the header row.</summary>
    StagesDown,
}

public sealed record InterpretOptions
{
    public static readonly InterpretOptions Default = new();

    public GridOrientation Orientation { get; init; } = GridOrientation.Auto;

    /// <summary>Cells (rows × columns) a sheet may have before it is refused as oversized.</summary>
    public int MaxCellsPerSheet { get; init; } = 2_000_000;

    /// <summary>
    /// Filled cells a sheet may hold to be read as journeys: 200 stages × 500 lanes, the largest map. A sheet
    /// with more is a data dump; reading it would cost seconds and gigabytes for nothing.
    /// </summary>
    public int MaxFilledCellsPerSheet { get; init; } = 100_000;

    /// <summary>
    /// Filled cells read from one workbook (or one task-pane read) in all. The smallest sheets are read first,
    /// so journeys beside a large data sheet are still read.
    /// </summary>
    public int MaxFilledCellsPerWorkbook { get; init; } = 100_000;

    public int MaxStages { get; init; } = 200;

    public int MaxLanes { get; init; } = 500;
}
