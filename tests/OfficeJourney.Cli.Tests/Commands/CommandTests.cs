using System.Text.Json;
using ClosedXML.Excel;
using OfficeJourney.Serialization;

namespace OfficeJourney.Cli.Tests.Commands;

public sealed class CommandTests
{
    [Fact]
    public void Template_then_validate_then_convert_gives_the_template_map()
    {
        using var folder = new TempFolder();
        var workbook = folder.File("journey.xlsx");
        var json = folder.File("journey.json");

        var template = CliRun.Of("template", "--type", "current-state", "--industry", "travel", "--lang", "lv", "-o", workbook);
        var validate = CliRun.Of("validate", workbook);
        var convert = CliRun.Of("convert", workbook, "-o", json);

        Assert.Equal(0, template.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("1 journey map", validate.Output, StringComparison.Ordinal);
        Assert.Equal(0, convert.ExitCode);
        var map = Assert.Single(JourneyJson.Deserialize(File.ReadAllText(json)).Maps);
        Assert.Equal("lv", map.Language);
        Assert.True(map.Stages.Count >= 5);
    }

    [Fact]
    public void Validate_keeps_an_emotion_it_cannot_score_names_its_cell_and_exits_0()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Journey");
            sheet.Cell("B1").Value = "Awareness";
            sheet.Cell("C1").Value = "Purchase";
            sheet.Cell("A2").Value = "Actions";
            sheet.Cell("B2").Value = "Sees an ad";
            sheet.Cell("C2").Value = "Pays";
            sheet.Cell("A3").Value = "Emotions (-2..+2)";
            sheet.Cell("B3").Value = "happy-ish";
            sheet.Cell("C3").Value = 1;
            workbook.SaveAs(path);
        }

        var run = CliRun.Of("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning Journey!B3: \"happy-ish\" has no score; kept as the label", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_json_reports_a_refused_file_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var path = folder.File("budget.xlsx");
        File.WriteAllText(path, "Stage,Awareness,Purchase\nActions,Sees,Pays\n");

        var run = CliRun.Of("validate", path, "--json");

        Assert.Equal(2, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.False(report.RootElement.GetProperty("usable").GetBoolean());
        Assert.Contains("budget.xlsx", report.RootElement.GetProperty("refused").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_json_describes_maps_sheets_and_located_problems_in_the_format_spelling()
    {
        using var folder = new TempFolder();
        var path = folder.File("journey.xlsx");
        CliRun.Of("template", "--type", "future-state", "-o", path);

        var run = CliRun.Of("validate", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var map = report.RootElement.GetProperty("maps")[0];
        Assert.Equal("future-state", map.GetProperty("type").GetString());
        Assert.Equal(5, map.GetProperty("stages").GetInt32());
        Assert.Equal(["journey", "personas"], report.RootElement.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("role").GetString()));
    }

    [Fact]
    public void Convert_writes_nothing_when_the_workbook_has_errors()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.xlsx");
        var json = folder.File("empty.json");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Sheet1").Cell("A1").Value = 42;
            workbook.SaveAs(path);
        }

        var run = CliRun.Of("convert", path, "-o", json);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(json));
        Assert.Contains("No journey grid was found in empty.xlsx", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reads_a_map_document_and_checks_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("map.json");
        File.WriteAllText(path, """{ "formatVersion": 1, "maps": [ { "title": "T", "stages": [ { "name": "A" } ], "lanes": [ { "label": "Actions", "kind": "actions", "cells": [] } ] } ] }""");

        var run = CliRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the lane \"Actions\" has 0 cells for 1 stages", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("template", "--type", "galaxy-brain", "-o", "x.xlsx")]
    [InlineData("frobnicate")]
    public void Wrong_command_lines_exit_2_with_a_hint(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("journey --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_by_name()
    {
        var run = CliRun.Of("validate", "/nonexistent/journey.xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/journey.xlsx: no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_explains_the_commands_in_plain_words()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("journey template --type current-state", run.Output, StringComparison.Ordinal);
        Assert.Contains("validate", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_help_lists_the_languages_of_the_languages_folder_with_their_direction()
    {
        var run = CliRun.Of("template", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("en, th, vi, fa (right to left) or lv", run.Output, StringComparison.Ordinal);
    }
}

public sealed class DeckCommandTests
{
    [Fact]
    public void Deck_writes_a_pptx_for_one_workbook()
    {
        using var folder = new TempFolder();
        var workbook = folder.File("journey.xlsx");
        CliRun.Of("template", "--type", "current-state", "-o", workbook);

        var run = CliRun.Of("deck", workbook, "-o", folder.File("journey.pptx"), "--slides", "overview,kpis", "--brand-color", "8E44AD");

        Assert.Equal(0, run.ExitCode);
        // Title, the overview (the template's fourteen lanes, its metric lanes among them, fit one slide) and KPIs.
        Assert.Contains("journey.pptx: 3 slides", run.Output, StringComparison.Ordinal);
        using var deck = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(folder.File("journey.pptx"), false);
        Assert.Equal(3, deck.PresentationPart!.SlideParts.Count());
    }

    [Fact]
    public void A_batch_makes_one_deck_per_input_and_a_refused_input_exits_2_without_stopping_the_others()
    {
        using var folder = new TempFolder();
        CliRun.Of("template", "--type", "current-state", "--industry", "banking", "-o", folder.File("a.xlsx"));
        CliRun.Of("template", "--type", "service-blueprint", "--lang", "fa", "-o", folder.File("b.xlsx"));
        File.WriteAllText(folder.File("c.xlsx"), "not a workbook");
        var decks = Path.Combine(folder.Path, "decks");

        var run = CliRun.Of("deck", folder.File("a.xlsx"), folder.File("c.xlsx"), folder.File("b.xlsx"), "--out-dir", decks);

        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(decks, "a.pptx")));
        Assert.True(File.Exists(Path.Combine(decks, "b.pptx")));
        Assert.False(File.Exists(Path.Combine(decks, "c.pptx")));
        Assert.Contains("c.xlsx is a text file", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 of 3 decks written.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_that_needs_more_slides_than_a_deck_holds_is_refused_by_name_and_no_file_is_written()
    {
        using var folder = new TempFolder();
        var items = string.Join(",", Enumerable.Range(0, 99_000).Select(i => $$"""{"text":"Touchpoint {{i}}"}"""));
        File.WriteAllText(folder.File("crowded.json"), $$"""{"formatVersion":1,"maps":[{"title":"Crowded","stages":[{"name":"Only"}],"lanes":[{"label":"Touchpoints","kind":"touchpoints","cells":[{"items":[{{items}}]}]}]}]}""");

        var run = CliRun.Of("deck", folder.File("crowded.json"), "-o", folder.File("crowded.pptx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("crowded.json: The deck would hold more than 500 slides", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("crowded.pptx")));
    }

    [Theory]
    [InlineData("--slides", "overview,gossip", "\"gossip\" is not a slide")]
    [InlineData("--brand-color", "blue", "\"blue\" is not a colour")]
    public void Wrong_deck_options_are_refused_in_plain_words(string option, string value, string message)
    {
        using var folder = new TempFolder();
        CliRun.Of("template", "--type", "current-state", "-o", folder.File("a.xlsx"));

        var run = CliRun.Of("deck", folder.File("a.xlsx"), "-o", folder.File("a.pptx"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_inputs_need_an_output_folder()
    {
        var run = CliRun.Of("deck", "a.xlsx", "b.xlsx", "-o", "x.pptx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out-dir", run.Error, StringComparison.Ordinal);
    }
}
