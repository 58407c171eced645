using ClosedXML.Excel;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Grids;
using static OfficeJourney.Excel.Tests.Reading.RawWorkbook;

namespace OfficeJourney.Excel.Tests.Reading;

public sealed class WorkbookReaderTests
{
    [Fact]
    public void Reads_shared_and_inline_strings_numbers_and_cached_formula_values_from_the_used_range()
    {
        var bytes = Create((workbook, sheets) =>
        {
            AddSharedStrings(workbook, "Stage", "Awareness", "Rich ", "text");
            AddSheet(workbook, sheets, "Journey", new Worksheet(new SheetData(
                new Row(Shared("B4", 0), Shared("C4", 1)) { RowIndex = 4 },
                new Row(Inline("B5", "Emotions"), Number("C5", "-1.5"), Formula("D5", "1+1", "2")) { RowIndex = 5 },
                new Row(Formula("B6", "\"a\"&\"b\"", "ab", CellValues.String), Formula("C6", "1/0", "#DIV/0!", CellValues.Error), new Cell { CellReference = "D6", DataType = CellValues.Boolean, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("1") }) { RowIndex = 6 })));
        });

        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "map.xlsx").Sheets);

        Assert.Equal("Journey", sheet.Name);
        Assert.Equal(new CellAddress(4, 2), sheet.Origin);
        Assert.Equal((3, 3), (sheet.Rows, sheet.Columns));
        Assert.Equal("Stage", sheet[0, 0].AsText());
        Assert.Equal("Awareness", sheet[0, 1].AsText());
        Assert.Equal("Emotions", sheet[1, 0].AsText());
        Assert.Equal(-1.5, sheet[1, 1].Number);
        Assert.Equal(2, sheet[1, 2].Number);
        Assert.Equal("ab", sheet[2, 0].AsText());
        Assert.Equal(CellValueKind.Error, sheet[2, 1].Kind);
        Assert.Equal(CellValueKind.Boolean, sheet[2, 2].Kind);
        Assert.True(sheet[0, 2].IsEmpty);
    }

    [Fact]
    public void An_inline_string_of_rich_runs_reads_as_its_runs_text_without_its_phonetic_guide()
    {
        var rich = new InlineString(
            new Run(new RunProperties(new Bold()), new Text("Ngày ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new Text("mua hàng")),
            new PhoneticRun(new Text("かな")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
        var bytes = Create((workbook, sheets) => AddSheet(workbook, sheets, "Journey", new Worksheet(new SheetData(
            new Row(new Cell(rich) { CellReference = "A1", DataType = CellValues.InlineString }, Inline("B1", "Awareness")) { RowIndex = 1 }))));

        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "rich.xlsx").Sheets);

        Assert.Equal("Ngày mua hàng", sheet[0, 0].AsText());
        Assert.Equal("Awareness", sheet[0, 1].AsText());
    }

    [Fact]
    public void Reads_merged_areas_hidden_rows_and_columns_and_the_right_to_left_flag()
    {
        var bytes = Create((workbook, sheets) =>
        {
            var worksheet = new Worksheet(
                new SheetViews(new SheetView { RightToLeft = true, WorkbookViewId = 0 }),
                new Columns(new Column { Min = 3, Max = 4, Hidden = true, Width = 10, CustomWidth = true }),
                new SheetData(
                    new Row(Inline("A1", "نقشه")) { RowIndex = 1 },
                    new Row(Inline("A2", "x")) { RowIndex = 2, Hidden = true },
                    new Row(Inline("A3", "y"), Inline("E3", "z")) { RowIndex = 3 }),
                new MergeCells(new MergeCell { Reference = "A1:E1" }));
            AddSheet(workbook, sheets, "سفر", worksheet);
        });

        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "fa.xlsx").Sheets);

        Assert.True(sheet.RightToLeft);
        Assert.Equal([CellRange.TryParse("A1:E1", out var merged) ? merged : default], sheet.MergedAreas);
        Assert.Equal(new HashSet<int> { 2 }, sheet.HiddenRows);
        Assert.Equal(new HashSet<int> { 3, 4 }, sheet.HiddenColumns);
        Assert.Equal((3, 5), (sheet.Rows, sheet.Columns));
    }

    [Fact]
    public void Skips_hidden_sheets_and_keeps_workbook_order()
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Second").Cell("A1").Value = "b";
            workbook.AddWorksheet("Secret").Cell("A1").Value = "s";
            workbook.Worksheet("Secret").Visibility = XLWorksheetVisibility.Hidden;
            workbook.AddWorksheet("Third").Cell("B2").Value = "c";
            workbook.SaveAs(stream);
        }

        var grid = WorkbookReader.Read(new MemoryStream(stream.ToArray()), "book.xlsx");

        Assert.Equal(["Second", "Third"], grid.Sheets.Select(s => s.Name));
        Assert.Equal(new CellAddress(2, 2), grid.Sheets[1].Origin);
    }

    [Fact]
    public void An_empty_sheet_is_an_empty_grid()
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Blank");
            workbook.SaveAs(stream);
        }

        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(stream.ToArray()), "blank.xlsx").Sheets);

        Assert.Equal((0, 0), (sheet.Rows, sheet.Columns));
    }

    [Fact]
    public void Reads_from_a_stream_that_cannot_seek()
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("S").Cell("A1").Value = "hello";
            workbook.SaveAs(stream);
        }

        var grid = WorkbookReader.Read(new ForwardOnlyStream(stream.ToArray()), "upload.xlsx");

        Assert.Equal("hello", grid.Sheets[0][0, 0].AsText());
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
