namespace OfficeJourney.Excel.Reading;

/// <summary>Limits on an untrusted workbook, checked before and while it is parsed.</summary>
public sealed record WorkbookReadOptions
{
    public static WorkbookReadOptions Default { get; } = new();

    /// <summary>Largest file accepted. Journey workbooks are kilobytes; 30 MB leaves room for pictures.</summary>
    public long MaxFileBytes { get; init; } = 30L * 1024 * 1024;

    /// <summary>Largest total size of all zip entries once decompressed.</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    public int MaxEntries { get; init; } = 2_000;

    /// <summary>Highest decompression ratio for an entry of more than a megabyte (XML compresses ~10–20×; bombs 1000×).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Largest XML part, in characters (the Open XML SDK's own guard, 0 would be unlimited).</summary>
    public long MaxCharactersInPart { get; init; } = 100L * 1024 * 1024;

    /// <summary>Largest used range of one sheet (rows × columns) that is read into memory.</summary>
    public int MaxCellsPerSheet { get; init; } = 2_000_000;

    /// <summary>
    /// Cells written in all sheets read (with a value, a formula, or only a style). The largest map is 100,000
    /// cells, and parsing a cell costs about 2 µs: twice that many is read in well under a second, while a
    /// data dump is refused before it costs seconds and gigabytes.
    /// </summary>
    public long MaxCellsWritten { get; init; } = 200_000;

    public int MaxSheets { get; init; } = 100;

    /// <summary>
    /// Used ranges of all sheets together (rows × columns): a hundred sheets each with A1 and B1000000 are small
    /// files but two hundred million cells to hold. Twice the largest sheet: a journey and its neighbours fit.
    /// </summary>
    public long MaxCellsPerWorkbook { get; init; } = 4_000_000;

    /// <summary>Longest formula evaluated when a file saved one without its value (Excel's own limit).</summary>
    public int MaxFormulaLength { get; init; } = 8_192;

    /// <summary>References to other value-less formulas followed in one go; longer chains are resumed from their far end.</summary>
    public int MaxFormulaDepth { get; init; } = 128;

    /// <summary>Work (tokens, operations, cells visited) spent evaluating one workbook's value-less formulas.</summary>
    public long MaxFormulaSteps { get; init; } = 2_000_000;

    /// <summary>Longest text an evaluated formula may produce (what one Excel cell holds).</summary>
    public int MaxTextLength { get; init; } = 32_767;

    /// <summary>Pictures and shapes read from one sheet's drawing; the rest are left out.</summary>
    public int MaxPicturesPerSheet { get; init; } = 10_000;
}
