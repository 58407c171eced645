using System.Globalization;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading.Formulas;

internal enum FormulaValueKind : byte
{
    Blank,
    Number,
    Text,
    Boolean,
}

/// <summary>One value while a formula is evaluated, with Excel's conversions between kinds (culture-invariant).</summary>
internal readonly record struct FormulaValue(FormulaValueKind Kind, double Number, string? Text)
{
    public static FormulaValue Blank => default;

    public static FormulaValue FromNumber(double number) =>
        double.IsFinite(number) ? new(FormulaValueKind.Number, number, null) : throw Error("#NUM!");

    public static FormulaValue FromText(string text) => new(FormulaValueKind.Text, 0, text);

    public static FormulaValue FromBoolean(bool value) => new(FormulaValueKind.Boolean, value ? 1 : 0, null);

    public static FormulaValue FromCell(CellValue cell, string address) => cell.Kind switch
    {
        CellValueKind.Number => FromNumber(cell.Number),
        CellValueKind.Text => FromText(cell.AsText()),
        CellValueKind.Boolean => FromBoolean(cell.Number != 0),
        CellValueKind.Error => throw new FormulaNotEvaluatedException($"it refers to {address}, which holds the error {cell.AsText()}"),
        _ => Blank,
    };

    public double ToNumber() => Kind switch
    {
        FormulaValueKind.Number or FormulaValueKind.Boolean => Number,
        FormulaValueKind.Text when double.TryParse(Text!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) => n,
        FormulaValueKind.Text => throw Error("#VALUE!"),
        _ => 0,
    };

    public bool ToBoolean() => Kind switch
    {
        FormulaValueKind.Number or FormulaValueKind.Boolean => Number != 0,
        FormulaValueKind.Text when Text!.Equals("TRUE", StringComparison.OrdinalIgnoreCase) => true,
        FormulaValueKind.Text when Text!.Equals("FALSE", StringComparison.OrdinalIgnoreCase) => false,
        FormulaValueKind.Text => throw Error("#VALUE!"),
        _ => false,
    };

    /// <summary>The value as Excel's general format shows it: at most 15 significant digits.</summary>
    public string ToText() => Kind switch
    {
        FormulaValueKind.Number => Number == 0 ? "0" : Number.ToString("G15", CultureInfo.InvariantCulture),
        FormulaValueKind.Text => Text!,
        FormulaValueKind.Boolean => Number != 0 ? "TRUE" : "FALSE",
        _ => string.Empty,
    };

    public CellValue ToCell() => Kind switch
    {
        FormulaValueKind.Number => CellValue.FromNumber(Number),
        FormulaValueKind.Text => CellValue.FromText(Text),
        FormulaValueKind.Boolean => CellValue.FromBoolean(Number != 0),
        _ => CellValue.FromNumber(0), // Excel shows a formula that yields a blank cell ("=B2") as 0
    };

    public static FormulaNotEvaluatedException Error(string code) => new($"it gives the error {code}");
}
