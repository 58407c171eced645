using System.Globalization;
using OfficeJourney.Grids;

namespace OfficeJourney.Core.Tests.Interpretation;

/// <summary>Builds sheet grids from rows of strings: "" is empty, "#3.5" is the number 3.5.</summary>
internal static class Grid
{
    public static SheetGrid Sheet(string name, params string[][] rows) => Sheet(name, new CellAddress(1, 1), rows);

    public static SheetGrid Sheet(string name, CellAddress origin, params string[][] rows) =>
        SheetGrid.FromRows(name, rows.Select(Row).ToList(), origin);

    public static IReadOnlyList<CellValue> Row(string[] cells) => cells.Select(Cell).ToList();

    public static CellValue Cell(string text) =>
        text.Length > 1 && text[0] == '#' ? CellValue.FromNumber(double.Parse(text[1..], CultureInfo.InvariantCulture)) : CellValue.FromText(text);
}
