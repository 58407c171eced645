using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Interpretation;

/// <summary>
/// Look-alikes of the layouts people publish (each described in the issue that asked for them, none copied):
/// every one must become the map its author meant.
/// </summary>
public sealed class PublishedLayoutTests
{
    private static readonly GridInterpreter Interpreter = new();

    private static CellRange Range(string a1) => CellRange.TryParse(a1, out var range) ? range : throw new ArgumentException(a1);

    private static SheetGrid Sheet(string name, string origin, string[] merges, params string[][] rows) =>
        SheetGrid.FromRows(name, rows.Select(Grid.Row).ToList(), CellAddress.TryParse(origin, out var o) ? o : default, [.. merges.Select(Range)]);

    private static string[] Texts(Lane lane, int stage) => [.. lane.Cells[stage].Items.Select(i => i.Text)];

    [Fact]
    public void A_stages_down_with_a_persona_column_merged_over_its_rows_a_spacer_and_a_divider_row()
    {
        var sheet = Sheet("Journey", "B2", ["B3:B6", "B7:G7"],
            ["Persona", "Stage/Phase", "User actions", "Touchpoint", "Pains", "Inputs"],
            ["Dana, 41", "Discover", "Searches for a tutor", "Google", "Too many sites", "Keywords"],
            ["", "Compare", "Reads reviews", "Review site", "Fake reviews", "Ratings"],
            ["", "", "", "", "", ""],
            ["", "Book", "Books a trial lesson", "Booking form", "No free slots", "Calendar"],
            ["Out of scope from here down", "", "", "", "", ""],
            ["Dana, 41", "Renew", "Pays for a term", "Invoice", "Late invoice", "Bank"]);

        var result = Interpreter.Interpret(sheet);

        var map = result.Maps[0];
        Assert.Equal(["Discover", "Compare", "Book"], map.Stages.Select(s => s.Name));
        Assert.Equal(["User actions", "Touchpoint", "Pains", "Inputs"], map.Lanes.Select(l => l.Label));
        Assert.Equal([LaneKind.Actions, LaneKind.Touchpoints, LaneKind.PainPoints, LaneKind.Custom], map.Lanes.Select(l => l.Kind));
        Assert.Equal(["Dana"], map.Personas.Select(p => p.Name));
        Assert.Equal(["No free slots"], Texts(map.Lanes[2], 2));
        Assert.Contains(result.Maps.SelectMany(m => m.Notes), n => n.Text == "Out of scope from here down");
    }

    [Fact]
    public void A_day_in_the_life_with_times_as_stages()
    {
        var sheet = Grid.Sheet("Day",
            ["Time", "Activity", "Pain", "Gain"],
            ["07:00", "Checks the app on the train", "No signal", "Offline mode"],
            ["12:30", "Orders lunch", "Long queue", "Pre-order"],
            ["18:00", "Picks up the kids", "Traffic", "Live ETA"]);

        var map = Assert.Single(Interpreter.Interpret(sheet).Maps);

        Assert.Equal(["07:00", "12:30", "18:00"], map.Stages.Select(s => s.Name));
        Assert.Equal([LaneKind.Actions, LaneKind.PainPoints], map.Lanes.Take(2).Select(l => l.Kind));
    }

    [Fact]
    public void B_a_long_list_with_the_stage_repeated_is_one_journey_grouped_by_stage_even_where_a_row_holds_lane_words()
    {
        var sheet = Sheet("Touchpoints", "B4", [],
            ["Journey Stage", "Touchpoint", "Channel", "Customer Interaction", "Pain Point", "Importance", "KPI"],
            ["Awareness", "Radio spot", "Radio", "Hears the name", "Forgets it", "High", "Recall"],
            ["Awareness", "Branded packaging", "Store shelf", "Sees the box", "Looks cheap", "Medium", "Satisfaction"],
            ["Consideration", "Reviews", "Web", "Reads", "Fake reviews", "High", "Rating"],
            ["Consideration", "Trial", "Store", "Tries", "", "Medium", "Trials"],
            ["Consideration", "Friends", "Word of mouth", "Asks", "", "Medium", "Referrals"],
            ["Purchase", "Checkout", "Web", "Pays", "Fees", "High", "Conversion"],
            ["Purchase", "Receipt", "Email", "Reads", "", "Medium", "Open rate"]);

        var result = Interpreter.Interpret(new WorkbookGrid([sheet], "Touchpoint_Analysis.xlsx"));

        var map = Assert.Single(result.Maps);
        Assert.Equal("Touchpoint Analysis", map.Title);
        Assert.Equal(["Awareness", "Consideration", "Purchase"], map.Stages.Select(s => s.Name));
        Assert.Equal(["Radio spot", "Branded packaging"], Texts(map.Lanes[0], 0));
        Assert.Equal(["Reviews", "Trial", "Friends"], Texts(map.Lanes[0], 1));
    }

