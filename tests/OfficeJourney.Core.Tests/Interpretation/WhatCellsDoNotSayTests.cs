using OfficeJourney.Diagnostics;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Interpretation;

/// <summary>Pictures over cells, formulas without values and personas without a journey: reported, never dropped silently.</summary>
public sealed class WhatCellsDoNotSayTests
{
    private static readonly string[][] Journey =
    [
        ["Stage", "Look", "Buy", "Use"],
        ["Actions", "Browses", "Pays", "Unpacks"],
        ["Feelings", "", "", ""],
    ];

    [Fact]
    public void A_picture_described_as_a_feeling_is_read_as_the_text_of_the_cell_it_sits_on()
    {
        var sheet = new SheetGrid("Journey", new CellAddress(1, 1), 3, 4, [.. Journey.SelectMany(r => r).Select(Grid.Cell)],
            pictures:
            [
                new CellPicture(new CellRange(new CellAddress(3, 2), new CellAddress(3, 2)), PictureKind.Picture, "😊"),
                new CellPicture(new CellRange(new CellAddress(3, 3), new CellAddress(3, 3)), PictureKind.Picture, "Frustrated"),
                new CellPicture(new CellRange(new CellAddress(3, 4), new CellAddress(3, 4)), PictureKind.Picture, null),
                new CellPicture(new CellRange(new CellAddress(2, 2), new CellAddress(2, 3)), PictureKind.Connector, null),
            ]);

        var result = new GridInterpreter().Interpret(sheet);

        var feelings = Assert.Single(result.Maps).Lanes.Single(l => l.Kind == LaneKind.Emotions);
        Assert.Equal(["😊", "Frustrated"], feelings.Cells.Take(2).Select(c => c.Items[0].Emotion!.Label));
        Assert.Empty(feelings.Cells[2].Items);
        var unread = result.Problems.Where(p => p.Code == "picture.not-read").Select(p => p.ToString()).ToList();
        Assert.Equal(2, unread.Count);
        Assert.StartsWith("Journey!B2: 1 arrow or line on row 2 was not read", unread[0], StringComparison.Ordinal);
        Assert.StartsWith("Journey!D3: 1 picture on row 3 was not read", unread[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_that_could_not_be_evaluated_is_a_warning_naming_its_cell_and_formula()
    {
        var sheet = new SheetGrid("Journey", new CellAddress(1, 1), 3, 4, [.. Journey.SelectMany(r => r).Select(Grid.Cell)],
            unreadFormulas: [new UnreadFormula(new CellAddress(3, 2), "INDIRECT(\"A1\")", "the function INDIRECT is not evaluated")]);

        var result = new GridInterpreter().Interpret(sheet);

        var warning = Assert.Single(result.Problems, p => p.Code == "formula.not-evaluated");
        Assert.Equal("Journey!B3: =INDIRECT(\"A1\") was saved without its value and is not evaluated (the function INDIRECT is not evaluated); the formula is kept as written.", warning.ToString());
        Assert.True(result.IsUsable);
    }

    [Fact]
    public void Thousands_of_formulas_that_could_not_be_evaluated_are_fifty_warnings_and_a_count()
    {
        var formulas = Enumerable.Range(1, 5000).Select(i => new UnreadFormula(new CellAddress(10 + i, 1), "NOW()", "the function NOW is not evaluated")).ToList();
        var sheet = new SheetGrid("Journey", new CellAddress(1, 1), 3, 4, [.. Journey.SelectMany(r => r).Select(Grid.Cell)], unreadFormulas: formulas);

        var warnings = new GridInterpreter().Interpret(sheet).Problems.Where(p => p.Code == "formula.not-evaluated").ToList();

        Assert.Equal(51, warnings.Count);
        Assert.Equal("Journey!A61: 4950 more formulas on this sheet were saved without their values and are not evaluated; each is kept as written.", warnings[^1].ToString());
    }

    [Fact]
    public void A_workbook_of_personas_without_a_journey_says_so_by_name()
    {
        var personas = Grid.Sheet("Personas",
            ["Name", "Mireille"],
            ["Age", "#34"],
            ["Goals", "Cook in 20 minutes"],
            ["", ""],
            ["Pain point", "Impact"],
            ["Deliveries while asleep", "High"]);

        var result = new GridInterpreter().Interpret(new WorkbookGrid([personas], "persona.xlsx"));

        Assert.False(result.IsUsable);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("workbook.personas-only", problem.Code);
        Assert.StartsWith("Personas!A1: persona.xlsx holds 1 persona (Mireille) but no journey map", problem.ToString(), StringComparison.Ordinal);
    }
}
