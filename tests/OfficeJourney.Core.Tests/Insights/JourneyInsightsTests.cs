using OfficeJourney.Insights;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Core.Tests.Insights;

public sealed class JourneyInsightsTests
{
    [Theory]
    [MemberData(nameof(InsightFixture.Languages), MemberType = typeof(InsightFixture))]
    public void Every_rule_finds_its_case_once_in_every_written_language_in_a_fixed_order(string language)
    {
        var insights = JourneyInsights.Find(InsightFixture.In(language).Map());

        Assert.Equal(
            [InsightKind.LargestDropOff, InsightKind.LowestEmotion, InsightKind.TransitionGap, InsightKind.OffTarget, InsightKind.PainWithoutOpportunity, InsightKind.MissingKpi, InsightKind.MissingOwner],
            insights.Select(i => i.Kind));
    }

    [Theory]
    [MemberData(nameof(InsightFixture.Languages), MemberType = typeof(InsightFixture))]
    public void The_largest_drop_off_names_both_stages_the_people_lost_and_the_cells_of_both_counts(string language)
    {
        var fixture = InsightFixture.In(language);
        var drop = JourneyInsights.Find(fixture.Map()).Single(i => i.Kind == InsightKind.LargestDropOff);

        Assert.Equal([0, 1], drop.Stages);
        Assert.Equal(["B6", "C6"], drop.Cells.Select(c => c.Cell));
        Assert.Contains(fixture.Stages[0], drop.Message, StringComparison.Ordinal);
        Assert.Contains(fixture.Stages[1], drop.Message, StringComparison.Ordinal);
        Assert.Contains("7,500", drop.Message, StringComparison.Ordinal);
        Assert.Contains("10,000", drop.Message, StringComparison.Ordinal);
        Assert.Contains("75%", drop.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InsightFixture.Languages), MemberType = typeof(InsightFixture))]
    public void The_lowest_point_is_the_stage_that_feels_worst_with_its_pain_points(string language)
    {
        var fixture = InsightFixture.In(language);
        var lowest = JourneyInsights.Find(fixture.Map()).Single(i => i.Kind == InsightKind.LowestEmotion);

        Assert.Equal([1], lowest.Stages);
        Assert.Equal(["C3", "C4"], lowest.Cells.Select(c => c.Cell));
        Assert.Contains(fixture.Pain, lowest.Message, StringComparison.Ordinal);
        Assert.Contains("1..5", lowest.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InsightFixture.Languages), MemberType = typeof(InsightFixture))]
    public void A_move_from_the_web_to_the_store_where_the_feeling_falls_is_a_transition_gap_in_the_maps_words(string language)
    {
        var fixture = InsightFixture.In(language);
        var gap = JourneyInsights.Find(fixture.Map()).Single(i => i.Kind == InsightKind.TransitionGap);
        var words = InsightWords.For(language);

        Assert.Equal([0, 1], gap.Stages);
        Assert.Contains(words.Dimensions["channel"], gap.Message, StringComparison.Ordinal);
        Assert.Contains(ChannelTerms.NameOf("web", ChannelDimension.Channel, language), gap.Message, StringComparison.Ordinal);
        Assert.Contains(ChannelTerms.NameOf("store", ChannelDimension.Channel, language), gap.Message, StringComparison.Ordinal);
        Assert.Equal(["B2", "C2", "B3", "C3"], gap.Cells.Select(c => c.Cell));
    }

    [Theory]
    [MemberData(nameof(InsightFixture.Languages), MemberType = typeof(InsightFixture))]
    public void A_metric_below_the_target_its_label_states_is_off_target_and_the_others_are_not(string language)
    {
        var fixture = InsightFixture.In(language);
        var off = Assert.Single(JourneyInsights.Find(fixture.Map()), i => i.Kind == InsightKind.OffTarget);

        Assert.Equal([0], off.Stages);
        Assert.Equal("B7", Assert.Single(off.Cells).Cell);
        Assert.Contains("30", off.Message, StringComparison.Ordinal);
        Assert.Contains("40", off.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(" + fixture.TargetWord, off.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InsightFixture.Languages), MemberType = typeof(InsightFixture))]
    public void Stages_left_without_an_opportunity_a_measure_or_an_owner_are_named(string language)
    {
        var fixture = InsightFixture.In(language);
        var insights = JourneyInsights.Find(fixture.Map());

        var pain = insights.Single(i => i.Kind == InsightKind.PainWithoutOpportunity);
        Assert.Equal([1], pain.Stages);
        Assert.Contains(fixture.Pain, pain.Message, StringComparison.Ordinal);
        Assert.Equal([3], insights.Single(i => i.Kind == InsightKind.MissingKpi).Stages);
        Assert.Equal([1], insights.Single(i => i.Kind == InsightKind.MissingOwner).Stages);
    }

    [Fact]
    public void A_map_with_one_feeling_throughout_has_no_lowest_point_and_its_hand_over_is_told_by_the_pain_point_instead()
    {
        var map = InsightFixture.In("en").Map();
        var flat = map with
        {
            Lanes = [.. map.Lanes.Select(l => l.Kind != Model.LaneKind.Emotions ? l : l with { Cells = [.. l.Cells.Select(c => c with { Items = [.. c.Items.Select(i => i with { Emotion = i.Emotion! with { Score = 3 } })] })] })],
        };

        var insights = JourneyInsights.Find(flat);
        Assert.DoesNotContain(insights, i => i.Kind == InsightKind.LowestEmotion);
        Assert.Contains("Long queue at the till", insights.Single(i => i.Kind == InsightKind.TransitionGap).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_with_no_measure_or_owner_anywhere_is_not_told_each_stage_lacks_one()
    {
        var map = InsightFixture.In("en").Map();
        var bare = map with { Lanes = [.. map.Lanes.Where(l => l.Kind is not (Model.LaneKind.Metric or Model.LaneKind.Owners))] };

        Assert.DoesNotContain(JourneyInsights.Find(bare), i => i.Kind is InsightKind.MissingKpi or InsightKind.MissingOwner);
    }

    [Fact]
    public void A_long_list_of_pain_points_names_the_first_three_and_counts_the_rest_without_doubling_the_full_stop()
    {
        var map = InsightFixture.In("en").Map();
        var stage = JourneyInsights.Find(map).Single(i => i.Kind == InsightKind.PainWithoutOpportunity).Stages.Single();
        string[] pains = ["Slow page.", "Hidden fees.", "No stock.", "Rude staff.", "Long wait."];
        var many = map with
        {
            Lanes = [.. map.Lanes.Select(l => l.Kind != Model.LaneKind.PainPoints ? l : l with
            {
                Cells = [.. l.Cells.Select((c, s) => s != stage ? c : c with { Items = [.. pains.Select(p => new Model.JourneyItem { Text = p })] })],
            })],
        };

        var message = JourneyInsights.Find(many).Single(i => i.Kind == InsightKind.PainWithoutOpportunity).Message;
        Assert.EndsWith("Slow page, Hidden fees, No stock (+2).", message, StringComparison.Ordinal);
    }
}
