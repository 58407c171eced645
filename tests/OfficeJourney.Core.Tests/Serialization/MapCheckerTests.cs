using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Core.Tests.Serialization;

/// <summary>Map documents as an attacker or a broken script writes them: refused with a reason, never a crash later.</summary>
public sealed class MapCheckerTests
{
    private const string Stage = """{ "name": "A" }""";

    private static string Codes(string mapJson) =>
        string.Join(",", MapChecker.Check(JourneyJson.Deserialize($$"""{ "formatVersion": 1, "maps": [ {{mapJson}} ] }""")).Select(p => p.Code));

    [Theory]
    [InlineData("""{ "title": "T", "stages": [STAGE], "lanes": [], "personas": [null] }""", "document.null")]
    [InlineData("""{ "title": "T", "stages": [STAGE], "lanes": [null] }""", "document.null")]
    [InlineData("""{ "title": "T", "stages": [STAGE], "lanes": [ { "label": "Actions", "kind": "actions", "cells": [ { "items": [null] } ] } ] }""", "document.null")]
    [InlineData("""{ "title": "T", "stages": [null], "lanes": [] }""", "document.null")]
    [InlineData("""{ "title": "T", "stages": [STAGE], "lanes": [], "phases": [ { "name": "P", "firstStage": 1, "stageCount": 2147483647 } ] }""", "phase.out-of-range")]
    [InlineData("""{ "title": "T", "stages": [STAGE, STAGE, STAGE], "lanes": [], "phases": [ { "name": "P", "firstStage": 0, "stageCount": 2 }, { "name": "Q", "firstStage": 1, "stageCount": 2 } ] }""", "phase.overlap")]
    [InlineData("""{ "title": "T", "stages": [STAGE, STAGE], "lanes": [], "phases": [ { "name": "P", "firstStage": 1, "stageCount": 1 }, { "name": "P", "firstStage": 1, "stageCount": 1 } ] }""", "phase.overlap")]
    [InlineData("""{ "title": "T", "stages": [STAGE], "lanes": [], "emotionScale": { "min": -1e308, "max": 1e308 } }""", "emotion.scale")]
    [InlineData("""{ "title": "T", "stages": [STAGE], "lanes": [], "emotionScale": { "min": 5, "max": 1 } }""", "emotion.scale")]
    public void A_broken_map_document_is_refused_with_the_reason(string map, string code) =>
        Assert.Contains(code, Codes(map.Replace("STAGE", Stage, StringComparison.Ordinal)).Split(','));

    [Fact]
    public void More_stages_than_a_workbook_may_have_are_refused()
    {
        var stages = string.Join(",", Enumerable.Repeat(Stage, 201));

        Assert.Equal("grid.too-large", Codes($$"""{ "title": "T", "stages": [{{stages}}], "lanes": [] }"""));
    }

    [Fact]
    public void More_items_than_the_largest_sheet_has_cells_are_refused_in_one_map_or_over_several_and_as_many_are_not()
    {
        // Built here, as a program calling the library would: a document read from JSON is refused sooner (DocumentShape).
        static JourneyMap Map(int items) => new()
        {
            Title = "T",
            Stages = [new Stage { Name = "A" }],
            Lanes = [new Lane { Label = "Touchpoints", Kind = LaneKind.Touchpoints, Cells = [new LaneCell { Items = [.. Enumerable.Repeat(new JourneyItem { Text = "x" }, items)] }] }],
        };
        static string Codes(params JourneyMap[] maps) => string.Join(",", MapChecker.Check(new JourneyDocument { Maps = maps }).Select(p => p.Code));

        Assert.Equal("grid.too-large", Codes(Map(100_001)));
        Assert.Equal("grid.too-large", Codes(Map(60_000), Map(60_000)));
        Assert.Equal(string.Empty, Codes(Map(100_000)));
        Assert.Equal(string.Empty, Codes(Map(50_000), Map(50_000)));
    }
}
