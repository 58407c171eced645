using ClosedXML.Excel;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;

namespace OfficeJourney.Excel.Tests.Reading;

/// <summary>Numbers shown as dates and times read as Excel shows them, the same under every culture.</summary>
public sealed class DateFormatTests
{
    [Fact]
    public void A_day_in_the_life_whose_stages_are_times_reads_them_as_the_sheet_shows_them()
    {
        var bytes = Workbook(sheet =>
        {
            sheet.Cell("A1").Value = "Time";
            sheet.Cell("B1").Value = "Activity";
            sheet.Cell("C1").Value = "Pain";
            double[] times = [7 / 24.0, 12.5 / 24, (18 + (5 / 60.0)) / 24];
            string[] activities = ["Checks the app on the train", "Orders lunch", "Picks up the kids"];
            for (var i = 0; i < times.Length; i++)
            {
                sheet.Cell(i + 2, 1).Value = times[i];
                sheet.Cell(i + 2, 1).Style.NumberFormat.Format = i == 2 ? "[h]:mm" : "hh:mm AM/PM";
                sheet.Cell(i + 2, 2).Value = activities[i];
                sheet.Cell(i + 2, 3).Value = "Waiting";
            }
        });

        var map = Assert.Single(new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(bytes), "day.xlsx")).Maps);

        Assert.Equal(["07:00", "12:30", "18:05"], map.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Dates_built_in_and_custom_read_as_iso_dates_and_other_numbers_stay_numbers()
    {
        var bytes = Workbook(sheet =>
        {
            sheet.Cell("A1").Value = 45717; // 2025-03-01
            sheet.Cell("A1").Style.NumberFormat.NumberFormatId = 14;
            sheet.Cell("A2").Value = 45717.75;
            sheet.Cell("A2").Style.NumberFormat.Format = "d/m/yyyy h:mm";
            sheet.Cell("A3").Value = 45717;
            sheet.Cell("A3").Style.NumberFormat.Format = "#,##0 \"days\"";
            sheet.Cell("A4").Value = 4;
        });

        var grid = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "dates.xlsx").Sheets);

        Assert.Equal(CellValue.FromText("2025-03-01"), grid[0, 0]);
        Assert.Equal(CellValue.FromText("2025-03-01 18:00"), grid[1, 0]);
        Assert.Equal(CellValue.FromNumber(45717), grid[2, 0]);
        Assert.Equal(CellValue.FromNumber(4), grid[3, 0]);
    }

    private static byte[] Workbook(Action<IXLWorksheet> fill)
    {
        using var workbook = new XLWorkbook();
        fill(workbook.AddWorksheet("Day"));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
