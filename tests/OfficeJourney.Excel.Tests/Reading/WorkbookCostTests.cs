using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Excel.Reading;
using static OfficeJourney.Excel.Tests.Reading.RawWorkbook;

namespace OfficeJourney.Excel.Tests.Reading;

/// <summary>Small files that would cost gigabytes: refused, or read at the cost of what they hold.</summary>
public sealed class WorkbookCostTests
{
    [Fact]
    public void A_hundred_sheets_each_stretched_to_a_million_rows_are_refused_for_their_cells_in_all()
    {
        var bytes = Create((workbook, sheets) =>
        {
            for (var s = 1; s <= 100; s++)
            {
                AddSheet(workbook, sheets, $"S{s}", new Worksheet(new SheetData(
                    new Row(Inline("A1", "Stage")) { RowIndex = 1 },
                    new Row(Inline("B1000000", "x")) { RowIndex = 1_000_000 })));
            }
        });

        var refused = Assert.Throws<WorkbookRefusedException>(() => WorkbookReader.Read(new MemoryStream(bytes), "tall.xlsx"));

        Assert.Equal(RefusalReason.TooLarge, refused.Reason);
        Assert.StartsWith("tall.xlsx: with the sheet \"S3\" its sheets use 6000000 cells in all", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_thousand_hidden_column_ranges_list_only_the_hidden_columns_inside_the_used_range()
    {
        var bytes = Create((workbook, sheets) => AddSheet(workbook, sheets, "Journey", new Worksheet(
            new Columns(Enumerable.Range(0, 20_000).Select(i => new Column { Min = 3, Max = 16_384, Hidden = true, Width = i % 7 + 1, CustomWidth = true })),
            new SheetData(new Row(Inline("A1", "Stage"), Inline("B1", "Look"), Inline("C1", "Buy"), Inline("D1", "Use")) { RowIndex = 1 }))));

        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "hidden.xlsx").Sheets);

        Assert.Equal([3, 4], sheet.HiddenColumns.Order());
    }
}
