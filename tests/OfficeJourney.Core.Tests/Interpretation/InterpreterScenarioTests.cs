using OfficeJourney.Diagnostics;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Interpretation;

public sealed class InterpreterScenarioTests
{
    private static readonly GridInterpreter Interpreter = new();

    [Fact]
    public void Reads_stages_across_with_a_title_above_and_an_offset()
    {
        var sheet = Grid.Sheet("Journey", new CellAddress(2, 2),
            ["Online shoe shopping – Maya", "", "", ""],
            ["", "", "", ""],
            ["Stage", "Awareness >>", "Consideration >>", "Purchase"],
            ["Doing", "Sees an Instagram ad", "Compares prices\nReads reviews", "Pays with card"],
            ["Touch points", "Instagram, YouTube", "Website; Reviews", "Checkout"],
            ["Feelings (-2..+2)", "#1", "0", "Frustrated"],
            ["Pain Points 😖", "Fill in", "Too many options", "Shipping cost surprise"],
            ["KPIs", "Reach 1.2M", "Bounce rate 45% (target 30%)", "Checkout abandonment 68%"]);

        var result = Interpreter.Interpret(sheet);

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var map = Assert.Single(result.Maps);
        Assert.Equal("Online shoe shopping – Maya", map.Title);
        Assert.Equal(["Awareness", "Consideration", "Purchase"], map.Stages.Select(s => s.Name));
        Assert.Equal([LaneKind.Actions, LaneKind.Touchpoints, LaneKind.Emotions, LaneKind.PainPoints, LaneKind.Kpis], map.Lanes.Select(l => l.Kind));
        Assert.Equal(["Compares prices", "Reads reviews"], map.Lanes[0].Cells[1].Items.Select(i => i.Text));
        Assert.Equal(["Instagram", "YouTube"], map.Lanes[1].Cells[0].Items.Select(i => i.Text));
        Assert.Equal("Journey!D5", map.Lanes[0].Cells[1].Items[0].Source!.Display);
        Assert.Equal(new EmotionScale(-2, 2), map.EmotionScale);
        Assert.Equal([1d, 0d, -1d], map.Lanes[2].Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Equal("Frustrated", map.Lanes[2].Cells[2].Items[0].Emotion!.Label);
        Assert.Empty(map.Lanes[3].Cells[0].Items);
        Assert.Equal(new Kpi("Bounce rate", "45%", "30%"), map.Lanes[4].Cells[1].Items[0].Kpi);
        Assert.Equal(new Kpi("Checkout abandonment", "68%", null), map.Lanes[4].Cells[2].Items[0].Kpi);
    }

    [Fact]
    public void Reads_stages_down_with_a_second_score_table_merged_in()
    {
        var sheet = Grid.Sheet("Map", new CellAddress(4, 2),
            ["Journey Stage", "Customer Goal", "Customer Actions", "Touchpoints", "Emotion", "Pain Points", "Brand Opportunities"],
            ["Awareness", "Find shoes", "Scrolls Instagram", "Instagram, YouTube, Ads", "Curious", "Too many ads", "Better targeting"],
            ["Consideration", "Compare", "Reads reviews", "Website", "Excited / Concerned", "Unclear sizing", "Size guide"],
            ["Purchase", "Buy", "Checks out", "App", "Happy", "Slow payment", "One-click pay"],
            ["", "", "", "", "", "", ""],
            ["Stage", "Score", "", "", "", "", ""],
            ["Awareness", "#3", "", "", "", "", ""],
            ["Consideration", "#4", "", "", "", "", ""],
            ["Purchase", "#5", "", "", "", "", ""]);

        var result = Interpreter.Interpret(sheet);

        var map = Assert.Single(result.Maps);
        Assert.Equal(["Awareness", "Consideration", "Purchase"], map.Stages.Select(s => s.Name));
        Assert.Equal(LaneKind.Goals, map.Lanes[0].Kind);
        Assert.Equal(["Instagram", "YouTube", "Ads"], map.Lanes[2].Cells[0].Items.Select(i => i.Text));
        var score = map.Lanes[^1];
        Assert.Equal(LaneKind.Emotions, score.Kind);
        Assert.Equal([3d, 4d, 5d], score.Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Equal("Map!C10", score.Cells[0].Items[0].Source!.Display);
        Assert.Contains(result.Problems, p => p.Code == "emotion.scale-inferred");
    }

    [Fact]
    public void An_emotion_that_cannot_be_scored_is_kept_as_its_label_with_a_warning_at_its_cell()
    {
        var sheet = Grid.Sheet("Journey",
            ["", "Research", "Buy"],
            ["Actions", "Looks", "Pays"],
            ["Emotions (1-5)", "happy-ish", "#4"]);

        var result = Interpreter.Interpret(sheet);

        Assert.True(result.IsUsable);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("emotion.no-score", problem.Code);
        Assert.StartsWith("Journey!B3: \"happy-ish\" has no score; kept as the label", problem.ToString(), StringComparison.Ordinal);
        var unscored = result.Maps[0].Lanes[1].Cells[0].Items[0];
        Assert.Equal("happy-ish", unscored.Text);
        Assert.Null(unscored.Emotion);
        Assert.Equal(4d, result.Maps[0].Lanes[1].Cells[1].Items[0].Emotion!.Score);
    }
}

public sealed class InterpreterLayoutScenarioTests
{
    private static readonly GridInterpreter Interpreter = new();

    [Fact]
    public void Reads_merged_phases_hidden_rows_and_columns_and_a_right_to_left_persian_sheet()
    {
        var rows = new[]
        {
            new[] { "نقشه سفر مشتری – خرید آنلاین", "", "", "", "" },
            ["", "کشف", "", "خرید", ""],
            ["مرحله", "آگاهی", "بررسی", "پرداخت", "پنهان"],
            ["اقدامات", "دیدن تبلیغ", "مقایسه قیمت", "پرداخت آنلاین", "x"],
            ["یادداشت داخلی", "محرمانه", "محرمانه", "محرمانه", "x"],
            ["احساسات", "خوشحال", "کلافه", "عصبانی", "x"],
            ["نقاط درد", "-", "قیمت‌های متفاوت", "خطای پرداخت", "x"],
        };
        var sheet = SheetGrid.FromRows("سفر", rows.Select(Grid.Row).ToList(),
            mergedAreas: [Range("B2:C2"), Range("D2:E2")],
            hiddenRows: new HashSet<int> { 5 },
            hiddenColumns: new HashSet<int> { 5 },
            rightToLeft: true);

        var result = Interpreter.Interpret(sheet);

        var map = Assert.Single(result.Maps);
        Assert.True(map.RightToLeft);
        Assert.Equal("fa", map.Language);
        Assert.Equal(["آگاهی", "بررسی", "پرداخت"], map.Stages.Select(s => s.Name));
        Assert.Equal([("کشف", 0, 2), ("خرید", 2, 1)], map.Phases.Select(p => (p.Name, p.FirstStage, p.StageCount)));
        Assert.Equal([LaneKind.Actions, LaneKind.Emotions, LaneKind.PainPoints], map.Lanes.Select(l => l.Kind));
        Assert.Equal([1d, -1d, -2d], map.Lanes[1].Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Empty(map.Lanes[2].Cells[0].Items);
    }

    [Fact]
    public void Groups_a_touchpoint_inventory_into_stages()
    {
        var sheet = Grid.Sheet("Inventory",
            ["Journey Stage", "Touchpoint", "Channel", "Customer Interaction", "Pain Point", "Importance"],
            ["Awareness", "Instagram ad", "Social", "Sees the ad", "Irrelevant ads", "#4"],
            ["Awareness", "Friend referral", "Word of mouth", "Hears about it", "", "#5"],
            ["", "Google search", "Search", "Searches brand", "", "#3"],
            ["Purchase", "Checkout page", "Web", "Pays", "Hidden fees", "#5"]);

        var result = Interpreter.Interpret(sheet);

        var map = Assert.Single(result.Maps);
        Assert.Equal(["Awareness", "Purchase"], map.Stages.Select(s => s.Name));
        var touchpoints = map.Lanes.Single(l => l.Kind == LaneKind.Touchpoints);
        Assert.Equal(["Instagram ad", "Friend referral", "Google search"], touchpoints.Cells[0].Items.Select(i => i.Text));
        Assert.Equal(LaneKind.Importance, map.Lanes[^1].Kind);
        Assert.DoesNotContain(result.Problems, p => p.Code == "stages.duplicate");
    }

    [Fact]
    public void Reads_thai_labels_and_a_persona_sheet()
    {
        var journey = Grid.Sheet("แผนที่",
            ["ขั้นตอน", "รับรู้", "พิจารณา", "ซื้อ"],
            ["สิ่งที่ลูกค้าทำ", "เห็นโฆษณา", "อ่านรีวิว", "ชำระเงิน"],
            ["ความรู้สึก", "😀", "😐", "😠"],
            ["โอกาส", "โฆษณาตรงกลุ่ม", "รีวิวจริง", "ชำระเงินง่าย"]);
        var personas = Grid.Sheet("Personas",
            ["Name", "Somchai", "Lan"],
            ["Age", "#34", "#28"],
            ["Goals", "Buy quickly", "Find deals"],
            ["Objections", "Fees", "Trust"]);

        var result = Interpreter.Interpret(new WorkbookGrid([journey, personas]));

        var map = Assert.Single(result.Maps);
        Assert.Equal("th", map.Language);
        Assert.Equal([LaneKind.Actions, LaneKind.Emotions, LaneKind.Opportunities], map.Lanes.Select(l => l.Kind));
        Assert.Equal([2d, 0d, -2d], map.Lanes[1].Cells.Select(c => c.Items[0].Emotion!.Score));
        Assert.Equal(["Somchai", "Lan"], map.Personas.Select(p => p.Name));
        Assert.Equal(["Find deals"], map.Personas[1].Goals);
        Assert.Equal(new Field("Age", "28"), map.Personas[1].Fields[0]);
        Assert.Equal(SheetRole.Personas, result.Sheets[1].Role);
    }

    [Fact]
    public void Reads_a_mermaid_style_table_as_steps_grouped_by_sections_on_the_scale_its_scores_use()
    {
        var sheet = Grid.Sheet("Mermaid 🧭",
            ["section", "Task", "score", "actors"],
            ["Discover", "", "", ""],
            ["", "Search online", "#3", "Me"],
            ["", "Ask a friend", "#4", "Me, Friend"],
            ["Buy", "", "", ""],
            ["", "Pay", "#7", "Me"],
            ["", "Wait for delivery", "#2", "Me"]);

        var result = Interpreter.Interpret(sheet);

        var map = Assert.Single(result.Maps);
        Assert.Equal(["Search online", "Ask a friend", "Pay", "Wait for delivery"], map.Stages.Select(s => s.Name));
        Assert.Equal([("Discover", 0, 2), ("Buy", 2, 2)], map.Phases.Select(p => (p.Name, p.FirstStage, p.StageCount)));
        Assert.Equal(new EmotionScale(1, 7), map.EmotionScale);
        var score = map.Lanes.Single(l => l.Kind == LaneKind.Emotions);
        Assert.Equal([3d, 4, 7, 2], score.Cells.Select(c => c.Items.Single().Emotion!.Score));
        var actors = map.Lanes.Single(l => l.Label == "actors");
        Assert.Equal(LaneKind.People, actors.Kind);
        Assert.Equal(["Me, Friend"], actors.Cells[1].Items.Select(i => i.Text));
        Assert.DoesNotContain(result.Problems, p => p.Code == "emotion.out-of-scale");
        var inferred = Assert.Single(result.Problems, p => p.Code == "emotion.scale-inferred");
        Assert.Contains("1..7", inferred.Message, StringComparison.Ordinal);
    }

    private static CellRange Range(string a1) => CellRange.TryParse(a1, out var range) ? range : throw new ArgumentException(a1);
}

public sealed class WorkbookScenarioTests
{
    [Fact]
    public void Every_sheet_that_holds_a_journey_gives_a_map_and_the_report_says_which()
    {
        var draft = Grid.Sheet("Draft", ["Stage", "Look", "Buy"], ["Actions", "a", "b"], ["Thoughts", "c", "d"]);
        var notes = Grid.Sheet("Notes", ["Interview log"], ["Talked to 12 customers"]);
        var final = Grid.Sheet("Final", ["Stage", "Look", "Compare", "Buy"], ["Actions", "a", "b", "c"], ["Pain points", "d", "e", "f"]);

        var result = new GridInterpreter().Interpret(new WorkbookGrid([draft, notes, final], "journeys.xlsx"));

        Assert.Equal(["Draft", "Final"], result.Maps.Select(m => m.Sheet));
        Assert.Equal([SheetRole.Journey, SheetRole.Skipped, SheetRole.Journey], result.Sheets.Select(s => s.Role));
        Assert.Equal(3, result.Maps[1].Stages.Count);
        Assert.True(result.IsUsable);
    }

    [Fact]
    public void The_caller_can_force_stages_down_when_the_labels_do_not_tell()
    {
        var sheet = Grid.Sheet("Plan",
            ["Step", "Who", "Why"],
            ["Search", "Customer", "Curiosity"],
            ["Visit", "Customer", "Price"]);

        var across = new GridInterpreter().Interpret(sheet);
        var down = new GridInterpreter(new InterpretOptions { Orientation = GridOrientation.StagesDown }).Interpret(sheet);

        Assert.Equal(["Who", "Why"], across.Maps[0].Stages.Select(s => s.Name));
        Assert.Equal(["Search", "Visit"], down.Maps[0].Stages.Select(s => s.Name));
        Assert.Equal(["Who", "Why"], down.Maps[0].Lanes.Select(l => l.Label));
    }
}