    [Fact]
    public void C_stages_across_under_a_corner_in_russian()
    {
        var sheet = Grid.Sheet("Лист1",
            ["Этапы и задачи", "Поиск", "Выбор", "Покупка", "Использование"],
            ["Задача клиента", "Найти курс", "Сравнить цены", "Оплатить", "Учиться"],
            ["Канал", "Поиск", "Сайт", "Приложение", "Приложение"],
            ["Чувства", "Любопытство", "Сомнения", "Радость", "Усталость"],
            ["Барьеры", "Много рекламы", "Нет отзывов", "Ошибка оплаты", "Нет времени"],
            ["Важность 1-5", "#3", "#5", "#4", "#4"],
            ["Удовлетворённость 1-5", "#4", "#3", "#2", "#4"]);

        var map = Assert.Single(Interpreter.Interpret(sheet).Maps);

        Assert.Equal(["Поиск", "Выбор", "Покупка", "Использование"], map.Stages.Select(s => s.Name));
        Assert.Equal(6, map.Lanes.Count);
        Assert.Equal(LaneKind.Channels, map.Lanes[1].Kind);
        Assert.Equal(LaneKind.PainPoints, map.Lanes[3].Kind);
        Assert.Equal(LaneKind.Importance, map.Lanes[4].Kind);
        Assert.Equal(new EmotionScale(1, 5), map.EmotionScale);
        Assert.Equal([4d, 3, 2, 4], map.Lanes[5].Cells.Select(c => c.Items[0].Emotion!.Score));
    }

    [Fact]
    public void D_a_channel_by_stage_grid_with_each_stage_merged_over_two_columns()
    {
        var sheet = Sheet("Channels", "A1", ["B1:C1", "D1:E1", "F1:G1"],
            ["", "Discover", "", "Compare", "", "Buy", ""],
            ["Website", "Blog post", "", "Size guide", "Reviews", "Checkout", ""],
            ["Facebook", "Ad", "Group post", "", "", "", ""],
            ["Google", "Search ad", "", "Shopping", "", "", ""],
            ["Department store", "", "", "Try on", "", "Pays at till", ""],
            ["Delivery", "", "", "", "", "Courier", "Tracking"]);

        var map = Assert.Single(Interpreter.Interpret(sheet).Maps);

        Assert.Equal(["Discover", "Compare", "Buy"], map.Stages.Select(s => s.Name));
        Assert.Equal(["Website", "Facebook", "Google", "Department store", "Delivery"], map.Lanes.Select(l => l.Label));
        Assert.Equal(["Size guide", "Reviews"], Texts(map.Lanes[0], 1));
        Assert.Equal(["Courier", "Tracking"], Texts(map.Lanes[4], 2));
    }

