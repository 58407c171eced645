using System.Globalization;

namespace OfficeJourney.Grids;

public enum CellValueKind : byte
{
    Empty,
    Text,
    Number,
    Boolean,
    Error,
}

/// <summary>
/// A cell's value as Office.js <c>range.values</c> gives it: text, a number, a boolean, an error,
/// or nothing. A formula cell holds its cached value (a workbook reader may evaluate simple formulas saved without one).
/// </summary>
public readonly record struct CellValue
{
    private readonly string? text;
    private readonly double number;

    private CellValue(CellValueKind kind, string? text, double number)
    {
        Kind = kind;
        this.text = text;
        this.number = number;
    }

    public static CellValue Empty => default;

    public CellValueKind Kind { get; }

    public bool IsEmpty => Kind == CellValueKind.Empty;

    public double Number => number;

    public static CellValue FromText(string? text) =>
        string.IsNullOrEmpty(text) ? Empty : new(CellValueKind.Text, text, 0);

    public static CellValue FromNumber(double value) => new(CellValueKind.Number, null, value);

    public static CellValue FromBoolean(bool value) => new(CellValueKind.Boolean, null, value ? 1 : 0);

    public static CellValue FromError(string code) => new(CellValueKind.Error, code, 0);

    /// <summary>The value as text, culture-invariant for numbers.</summary>
    public string AsText() => Kind switch
    {
        CellValueKind.Text or CellValueKind.Error => text!,
        CellValueKind.Number => number.ToString("R", CultureInfo.InvariantCulture),
        CellValueKind.Boolean => number != 0 ? "TRUE" : "FALSE",
        _ => string.Empty,
    };

    public override string ToString() => AsText();
}
