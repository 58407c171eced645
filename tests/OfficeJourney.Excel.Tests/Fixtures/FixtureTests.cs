using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Excel.Tests.Fixtures;

/// <summary>
/// Workbooks written by another tool (SheetJS, tests/Fixtures/generator) in the layouts people really
/// use, read end to end: the file, the reader, the one interpreter.
/// </summary>
public sealed class FixtureTests
{
    private static InterpretationResult Read(string name) =>
        new GridInterpreter().Interpret(WorkbookReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    private static string[] Texts(Lane lane, int stage) => [.. lane.Cells[stage].Items.Select(i => i.Text)];

    [Fact]
    public void Stages_as_rows_at_B4_with_a_score_table_below_whose_scores_are_the_curve_named_by_the_emotion_words()
    {
        var result = Read("stages-as-rows-b4.xlsx");

        Assert.True(result.IsUsable);
        var map = Assert.Single(result.Maps);
        Assert.Equal("Customer Journey Map – Running shoes", map.Title);
        Assert.Equal(["Awareness", "Consideration", "Purchase", "Product Experience", "Loyalty", "Advocacy"], map.Stages.Select(s => s.Name));
        Assert.Equal(
            [LaneKind.Goals, LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Thoughts, LaneKind.Emotions, LaneKind.PainPoints, LaneKind.Opportunities, LaneKind.Channels, LaneKind.Kpis, LaneKind.Emotions],
            map.Lanes.Select(l => l.Kind));
        Assert.Equal(["Instagram", "YouTube", "Ads"], Texts(map.Lanes[2], 0));
        Assert.Equal(new EmotionScale(1, 5), map.EmotionScale);
        Assert.Equal([3d, 3, 4, 4, 5, 5], map.Lanes[^1].Cells.Select(c => c.Items[0].Emotion!.Score));
        // The score table is the curve; the words of the Emotion column name its points.
        Assert.Equal("Excited / Concerned", map.Lanes[^1].Cells[1].Items[0].Emotion!.Label);
        Assert.Equal("Excited / Concerned", map.Lanes[4].Cells[1].Items[0].Text);
        Assert.Null(map.Lanes[4].Cells[1].Items[0].Emotion);
        Assert.Equal(new Kpi("Time on site", "3:40"), map.Lanes[8].Cells[1].Items[0].Kpi);
        Assert.Equal(new Kpi("Conversion", "2.4%", "3%"), map.Lanes[8].Cells[2].Items[0].Kpi);
        Assert.Empty(map.Lanes[5].Cells[4].Items);
        Assert.Equal("Journey!C14", map.Lanes[^1].Cells[0].Items[0].Source!.Display);
        Assert.Contains(map.Notes, n => n.Text == "Prepared by: Growth team");
        Assert.Equal("emotion.scale-inferred", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_touchpoint_inventory_is_grouped_by_stage_and_its_second_table_kept()
    {
        var result = Read("touchpoint-inventory.xlsx");

        var map = Assert.Single(result.Maps);
        Assert.Equal(["Awareness", "Onboarding"], map.Stages.Select(s => s.Name));
        var touchpoints = map.Lanes.Single(l => l.Kind == LaneKind.Touchpoints);
        Assert.Equal(["Facebook ad", "Friend referral", "Google search"], Texts(touchpoints, 0));
        Assert.Equal(["Welcome email", "Setup call"], Texts(touchpoints, 1));
        Assert.Equal(["3", "5", "4"], Texts(map.Lanes.Single(l => l.Kind == LaneKind.Importance), 0));
        var warning = Assert.Single(result.Problems);
        Assert.Equal("grid.no-stages", warning.Code);
        Assert.Contains(map.Notes, n => n.Text == "Importance Score (1–5)");
        Assert.Contains(map.Notes, n => n.Text == "Setup call" && n.Source!.Cell == "A10");
    }

    [Fact]
    public void A_persona_card_of_side_by_side_blocks_is_one_persona()
    {
        var result = Read("persona-card.xlsx");

        var map = Assert.Single(result.Maps);
        Assert.Equal([SheetRole.Journey, SheetRole.Personas], result.Sheets.Select(s => s.Role));
        var persona = Assert.Single(map.Personas);
        Assert.Equal("Lena Fischer", persona.Name);
        Assert.Equal(["Launch her shop in a month"], persona.Goals);
        Assert.Equal(["Independence"], persona.Motivations);
        Assert.Contains(new Field("Age", "29"), persona.Fields);
        Assert.Contains(new Field("Frustrations", "Tools that need a developer"), persona.Fields);
        Assert.Contains(new Field("Budget", "€100"), persona.Fields);
        Assert.Contains(new Field("Setup takes too long", "High"), persona.Fields);
        Assert.True(result.IsUsable);
    }

    [Fact]
    public void Instructions_a_merged_title_arrows_long_labels_and_fill_in_placeholders()
    {
        var result = Read("instructions-and-fill-in.xlsx");

        var map = Assert.Single(result.Maps);
        Assert.Equal("Customer Journey Map - Online banking (persona: Sam, 31)", map.Title);
        Assert.Equal(["Research", "Compare", "Apply", "Use"], map.Stages.Select(s => s.Name));
        Assert.Equal([LaneKind.Actions, LaneKind.Emotions, LaneKind.Thoughts, LaneKind.PainPoints, LaneKind.Opportunities], map.Lanes.Select(l => l.Kind));
        Assert.Equal([1d, 0, -2, 2], map.Lanes[1].Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Empty(map.Lanes[0].Cells[2].Items);
        Assert.Equal(["Upload fails on phone", "Asked twice for ID"], Texts(map.Lanes[3], 2));
        Assert.Equal(5, map.Notes.Count);
        Assert.Equal("emotion.scale-inferred", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_mermaid_table_uses_cached_formula_values_and_reads_its_seven_on_a_scale_to_seven()
    {
        var result = Read("mermaid-table.xlsx");

        var map = Assert.Single(result.Maps);
        Assert.Equal("Journey 🧭", map.Sheet);
        Assert.Equal(["Discover", "Buy"], map.Phases.Select(p => p.Name));
        Assert.Equal(7d, map.Lanes.Single(l => l.Kind == LaneKind.Emotions).Cells[map.Stages.ToList().FindIndex(s => s.Name == "Pay")].Items.Single().Emotion!.Score);
        Assert.Equal(new EmotionScale(1, 7), map.EmotionScale);
        var generated = map.Lanes.Single(l => l.Label == "mmSyntax");
        Assert.Equal(LaneKind.Custom, generated.Kind);
        Assert.Contains(generated.Cells.SelectMany(c => c.Items), i => i.Text.Trim() == "Pay: 7: Me");
        Assert.DoesNotContain(result.Problems, p => p.Code == "emotion.out-of-scale");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Nng_style_lens_rows_phases_and_several_rows_per_lane()
    {
        var map = Assert.Single(Read("nng-lens-rows.xlsx").Maps);

        Assert.Equal("Remote onboarding journey", map.Title);
        Assert.Equal([("Before day one", 0, 2), ("First week", 2, 2)], map.Phases.Select(p => (p.Name, p.FirstStage, p.StageCount)));
        Assert.Equal(["Logs in", "Sets up email", "Finds the first task"], Texts(map.Lanes[0], 2));
        Assert.Equal(["Will it work?", "Who do I ask?"], Texts(map.Lanes[1], 1));
        Assert.Equal(new EmotionScale(1, 5), map.EmotionScale);
        Assert.Equal("New hire", Assert.Single(map.Personas).Name);
        Assert.Contains(new Field("Version", "2"), map.Properties);
        Assert.Contains(new Field("Scenario", "Joins a fully remote team"), map.Properties);
    }

    [Fact]
    public void Thai_labels_thai_digits_and_a_hidden_column()
    {
        var map = Assert.Single(Read("thai-food-delivery.xlsx").Maps);

        Assert.Equal("th", map.Language);
        Assert.Equal(["ค้นหาร้าน", "สั่งอาหาร", "รออาหาร", "รีวิว"], map.Stages.Select(s => s.Name));
        Assert.Equal([LaneKind.Actions, LaneKind.Emotions, LaneKind.PainPoints, LaneKind.Opportunities], map.Lanes.Select(l => l.Kind));
        Assert.Equal([4d, 3, 2, 5], map.Lanes[1].Cells.Select(c => c.Items[0].Emotion!.Score));
    }

    [Fact]
    public void Persian_right_to_left_with_persian_digits_and_a_scale_in_persian()
    {
        var result = Read("persian-car-insurance-rtl.xlsx");

        var map = Assert.Single(result.Maps);
        Assert.True(map.RightToLeft);
        Assert.Equal("fa", map.Language);
        Assert.Equal(new EmotionScale(1, 5), map.EmotionScale);
        Assert.Equal([3d, 2, 4, 1], map.Lanes.Single(l => l.Kind == LaneKind.Emotions).Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Vietnamese_stages_down_with_labels_typed_without_diacritics()
    {
        var map = Assert.Single(Read("vietnamese-stages-down.xlsx").Maps);

        Assert.Equal(["Tìm hiểu", "Đăng ký", "Sử dụng"], map.Stages.Select(s => s.Name));
        Assert.Equal([LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Emotions, LaneKind.PainPoints, LaneKind.Opportunities], map.Lanes.Select(l => l.Kind));
        Assert.Equal(["Ứng dụng", "Thông báo"], Texts(map.Lanes[1], 2));
        Assert.Equal([1d, -1, 1], map.Lanes[2].Cells.Select(c => c.Items[0].Emotion!.Score));
    }

    [Fact]
    public void Latvian_faces_and_a_hidden_row_left_out()
    {
        var map = Assert.Single(Read("latvian-faces.xlsx").Maps);

        Assert.Equal("lv", map.Language);
        Assert.DoesNotContain(map.Lanes, l => l.Label == "Iekšējā piezīme");
        Assert.Equal([1d, -2, 2], map.Lanes.Single(l => l.Kind == LaneKind.Emotions).Cells.Select(c => c.Items[0].Emotion!.Score));
    }
}
