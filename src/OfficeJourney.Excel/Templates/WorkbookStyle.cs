namespace OfficeJourney.Excel.Templates;

/// <summary>How a written journey workbook looks: the brand colour of its headers.</summary>
public sealed record WorkbookStyle
{
    public static WorkbookStyle Default { get; } = new();

    /// <summary>Header fill as RRGGBB.</summary>
    public string BrandColor { get; init; } = "2F5597";

    /// <summary>Phase band fill as RRGGBB.</summary>
    public string PhaseColor { get; init; } = "D9E2F3";

    public string LabelColor { get; init; } = "F2F2F2";

    public string BorderColor { get; init; } = "BFBFBF";
}
