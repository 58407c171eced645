using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Grids;
using static OfficeJourney.Excel.Tests.Reading.RawWorkbook;
using CellValue = OfficeJourney.Grids.CellValue;

namespace OfficeJourney.Excel.Tests.Reading.Formulas;

/// <summary>Formulas saved without their values, as scripts (openpyxl, pandas) write them.</summary>
public sealed class FormulaTests
{
    [Fact]
    public void A_formula_saved_without_its_value_is_evaluated()
    {
        var sheet = ReadOne(
            Uncached("A1", "1-1"),
            Uncached("A2", "MIN(2,1)", emptyValue: true),
            Uncached("A3", "2^3*2"),
            Uncached("A4", "-2^2"),
            Uncached("A5", "50%+10/4"),
            Uncached("A6", "1+2*3-(4-1)"),
            Uncached("A7", "ROUND(2.675,2)"),
            Uncached("A8", "ABS(-3.5)"));

        Assert.Equal(0, Value(sheet, "A1").Number);
        Assert.Equal(CellValueKind.Number, Value(sheet, "A1").Kind);
        Assert.Equal(1, Value(sheet, "A2").Number);
        Assert.Equal(16, Value(sheet, "A3").Number);
        Assert.Equal(4, Value(sheet, "A4").Number);
        Assert.Equal(3, Value(sheet, "A5").Number);
        Assert.Equal(4, Value(sheet, "A6").Number);
        Assert.Equal(2.68, Value(sheet, "A7").Number);
        Assert.Equal(3.5, Value(sheet, "A8").Number);
        Assert.Empty(sheet.UnreadFormulas);
    }

    [Fact]
    public void Text_comparisons_logic_and_text_functions_are_evaluated_as_Excel_does()
    {
        var sheet = ReadOne(
            Inline("B1", "  Think   and  feel "),
            Number("B2", "3"),
            Uncached("A1", "\"Stage \"&B2&\": \"&TRIM(B1)"),
            Uncached("A2", "IF(B2>2,\"high\",\"low\")"),
            Uncached("A3", "B2=3"),
            Uncached("A4", "\"abc\"=\"ABC\""),
            Uncached("A5", "AND(B2>1,NOT(B2>5),OR(FALSE,TRUE))"),
            Uncached("A6", "UPPER(\"ok\")&LOWER(\"OK\")&LEN(\"four\")"),
            Uncached("A7", "_xlfn.CONCAT(\"a\",B2,TRUE)"),
            Uncached("A8", "CONCATENATE(\"x\",\"y\")"),
            Uncached("A9", "IF(B2<1,1/0,\"lazy\")"),
            Uncached("A10", "B99"));

        Assert.Equal("Stage 3: Think and feel", Value(sheet, "A1").AsText());
        Assert.Equal("high", Value(sheet, "A2").AsText());
        Assert.Equal(CellValue.FromBoolean(true), Value(sheet, "A3"));
        Assert.Equal(CellValue.FromBoolean(true), Value(sheet, "A4"));
        Assert.Equal(CellValue.FromBoolean(true), Value(sheet, "A5"));
        Assert.Equal("OKok4", Value(sheet, "A6").AsText());
        Assert.Equal("a3TRUE", Value(sheet, "A7").AsText());
        Assert.Equal("xy", Value(sheet, "A8").AsText());
        Assert.Equal("lazy", Value(sheet, "A9").AsText());
        Assert.Equal(CellValue.FromNumber(0), Value(sheet, "A10")); // Excel shows a reference to an empty cell as 0
        Assert.Empty(sheet.UnreadFormulas);
    }

    [Fact]
    public void Ranges_in_SUM_and_friends_take_the_numbers_and_skip_text()
    {
        var sheet = ReadOne(
            Number("A1", "1"),
            Number("A2", "2.5"),
            Inline("A3", "n/a"),
            Uncached("A4", "A1*2"),
            Uncached("B1", "SUM(A1:A5)"),
            Uncached("B2", "AVERAGE(A1:A4)"),
            Uncached("B3", "COUNT($A$1:A5)"),
            Uncached("B4", "MAX(A1:A4,-1)+MIN(A1:A4)"),
            Uncached("B5", "_xlfn.TEXTJOIN(\"-\",TRUE,A1:A4)"),
            Uncached("B6", "SUM(A:A)"));

        Assert.Equal(5.5, Value(sheet, "B1").Number);
        Assert.Equal(5.5 / 3, Value(sheet, "B2").Number);
        Assert.Equal(3, Value(sheet, "B3").Number);
        Assert.Equal(3.5, Value(sheet, "B4").Number);
        Assert.Equal("1-2.5-n/a-2", Value(sheet, "B5").AsText());
        Assert.Equal("=SUM(A:A)", Value(sheet, "B6").AsText()); // whole-column references are not evaluated
        Assert.Single(sheet.UnreadFormulas);
    }

