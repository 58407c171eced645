namespace OfficeJourney.Interpretation;

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

    public int MaxStages { get; init; } = 200;

    public int MaxLanes { get; init; } = 500;
}
