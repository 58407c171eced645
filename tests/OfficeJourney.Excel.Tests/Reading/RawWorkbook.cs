using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeJourney.Excel.Tests.Reading;

/// <summary>Writes workbooks with the raw Open XML SDK, the way other tools do: shared and inline strings, formulas with cached values.</summary>
internal static class RawWorkbook
{
    public static byte[] Create(Action<WorkbookPart, Sheets> build)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            build(workbook, sheets);
        }

        return stream.ToArray();
    }

    public static WorksheetPart AddSheet(WorkbookPart workbook, Sheets sheets, string name, Worksheet content, SheetStateValues? state = null)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = content;
        var sheet = new Sheet { Name = name, SheetId = (uint)(sheets.ChildElements.Count + 1), Id = workbook.GetIdOfPart(part) };
        if (state is not null)
        {
            sheet.State = state;
        }

        sheets.Append(sheet);
        return part;
    }

    public static void AddSharedStrings(WorkbookPart workbook, params string[] strings)
    {
        var part = workbook.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
    }

    public static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    public static Cell Inline(string reference, string text) => new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    public static Cell Number(string reference, string invariant) => new() { CellReference = reference, CellValue = new CellValue(invariant) };

    /// <summary>A formula saved without its value, as openpyxl and pandas write one (no &lt;v&gt;, or an empty one).</summary>
    public static Cell Uncached(string reference, string formula, bool emptyValue = false) =>
        new() { CellReference = reference, CellFormula = new CellFormula(formula), CellValue = emptyValue ? new CellValue(string.Empty) : null };

    public static Cell Formula(string reference, string formula, string cached, CellValues? type = null) =>
        new() { CellReference = reference, CellFormula = new CellFormula(formula), CellValue = new CellValue(cached), DataType = type };
}