    [Fact]
    public void References_reach_other_sheets_including_hidden_ones_and_sheets_read_later()
    {
        var bytes = Create((workbook, sheets) =>
        {
            AddSheet(workbook, sheets, "Journey", Sheet(
                Uncached("A1", "Sheet2!B3+'My sheet'!$B$3"),
                Uncached("A2", "Lookup!A1&\"!\""),
                Uncached("A3", "Missing!A1")));
            AddSheet(workbook, sheets, "Sheet2", Sheet(Uncached("B3", "'My sheet'!B3*10")));
            AddSheet(workbook, sheets, "My sheet", Sheet(Number("B3", "2")));
            AddSheet(workbook, sheets, "Lookup", Sheet(Inline("A1", "hidden")), SheetStateValues.Hidden);
        });

        var grid = WorkbookReader.Read(new MemoryStream(bytes), "sheets.xlsx");

        Assert.Equal(["Journey", "Sheet2", "My sheet"], grid.Sheets.Select(s => s.Name));
        var journey = grid.Sheets[0];
        Assert.Equal(22, Value(journey, "A1").Number);
        Assert.Equal("hidden!", Value(journey, "A2").AsText());
        Assert.Equal(20, Value(grid.Sheets[1], "B3").Number);
        var unread = Assert.Single(journey.UnreadFormulas);
        Assert.Equal(new UnreadFormula(At("A3"), "Missing!A1", "it refers to the sheet \"Missing\", which is not in the workbook"), unread);
    }

    [Fact]
    public void A_chain_of_formulas_is_evaluated_whatever_order_the_cells_come_in()
    {
        var sheet = ReadOne(
            Uncached("A1", "A2+1"),
            Uncached("A2", "A3*2"),
            Uncached("A3", "A4"),
            Number("A4", "5"));

        Assert.Equal([11, 10, 5], new[] { "A1", "A2", "A3" }.Select(a => Value(sheet, a).Number));
    }

    [Fact]
    public void Functions_that_are_not_evaluated_keep_the_formula_as_text_and_are_recorded()
    {
        var sheet = ReadOne(
            Inline("A1", "B2"),
            Uncached("C1", "INDIRECT(A1)"),
            Uncached("C2", "NOW()"),
            Uncached("C3", "IF(TRUE,1,OFFSET(A1,1,1))"),
            Uncached("C4", "C1&\"x\""),
            Uncached("C5", "1/0"),
            Uncached("C6", "SUM({1,2})"),
            Uncached("C7", "MyName*2"));

        Assert.Equal("=INDIRECT(A1)", Value(sheet, "C1").AsText());
        Assert.Equal(
            [
                new UnreadFormula(At("C1"), "INDIRECT(A1)", "the function INDIRECT is not evaluated"),
                new UnreadFormula(At("C2"), "NOW()", "the function NOW is not evaluated"),
                new UnreadFormula(At("C3"), "IF(TRUE,1,OFFSET(A1,1,1))", "the function OFFSET is not evaluated"),
                new UnreadFormula(At("C4"), "C1&\"x\"", "it refers to Sheet1!C1, which is not evaluated"),
                new UnreadFormula(At("C5"), "1/0", "it gives the error #DIV/0!"),
                new UnreadFormula(At("C6"), "SUM({1,2})", "it uses an array constant"),
                new UnreadFormula(At("C7"), "MyName*2", "it uses the name MyName, which is not evaluated"),
            ],
            sheet.UnreadFormulas);
    }

    [Fact]
    public void A_reference_to_another_workbook_is_recorded_and_never_evaluated()
    {
        var sheet = ReadOne(
            Uncached("A1", "[1]Sheet1!A1"),
            Uncached("A2", "'C:\\Users\\me\\[Budget.xlsx]Sheet1'!B2+1"),
            Uncached("A3", "'https://example.com/[x.xlsx]S'!A1"));

        Assert.Equal("=[1]Sheet1!A1", Value(sheet, "A1").AsText());
        Assert.All(sheet.UnreadFormulas, u => Assert.Equal("it refers to another workbook", u.Reason));
        Assert.Equal(3, sheet.UnreadFormulas.Count);
    }