    [Fact]
    public void E_a_service_blueprint_with_lane_groups_merged_down_and_phases_merged_unevenly()
    {
        var sheet = Sheet("Blueprint", "A1", ["C1:D1", "E1:J1", "A3:A4", "A5:A8", "A9:A10"],
            ["", "", "AWARE", "", "USE", "", "", "", "", ""],
            ["", "Step", "Sees a poster", "Calls", "Arrives", "Checks in", "Waits", "Consultation", "Pays", "Leaves"],
            ["User", "Experience", "Curious", "On hold", "Lost", "Quick", "Bored", "Reassured", "Fine", "Relieved"],
            ["", "Thoughts", "Is it for me?", "Why so long?", "Where is it?", "", "How long?", "", "", ""],
            ["Channels", "Face to face", "", "", "x", "x", "", "x", "x", ""],
            ["", "Web", "x", "", "", "", "", "", "", ""],
            ["", "Phone", "", "x", "", "", "", "", "", ""],
            ["", "Print", "x", "", "", "", "", "", "", "x"],
            ["Backstage", "Nurse", "", "Answers", "", "Prepares file", "", "", "", ""],
            ["", "Systems", "", "Call queue", "", "Check-in kiosk", "Queue screen", "Records", "Billing", ""]);

        var map = Assert.Single(Interpreter.Interpret(sheet).Maps);

        Assert.Equal(8, map.Stages.Count);
        Assert.Equal("Sees a poster", map.Stages[0].Name);
        Assert.Equal([("AWARE", 0, 2), ("USE", 2, 6)], map.Phases.Select(p => (p.Name, p.FirstStage, p.StageCount)));
        Assert.Equal(["Experience", "Thoughts", "Channels", "Nurse", "Systems"], map.Lanes.Select(l => l.Label));
        var channels = map.Lanes[2];
        Assert.Equal(LaneKind.Channels, channels.Kind);
        Assert.Equal(["Web", "Print"], Texts(channels, 0));
        Assert.Equal(["Phone"], Texts(channels, 1));
        Assert.Equal(["Face to face"], Texts(channels, 6));
        Assert.Equal(["Print"], Texts(channels, 7));
        Assert.Equal(LaneKind.Backstage, map.Lanes[3].Kind);
        Assert.Equal(LaneKind.Technology, map.Lanes[4].Kind);
        Assert.DoesNotContain(map.Notes, n => n.Text is "User" or "Channels" or "Backstage");
    }

    [Fact]
    public void F_several_personas_in_one_table_give_a_journey_each()
    {
        var sheet = Sheet("Patients", "A1", ["A2:A5", "B2:B3", "B4:B5", "A6:A9", "B6:B7", "B8:B9"],
            ["Persona", "Stage", "Patient", "Doing", "Feeling", "Pain points"],
            ["Maria, 67", "Booking", "New", "Calls the clinic", "Anxious", "Long hold"],
            ["", "", "Returning", "Books online", "Calm", ""],
            ["", "Visit", "New", "Finds the ward", "Lost", "No signs"],
            ["", "", "Returning", "Goes straight in", "Confident", ""],
            ["Tom, 35", "Booking", "New", "Uses the app", "Curious", "App crashes"],
            ["", "", "Returning", "Rebooks in app", "Happy", ""],
            ["", "Visit", "New", "Parks", "Frustrated", "No parking"],
            ["", "", "Returning", "Cycles in", "Relieved", ""]);

        var result = Interpreter.Interpret(sheet);

        Assert.Equal(2, result.Maps.Count);
        Assert.Equal(["Maria", "Tom"], result.Maps.Select(m => Assert.Single(m.Personas).Name));
        Assert.Equal(["Patients – Maria", "Patients – Tom"], result.Maps.Select(m => m.Title));
        Assert.All(result.Maps, m => Assert.Equal(["Booking", "Visit"], m.Stages.Select(s => s.Name)));
        var doing = result.Maps[1].Lanes.Single(l => l.Kind == LaneKind.Actions);
        Assert.Equal(["Parks", "Cycles in"], Texts(doing, 1));
        Assert.DoesNotContain(result.Problems, p => p.Code == "stages.duplicate");
    }

