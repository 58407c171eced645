using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading.Formulas;

/// <summary>
/// A formula cell saved without a value: its text as written, then what evaluation made of it
/// (a value, or the reason it was left as written).
/// </summary>
internal sealed class PendingFormula(CellAddress cell, string text, string? refusal)
{
    public CellAddress Cell { get; } = cell;

    /// <summary>The formula without "=", as the SDK gives it (unescaped).</summary>
    public string Text { get; } = text;

    /// <summary>Set when the reader already knows it will not evaluate it (array and shared formulas, too long).</summary>
    public string? Refusal { get; } = refusal;

    public FormulaNode? Node { get; set; }

    public PendingState State { get; set; }

    public CellValue Value { get; set; }

    public string? Reason { get; set; }

    /// <summary>Set on every cell of a circular reference when it is found, so each names the cycle, not its neighbour.</summary>
    public string? CycleReason { get; set; }
}

internal enum PendingState : byte
{
    Unvisited,
    InProgress,
    Evaluated,
    Failed,
}