    [Fact]
    public void A_circular_reference_is_recorded_on_each_of_its_cells()
    {
        var sheet = ReadOne(
            Uncached("A1", "A1+1"),
            Uncached("B1", "C1*2"),
            Uncached("C1", "B1+1"),
            Uncached("D1", "B1"));

        Assert.Equal(
            [
                new UnreadFormula(At("A1"), "A1+1", "it refers to itself"),
                new UnreadFormula(At("B1"), "C1*2", "it is part of a circular reference"),
                new UnreadFormula(At("C1"), "B1+1", "it is part of a circular reference"),
                new UnreadFormula(At("D1"), "B1", "it refers to Sheet1!B1, which is not evaluated"),
            ],
            sheet.UnreadFormulas);
        Assert.Equal("=C1*2", Value(sheet, "B1").AsText());
    }

    [Fact]
    public void A_chain_of_a_hundred_thousand_formulas_is_evaluated_without_deep_recursion()
    {
        const int length = 100_000;
        var cells = new List<Cell>(length + 1);
        for (var i = 1; i <= length; i++)
        {
            cells.Add(Uncached("A" + i.ToString(CultureInfo.InvariantCulture), "A" + (i + 1).ToString(CultureInfo.InvariantCulture) + "+1"));
        }

        cells.Add(Number("A" + (length + 1).ToString(CultureInfo.InvariantCulture), "1"));
        var bytes = Create((workbook, sheets) => AddSheet(workbook, sheets, "Sheet1", Sheet([.. cells])));

        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "chain.xlsx").Sheets);

        Assert.Equal(length + 1, sheet[0, 0].Number);
        Assert.Empty(sheet.UnreadFormulas);
    }

    [Fact]
    public void A_workbook_that_needs_more_work_than_the_budget_keeps_its_formulas_as_text()
    {
        const int length = 20_000;
        var cells = new List<Cell>(length);
        for (var i = 1; i <= length; i++)
        {
            cells.Add(Uncached("A" + i.ToString(CultureInfo.InvariantCulture), "SUM(B1:B500)+A" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        }

        cells.AddRange(Enumerable.Range(1, 500).Select(r => Number("B" + r.ToString(CultureInfo.InvariantCulture), "1")));
        var bytes = Create((workbook, sheets) => AddSheet(workbook, sheets, "Sheet1", Sheet([.. cells])));

        var sheet = Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "heavy.xlsx", new WorkbookReadOptions { MaxFormulaSteps = 100_000 }).Sheets);

        Assert.Equal(length, sheet.UnreadFormulas.Count);
        Assert.Contains(sheet.UnreadFormulas, u => u.Reason == "evaluating it would take too long");
        Assert.Equal("=SUM(B1:B500)+A2", sheet[0, 0].AsText());
    }

    [Fact]
    public void Text_that_would_outgrow_a_cell_is_not_built()
    {
        var cells = new List<Cell> { Inline("A1", new string('x', 1000)) };
        for (var i = 2; i <= 40; i++)
        {
            var previous = "A" + (i - 1).ToString(CultureInfo.InvariantCulture);
            cells.Add(Uncached("A" + i.ToString(CultureInfo.InvariantCulture), previous + "&" + previous));
        }

        var sheet = ReadOne([.. cells]);

        Assert.Equal(32_000, Value(sheet, "A6").AsText().Length);
        Assert.Equal("its text would be longer than the 32767 characters a cell holds", sheet.UnreadFormulas[0].Reason);
        Assert.Equal(At("A7"), sheet.UnreadFormulas[0].Cell);
    }

    [Fact]
    public void Formulas_longer_than_Excel_allows_or_nested_too_deep_are_not_evaluated()
    {
        var sheet = ReadOne(
            Uncached("A1", string.Join("+", Enumerable.Repeat("1", 5000))),
            Uncached("A2", new string('(', 100) + "1" + new string(')', 100)),
            Uncached("A3", string.Join("+", Enumerable.Repeat("1", 4000))));

        Assert.Equal("it is longer than 8192 characters", sheet.UnreadFormulas[0].Reason);
        Assert.Equal("it is nested more than 64 levels deep", sheet.UnreadFormulas[1].Reason);
        Assert.Equal(4000, Value(sheet, "A3").Number);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    [InlineData("de-DE")]
    public void Evaluation_does_not_depend_on_the_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var sheet = ReadOne(
                Inline("B1", "2.5"),
                Uncached("A1", "1.5*2+B1"),
                Uncached("A2", "\"v\"&0.25&\"/\"&1E+21"),
                Uncached("A3", "UPPER(\"i\")"));

            Assert.Equal(5.5, Value(sheet, "A1").Number);
            Assert.Equal("v0.25/1E+21", Value(sheet, "A2").AsText());
            Assert.Equal("I", Value(sheet, "A3").AsText());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Formulas_with_a_saved_value_keep_it_and_are_not_evaluated_again()
    {
        var sheet = ReadOne(Formula("A1", "NOW()", "45000"), Formula("A2", "1+1", "3"));

        Assert.Equal(45000, Value(sheet, "A1").Number);
        Assert.Equal(3, Value(sheet, "A2").Number);
        Assert.Empty(sheet.UnreadFormulas);
    }

    [Fact]
    public void A_copy_of_a_shared_formula_without_a_value_is_recorded_with_the_formula_it_copies()
    {
        var master = new Cell { CellReference = "A1", CellFormula = new CellFormula("B1*2") { FormulaType = CellFormulaValues.Shared, SharedIndex = 0, Reference = "A1:A2" } };
        var copy = new Cell { CellReference = "A2", CellFormula = new CellFormula { FormulaType = CellFormulaValues.Shared, SharedIndex = 0 } };

        var sheet = ReadOne(master, copy, Number("B1", "1"));

        Assert.Equal(["it is a shared formula saved without its value", "it is a copy of the shared formula in A1, saved without its value"], sheet.UnreadFormulas.Select(u => u.Reason));
        Assert.Equal("=B1*2", Value(sheet, "A2").AsText());
    }

    private static Worksheet Sheet(params Cell[] cells)
    {
        var rows = cells
            .GroupBy(c => At(c.CellReference!.Value!).Row)
            .OrderBy(g => g.Key)
            .Select(g => new Row(g.OrderBy(c => At(c.CellReference!.Value!).Column)) { RowIndex = (uint)g.Key });
        return new Worksheet(new SheetData(rows));
    }

    [Fact]
    public void A_journey_written_by_a_script_keeps_its_emotion_points_and_names_the_formula_it_could_not_evaluate()
    {
        var bytes = Create((workbook, sheets) => AddSheet(workbook, sheets, "Journey", Sheet(
            Inline("A1", "Stage"), Inline("B1", "Discover"), Inline("C1", "Buy"), Inline("D1", "Use"),
            Inline("A2", "Emotions (-2..+2)"), Uncached("B2", "1-1"), Uncached("C2", "MIN(2,1)"), Uncached("D2", "INDIRECT(\"B2\")"))));

        var result = new OfficeJourney.Interpretation.GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(bytes), "pandas-export.xlsx"));

        var emotions = Assert.Single(Assert.Single(result.Maps).Lanes);
        Assert.Equal([0d, 1d], emotions.Cells.Take(2).Select(c => c.Items.Single().Emotion!.Score));
        Assert.Equal("=INDIRECT(\"B2\")", emotions.Cells[2].Items.Single().Text);
        Assert.Contains(result.Problems, p => p.Code == "formula.not-evaluated" && p.ToString().StartsWith("Journey!D2: =INDIRECT(\"B2\")", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Code == "emotion.no-score" && p.Location!.Display == "Journey!D2");
    }

    private static SheetGrid ReadOne(params Cell[] cells)
    {
        var bytes = Create((workbook, sheets) => AddSheet(workbook, sheets, "Sheet1", Sheet(cells)));
        return Assert.Single(WorkbookReader.Read(new MemoryStream(bytes), "formulas.xlsx").Sheets);
    }

    private static CellAddress At(string a1) => CellAddress.TryParse(a1, out var address) ? address : throw new ArgumentException(a1);

    private static CellValue Value(SheetGrid sheet, string a1)
    {
        var cell = At(a1);
        return sheet[cell.Row - sheet.Origin.Row, cell.Column - sheet.Origin.Column];
    }
}