    [Fact]
    public void F_a_fully_long_table_with_a_column_naming_each_rows_lane_is_pivoted_into_lanes()
    {
        var sheet = Sheet("Clinic", "A1", ["A2:A5", "B2:B3", "B4:B5", "A6:A9", "B6:B7", "B8:B9"],
            ["Persona", "Stage", "Lane", "Notes"],
            ["New patient", "Booking", "Doing", "Calls the front desk"],
            ["", "", "Feeling", "Anxious"],
            ["", "Visit", "Doing", "Fills in forms"],
            ["", "", "Feeling", "Confused"],
            ["Returning patient", "Booking", "Doing", "Books in the app"],
            ["", "", "Feeling", "Relieved"],
            ["", "Follow-up", "Doing", "Gets results by email"],
            ["", "", "Feeling", "Worried"]);

        var result = Interpreter.Interpret(sheet);

        Assert.Equal(["New patient", "Returning patient"], result.Maps.Select(m => Assert.Single(m.Personas).Name));
        var returning = result.Maps[1];
        Assert.Equal(["Booking", "Follow-up"], returning.Stages.Select(s => s.Name));
        Assert.Equal([("Doing", LaneKind.Actions), ("Feeling", LaneKind.Emotions)], returning.Lanes.Select(l => (l.Label, l.Kind)));
        Assert.Equal(["Gets results by email"], Texts(returning.Lanes[0], 1));
        Assert.True(returning.Lanes[1].Cells[0].Items[0].Emotion!.Score > 0);
        Assert.True(returning.Lanes[1].Cells[1].Items[0].Emotion!.Score < 0);
    }

    [Fact]
    public void G_scores_beside_stage_names_with_authors_above_and_a_baseline_below()
    {
        var sheet = Grid.Sheet("Sheet1",
            ["Authors: Ana, Luis", ""],
            ["", ""],
            ["Discover", "#6"],
            ["Choose", "#3"],
            ["Buy", "#9"],
            ["Use", "#7"]);

        var map = Assert.Single(Interpreter.Interpret(sheet).Maps);

        Assert.Equal(["Discover", "Choose", "Buy", "Use"], map.Stages.Select(s => s.Name));
        Assert.Equal([6d, 3, 9, 7], map.Lanes.Single().Cells.Select(c => c.Items[0].Emotion!.Score));
    }

    [Fact]
    public void Case_3_personas_as_a_table_one_row_each_on_a_sheet_beside_the_map()
    {
        var journey = Grid.Sheet("Journey", ["Stage", "Discover", "Buy"], ["Actions", "Reads", "Pays"]);
        var personas = Grid.Sheet("Personas",
            ["Name", "Age", "Role", "Goals", "Objections"],
            ["Priya Nair", "#38", "Office manager", "Order supplies fast", "Hidden fees"],
            ["Jonas Berg", "#52", "Owner", "Keep costs down", "Long contracts"]);

        var result = Interpreter.Interpret(new WorkbookGrid([journey, personas]));

        var map = Assert.Single(result.Maps);
        Assert.Equal(["Priya Nair", "Jonas Berg"], map.Personas.Select(p => p.Name));
        Assert.Equal(["Keep costs down"], map.Personas[1].Goals);
        Assert.Equal(["Hidden fees"], map.Personas[0].Objections);
        Assert.Contains(new Field("Role", "Owner"), map.Personas[1].Fields);
        Assert.Equal(SheetRole.Personas, result.Sheets[1].Role);
    }

    [Fact]
    public void Case_1_a_feelings_row_as_people_write_it_gives_a_usable_map_with_words_scored_where_they_can_be()
    {
        var sheet = Grid.Sheet("Journey",
            ["", "Research >>", "Apply >>", "Wait >>", "Enrol"],
            ["Doing (tasks)", "Reads forums", "Fills the form", "Checks email", "Signs"],
            ["Feeling (emoji) (graphic representation of the feeling 😊😢 + short description)", "Confused, Dilemma", "Optimistic, Hopeful", "What if the University rejects my candidature", "Motivated"]);

        var result = Interpreter.Interpret(sheet);

        Assert.True(result.IsUsable, string.Join("\n", result.Problems));
        var feelings = result.Maps[0].Lanes.Single(l => l.Kind == LaneKind.Emotions);
        Assert.True(feelings.Cells[0].Items[0].Emotion!.Score < 0);
        Assert.Equal("Confused, Dilemma", feelings.Cells[0].Items[0].Emotion!.Label);
        Assert.True(feelings.Cells[1].Items[0].Emotion!.Score > 0);
        Assert.Null(feelings.Cells[2].Items[0].Emotion);
        Assert.True(feelings.Cells[3].Items[0].Emotion!.Score > 0);
        var warning = Assert.Single(result.Problems, p => p.Code == "emotion.no-score");
        Assert.Equal("Journey!D3", warning.Location!.Display);
    }
}
