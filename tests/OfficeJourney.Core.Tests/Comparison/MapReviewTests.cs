using OfficeJourney.Comparison;
using OfficeJourney.Core.Tests.Interpretation;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Comparison;

public sealed class MapReviewTests
{
    private static readonly JourneyMap Q1 = Read(
        ["Stage", "Search", "Compare", "Buy"],
        ["Touchpoints", "Google ads", "Review site", "Web shop\nCall centre"],
        ["Pain points", "Too many ads", "Confusing prices", "Slow checkout"],
        ["Emotions (-2..+2)", "#1", "#0", "#-2"],
        ["Bounce rate (%)", "60%", "40%", "30%"],
        ["Visitors", "1000", "500", "100"]);

    private static readonly JourneyMap Q2 = Read(
        ["Stage", "search", "Buy", "Return"],
        ["Touchpoints", "Google ads\nInstagram", "Web shop", "Parcel shop"],
        ["Pain points", "Too many ads", "Confusing prices", "Label printing"],
        ["Emotions (-2..+2)", "#1", "#1", "#-1"],
        ["Bounce rate (%)", "50%", "35%", ""],
        ["Visitors", "900", "150", "20"]);

    private static JourneyMap Read(params string[][] rows) => new GridInterpreter().Interpret(Grid.Sheet("Journey", rows)).Maps[0];

    [Fact]
    public void Stages_added_and_removed_are_named_and_a_stage_differing_only_in_case_is_the_same()
    {
        var review = MapReview.Of(Q1, Q2);

        Assert.Equal(["Return"], review.StagesAdded);
        Assert.Equal(["Compare"], review.StagesRemoved);
    }

    [Fact]
    public void Touchpoints_added_and_removed_are_named_with_their_stage()
    {
        var review = MapReview.Of(Q1, Q2);

        Assert.Equal([new StageItem("search", "Instagram"), new StageItem("Return", "Parcel shop")], review.TouchpointsAdded);
        Assert.Equal([new StageItem("Compare", "Review site"), new StageItem("Buy", "Call centre")], review.TouchpointsRemoved);
    }

    [Fact]
    public void Emotion_is_given_per_stage_then_and_now_removed_stages_last()
    {
        var review = MapReview.Of(Q1, Q2);

        Assert.Equal(
            [new EmotionThenNow("search", 1, 1), new EmotionThenNow("Buy", -2, 1), new EmotionThenNow("Return", null, -1), new EmotionThenNow("Compare", 0, null)],
            review.Emotions);
        Assert.Equal(EmotionScale.Bipolar2, review.Scale);
    }

    [Fact]
    public void A_metric_where_less_is_better_improves_when_it_falls_and_a_count_when_it_rises()
    {
        var review = MapReview.Of(Q1, Q2);

        var bounce = review.Metrics.Single(m => m.Metric.StartsWith("Bounce", StringComparison.Ordinal) && m.Stage == "Buy");
        Assert.Equal((30.0, 35.0, 5.0, false), (bounce.Then, bounce.Now, bounce.Change, bounce.Better));
        var searchBounce = review.Metrics.Single(m => m.Metric.StartsWith("Bounce", StringComparison.Ordinal) && m.Stage == "search");
        Assert.True(searchBounce.Better);
        var visitors = review.Metrics.Single(m => m.Metric == "Visitors" && m.Stage == "Buy");
        Assert.Equal((100.0, 150.0, true), (visitors.Then, visitors.Now, visitors.Better));
        var removed = review.Metrics.Single(m => m.Metric == "Visitors" && m.Stage == "Compare");
        Assert.Equal((500.0, (double?)null, (bool?)null), (removed.Then, removed.Now, removed.Better));
    }

    [Fact]
    public void Pain_points_gone_everywhere_are_resolved_and_a_pain_that_moved_stage_is_neither()
    {
        var review = MapReview.Of(Q1, Q2);

        Assert.Equal([new StageItem("Buy", "Slow checkout")], review.PainsResolved);
        Assert.Equal([new StageItem("Return", "Label printing")], review.PainsNew);
    }

    [Fact]
    public void Names_match_whatever_their_case_and_accents()
    {
        var then = Read(["Stage", "Điểm chạm"], ["Touchpoints", "Café"], ["Pain points", "Chậm"]);
        var now = Read(["Stage", "diem cham"], ["Touchpoints", "CAFE"], ["Pain points", "chám"]);

        var review = MapReview.Of(then, now);

        Assert.False(review.HasStructuralChanges);
        Assert.Empty(review.PainsResolved);
        Assert.Empty(review.PainsNew);
    }

    [Fact]
    public void A_map_reviewed_against_itself_has_nothing_added_removed_resolved_or_new()
    {
        var review = MapReview.Of(Q1, Q1);

        Assert.False(review.HasStructuralChanges);
        Assert.Empty(review.PainsResolved);
        Assert.Empty(review.PainsNew);
        Assert.All(review.Metrics, m => Assert.Null(m.Better));
    }

    [Fact]
    public void Older_scores_are_carried_onto_the_newer_scale()
    {
        var then = Read(["Stage", "Search"], ["Emotions (1-5)", "#5"]);
        var now = Read(["Stage", "Search"], ["Emotions (-2..+2)", "#0"]);

        var review = MapReview.Of(then, now);

        Assert.Equal(new EmotionThenNow("Search", 2, 0), review.Emotions.Single());
    }

    [Theory]
    [InlineData("As-is", "To-be")]
    [InlineData("Current state", "Future state")]
    [InlineData("สถานะปัจจุบัน", "สถานะในอนาคต")]
    [InlineData("Hiện trạng", "Tương lai")]
    [InlineData("وضعیت فعلی", "وضعیت آینده")]
    [InlineData("Pašreizējais stāvoklis", "Nākotnes stāvoklis")]
    [InlineData("Текущее состояние", "Целевое состояние")]
    [InlineData("Stato attuale", "Stato futuro")]
    [InlineData("Ist-Zustand", "Soll-Zustand")]
    [InlineData("Estado actual", "Estado futuro")]
    [InlineData("État actuel", "État futur")]
    [InlineData("Estado atual", "Estado futuro")]
    public void A_workbook_with_a_current_and_a_future_sheet_holds_a_pair(string currentSheet, string futureSheet)
    {
        var result = new GridInterpreter().Interpret(new WorkbookGrid(
        [
            Grid.Sheet(futureSheet, ["Stage", "Search", "Buy"], ["Actions", "Asks a bot", "One click"]),
            Grid.Sheet(currentSheet, ["Stage", "Search", "Buy"], ["Actions", "Googles", "Pays"]),
        ]));

        var pair = CurrentAndFuture.Find(result.Maps);

        Assert.NotNull(pair);
        Assert.Equal(currentSheet, pair.Current.Sheet);
        Assert.Equal(futureSheet, pair.Future.Sheet);
    }

    [Fact]
    public void Two_maps_neither_saying_future_are_no_pair_and_words_count_whole()
    {
        var result = new GridInterpreter().Interpret(new WorkbookGrid(
        [
            Grid.Sheet("Futures trading", ["Stage", "Search", "Buy"], ["Actions", "Googles", "Pays"]),
            Grid.Sheet("Retail", ["Stage", "Search", "Buy"], ["Actions", "Googles", "Pays"]),
        ]));

        Assert.Null(CurrentAndFuture.Find(result.Maps));
    }
}
