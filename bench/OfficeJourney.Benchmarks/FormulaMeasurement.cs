using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Excel.Reading;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// What evaluating formulas saved without values costs (a small workbook with 20 of them, as openpyxl writes):
/// the reader with its own evaluator, against reading it and then loading it again with ClosedXML to evaluate.
/// </summary>
internal static class FormulaMeasurement
{
    private const int Runs = 200;

    public static void Run()
    {
        var bytes = Workbook();
        Console.WriteLine($"{"case",-44} {"median time",12} {"allocated/run",14}");
        Measure("reader, own evaluator", () => WorkbookReader.Read(new MemoryStream(bytes), "f.xlsx"));
        Measure("reader + ClosedXML load and evaluation", () =>
        {
            WorkbookReader.Read(new MemoryStream(bytes), "f.xlsx");
            using var workbook = new XLWorkbook(new MemoryStream(bytes));
            var sheet = workbook.Worksheet(1);
            for (var r = 1; r <= 20; r++)
            {
                _ = sheet.Cell(r, 3).Value;
            }
        });
        Measure("ClosedXML load and evaluation alone", () =>
        {
            using var workbook = new XLWorkbook(new MemoryStream(bytes));
            var sheet = workbook.Worksheet(1);
            for (var r = 1; r <= 20; r++)
            {
                _ = sheet.Cell(r, 3).Value;
            }
        });
    }

    private static void Measure(string label, Action action)
    {
        for (var i = 0; i < 20; i++)
        {
            action(); // warm-up
        }

        var times = new double[Runs];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        var perRun = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / Runs;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-44} {times[Runs / 2],9:0.000} ms {perRun / 1024.0,11:0.0} KB"));
    }

    // 20 rows: A a number, B a label, C a formula without a value using them (as openpyxl writes: an empty <v/>).
    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var formulas = new[] { "A{0}*2+1", "SUM(A1:A{0})", "IF(A{0}>5,\"high\",\"low\")", "B{0}&\" \"&A{0}", "ROUND(A{0}/3,2)" };
            var data = new SheetData();
            for (var r = 1; r <= 20; r++)
            {
                var row = r.ToString(CultureInfo.InvariantCulture);
                data.Append(new Row(
                    new Cell { CellReference = "A" + row, CellValue = new CellValue(row) },
                    new Cell { CellReference = "B" + row, DataType = CellValues.InlineString, InlineString = new InlineString(new Text("Stage " + row)) },
                    new Cell { CellReference = "C" + row, CellFormula = new CellFormula(string.Format(CultureInfo.InvariantCulture, formulas[r % formulas.Length], row)), CellValue = new CellValue(string.Empty) })
                { RowIndex = (uint)r });
            }

            part.Worksheet = new Worksheet(data);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Name = "Journey", SheetId = 1, Id = workbookPart.GetIdOfPart(part) }));
        }

        return stream.ToArray();
    }
}
