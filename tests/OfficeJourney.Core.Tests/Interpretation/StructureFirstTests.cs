using OfficeJourney.Diagnostics;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Interpretation;

/// <summary>Grids found by their shape, in words no vocabulary knows; the vocabulary only names lane kinds.</summary>
public sealed class StructureFirstTests
{
    private static readonly GridInterpreter Interpreter = new();

    [Fact]
    public void Scores_beside_step_names_without_a_heading_are_named_as_such_in_the_scale_warning()
    {
        var sheet = Grid.Sheet("Hoja 1", ["Compra por internet", "8"], ["Instalación en casa", "3"], ["Uso del agua", "7"], ["Mantenimiento", "6"]);

        var result = Interpreter.Interpret(sheet);

        var warning = Assert.Single(result.Problems, p => p.Code == "emotion.scale-inferred");
        Assert.StartsWith("No scale is stated for the emotion scores, which have no heading, so emotions are read on the scale 1..10.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_across_in_unknown_words_still_make_a_map_with_generic_lanes_and_a_warning()
    {
        // Hungarian, which no word list here knows.
        var sheet = Grid.Sheet("Munkalap",
            ["Szakaszok", "Felfedezés", "Választás", "Vásárlás", "Szállítás"],
            ["Ügyfél feladata", "Kerékpárt keres", "Összehasonlít", "Fizet", "Vár"],
            ["Csatorna", "Videó", "Bolt", "Alkalmazás", "Futár"],
            ["Benyomás", "#4", "#3", "#2", "#5"],
            ["Akadályok", "Nincs idő", "Túl sok lehetőség", "Fizetési hiba", "Késés"]);

        var result = Interpreter.Interpret(sheet);

        var map = Assert.Single(result.Maps);
        Assert.True(result.IsUsable);
        Assert.Equal(["Felfedezés", "Választás", "Vásárlás", "Szállítás"], map.Stages.Select(s => s.Name));
        Assert.Equal(["Ügyfél feladata", "Csatorna", "Benyomás", "Akadályok"], map.Lanes.Select(l => l.Label));
        Assert.Equal(LaneKind.Emotions, map.Lanes[2].Kind);
        Assert.Equal([4d, 3, 2, 5], map.Lanes[2].Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Contains(result.Problems, p => p.Code == "lanes.untyped" && p.Location!.Display == "Munkalap!A2");
    }

    [Fact]
    public void Steps_written_as_sentences_down_a_column_are_the_stages_of_a_table_with_gap_columns()
    {
        var sheet = Grid.Sheet("Sheet1",
            ["As a guest I want to book a table", "", "", "", "", "", ""],
            ["", "FLOW", "", "UI", "", "API", ""],
            ["", "as a guest I can see free tables tonight", "", "a list with green dots", "", "GET /tables", ""],
            ["", "as a guest I can pick a time slot", "", "a time picker", "", "GET /slots", ""],
            ["", "as a guest I can confirm the booking", "", "a confirm button", "", "POST /booking", ""]);

        var result = Interpreter.Interpret(sheet);

        var map = Assert.Single(result.Maps);
        Assert.Equal("As a guest I want to book a table", map.Title);
        Assert.Equal(3, map.Stages.Count);
        Assert.Equal("as a guest I can pick a time slot", map.Stages[1].Name);
        Assert.Equal(["UI", "API"], map.Lanes.Select(l => l.Label));
        Assert.Equal("Sheet1!F5", map.Lanes[1].Cells[2].Items[0].Source!.Display);
    }

    [Fact]
    public void Step_names_with_scores_beside_them_and_no_header_are_stages_and_their_emotion_points()
    {
        var sheet = Grid.Sheet("Hoja 1",
            ["Ana Ruiz", "A0123"],
            ["Luis Vega", "A0456"],
            ["", ""],
            ["Ver un anuncio", "#8"],
            ["Comprar en línea", "#9"],
            ["Esperar la entrega", "#4"],
            ["Primer uso", "#10"]);

        var result = new GridInterpreter().Interpret(new WorkbookGrid([sheet], "Mapa_de_viaje.xlsx"));

        var map = Assert.Single(result.Maps);
        Assert.Equal("Mapa de viaje", map.Title);
        Assert.Equal(["Ver un anuncio", "Comprar en línea", "Esperar la entrega", "Primer uso"], map.Stages.Select(s => s.Name));
        Assert.Equal([8d, 9, 4, 10], map.Lanes.Single(l => l.Kind == LaneKind.Emotions).Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Equal(new EmotionScale(1, 10), map.EmotionScale);
        Assert.Contains(map.Notes, n => n.Text == "Ana Ruiz");
    }

    [Fact]
    public void A_score_row_is_the_curve_and_a_row_of_feeling_words_names_its_points()
    {
        var sheet = Grid.Sheet("Journey",
            ["Stage", "Discover", "Compare", "Buy"],
            ["Emotion", "Curious", "Excited / Concerned", "Happy"],
            ["Score", "#3", "#4", "#5"]);

        var result = Interpreter.Interpret(sheet);

        var map = Assert.Single(result.Maps);
        var score = map.Lanes[1];
        Assert.Equal([3d, 4, 5], score.Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Equal(["Curious", "Excited / Concerned", "Happy"], score.Cells.Select(c => c.Items[0].Emotion!.Label));
        Assert.All(map.Lanes[0].Cells, c => Assert.Null(c.Items[0].Emotion));
    }

    [Fact]
    public void A_file_name_titles_a_map_that_has_no_title_of_its_own()
    {
        var sheet = Grid.Sheet("Sheet1", ["Stage", "Look", "Buy"], ["Actions", "Browses", "Pays"]);

        Assert.Equal("Customer Journey Map", Interpreter.Interpret(new WorkbookGrid([sheet], "Customer_Journey_Map.xlsx")).Maps[0].Title);
        Assert.Equal("Sheet1", Interpreter.Interpret(new WorkbookGrid([sheet], "Book1.xlsx")).Maps[0].Title);
    }

    [Fact]
    public void A_data_table_too_large_for_a_map_beside_a_journey_is_a_warning_and_the_journey_is_read()
    {
        var rows = new List<string[]> { new[] { "Stage", "Look", "Buy" }, new[] { "Actions", "Browses", "Pays" }, new[] { "", "", "" } };
        rows.AddRange(Enumerable.Range(0, 250).Select(r => Enumerable.Range(0, 250).Select(c => $"v{r}-{c}").ToArray()));
        var sheet = Grid.Sheet("Mixed", [.. rows.Select(r => r.Length < 250 ? [.. r, .. Enumerable.Repeat("", 250 - r.Length)] : r)]);

        var result = Interpreter.Interpret(sheet);

        Assert.True(result.IsUsable, string.Join("\n", result.Problems));
        Assert.Equal(["Look", "Buy"], Assert.Single(result.Maps).Stages.Select(s => s.Name));
        var warning = Assert.Single(result.Problems, p => p.Code == "grid.too-large");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("Mixed", warning.Location!.Sheet);
    }

    [Fact]
    public void Beside_a_row_of_scores_a_row_of_questions_names_the_points_and_is_no_missing_score()
    {
        var sheet = Grid.Sheet("Лист1",
            ["Этапы", "Поиск", "Оплата"],
            ["Чувства и мысли клиента", "Смогу ли я?", "Не переплачиваю ли я?"],
            ["Удовлетворённость", "#4", "#2"]);

        var result = Interpreter.Interpret(sheet);

        var scores = Assert.Single(result.Maps).Lanes[1];
        Assert.Equal(["Смогу ли я?", "Не переплачиваю ли я?"], scores.Cells.Select(c => c.Items[0].Emotion!.Label));
        Assert.DoesNotContain(result.Problems, p => p.Code == "emotion.no-score");
        Assert.Equal("Лист1!A3", Assert.Single(result.Problems, p => p.Code == "emotion.scale-inferred").Location!.Display);
    }
}
