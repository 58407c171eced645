using OfficeJourney.Diagnostics;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;

namespace OfficeJourney.Core.Tests.Interpretation;

public sealed class BadInputScenarioTests
{
    private static readonly GridInterpreter Interpreter = new();

    [Fact]
    public void An_empty_workbook_has_no_grid()
    {
        var result = Interpreter.Interpret(new WorkbookGrid([], "empty.xlsx"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("grid.not-found", problem.Code);
        Assert.Contains("empty.xlsx", problem.Message, StringComparison.Ordinal);
        Assert.False(result.IsUsable);
    }

    [Fact]
    public void A_sheet_of_numbers_has_no_grid_and_is_reported_as_skipped()
    {
        var sheet = Grid.Sheet("Budget", ["#1", "#2"], ["#3", "#4"]);

        var result = Interpreter.Interpret(sheet);

        Assert.Equal("grid.not-found", Assert.Single(result.Problems).Code);
        Assert.Equal(SheetRole.Skipped, Assert.Single(result.Sheets).Role);
    }

    [Fact]
    public void A_stage_row_without_names_is_an_error_at_that_row()
    {
        var sheet = Grid.Sheet("Journey",
            ["Stage", "", ""],
            ["Actions", "Looks", "Buys"],
            ["Pain points", "Slow", "Costly"]);

        var result = Interpreter.Interpret(sheet);

        var problem = Assert.Single(result.Problems, p => p.Code == "stages.no-names");
        Assert.Equal("Journey!B1", problem.Location!.Display);
        Assert.Empty(result.Maps);
    }

    [Fact]
    public void Lanes_with_nothing_above_them_have_no_stage_row()
    {
        var sheet = Grid.Sheet("Journey",
            ["Actions", "Looks", "Buys"],
            ["Pain points", "Slow", "Costly"]);

        var result = Interpreter.Interpret(sheet);

        Assert.Equal("stages.no-names", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Duplicate_stage_names_far_apart_are_a_warning_at_the_second()
    {
        var sheet = Grid.Sheet("Journey",
            ["", "Search", "Buy", "Search"],
            ["Actions", "a", "b", "c"],
            ["Thoughts", "d", "e", "f"]);

        var result = Interpreter.Interpret(sheet);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("stages.duplicate", problem.Code);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("Journey!D1", problem.Location!.Display);
        Assert.Equal(3, result.Maps[0].Stages.Count);
    }

    [Fact]
    public void An_oversized_sheet_is_refused_before_it_is_read()
    {
        var sheet = new SheetGrid("Huge", new CellAddress(1, 1), 2000, 1100, new CellValue[2000 * 1100]);

        var result = Interpreter.Interpret(sheet);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("grid.too-large", problem.Code);
        Assert.Contains("2000 rows × 1100 columns", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_with_more_filled_cells_than_a_map_holds_is_skipped_and_the_journey_beside_it_is_still_read()
    {
        var dump = new SheetGrid("Dump", new CellAddress(1, 1), 400, 300, Enumerable.Range(0, 400 * 300).Select(i => CellValue.FromText($"r{i}")).ToArray());
        var journey = Grid.Sheet("Journey", ["Stage", "Awareness", "Purchase"], ["Actions", "Searches", "Buys"]);

        var result = Interpreter.Interpret(new WorkbookGrid([dump, journey]));

        var problem = Assert.Single(result.Problems, p => p.Code == "grid.too-large");
        Assert.Equal("Dump", problem.Location!.Sheet);
        Assert.Contains("120000 filled cells", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Awareness", "Purchase"], Assert.Single(result.Maps).Stages.Select(s => s.Name));
    }

    [Fact]
    public void Sheets_past_the_workbooks_budget_of_filled_cells_are_skipped_largest_first()
    {
        var options = new InterpretOptions { MaxFilledCellsPerWorkbook = 10 };
        var large = Grid.Sheet("Large", ["Stage", "A", "B", "C"], ["Actions", "a", "b", "c"], ["Thoughts", "x", "y", "z"]);
        var small = Grid.Sheet("Small", ["Stage", "Awareness", "Purchase"], ["Actions", "Searches", "Buys"]);

        var result = new GridInterpreter(options).Interpret(new WorkbookGrid([large, small]));

        Assert.Equal("Large", Assert.Single(result.Problems, p => p.Code == "grid.too-large").Location!.Sheet);
        Assert.Equal("Small", Assert.Single(result.Maps).Sheet);
    }

    [Fact]
    public void Too_many_stages_are_refused_with_the_limit()
    {
        var header = new[] { "Stage" }.Concat(Enumerable.Range(1, 12).Select(i => $"S{i}")).ToArray();
        var actions = new[] { "Actions" }.Concat(Enumerable.Range(1, 12).Select(i => $"a{i}")).ToArray();
        var thoughts = new[] { "Thoughts" }.Concat(Enumerable.Range(1, 12).Select(i => $"t{i}")).ToArray();

        var result = new GridInterpreter(new InterpretOptions { MaxStages = 10 }).Interpret(Grid.Sheet("Big", header, actions, thoughts));

        Assert.Equal("grid.too-large", Assert.Single(result.Problems).Code);
        Assert.Empty(result.Maps);
    }
}
