using OfficeJourney.Comparison;
using OfficeJourney.Core.Tests.Interpretation;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Comparison;

public sealed class MapDiffTests
{
    private static JourneyMap Read(params string[][] rows) => new GridInterpreter().Interpret(Grid.Sheet("Journey", rows)).Maps[0];

    [Fact]
    public void Finds_stages_lanes_items_and_emotions_added_removed_or_changed()
    {
        var q1 = Read(
            ["Stage", "Search", "Buy"],
            ["Actions", "Googles", "Pays"],
            ["Pain points", "Too many ads", "Slow checkout"],
            ["Emotions (-2..+2)", "#1", "#-2"]);
        var q2 = Read(
            ["Stage", "Search", "Buy", "Return"],
            ["Actions", "Googles", "Pays", "Sends back"],
            ["Pain points", "Too many ads", "", "Label printing"],
            ["Opportunities", "Better targeting", "", ""],
            ["Emotions (-2..+2)", "#1", "#0", "#-1"]);

        var changes = MapDiff.Compare(q1, q2);

        Assert.Contains(new MapChange(ChangeKind.Added, ChangeSubject.Stage, "Return", null, null, "Return"), changes);
        Assert.Contains(new MapChange(ChangeKind.Added, ChangeSubject.Lane, null, "Opportunities", null, "Opportunities"), changes);
        Assert.Contains(new MapChange(ChangeKind.Removed, ChangeSubject.Item, "Buy", "Pain points", "Slow checkout", null), changes);
        Assert.Contains(new MapChange(ChangeKind.Added, ChangeSubject.Item, "Return", "Actions", null, "Sends back"), changes);
        Assert.Contains(new MapChange(ChangeKind.Changed, ChangeSubject.Emotion, "Buy", "Emotions (-2..+2)", "-2", "0"), changes);
        Assert.Contains(new MapChange(ChangeKind.Added, ChangeSubject.Emotion, "Return", "Emotions (-2..+2)", null, "-1"), changes);
        Assert.DoesNotContain(changes, c => c.Stage == "Search" && c.Subject == ChangeSubject.Item && c.Lane == "Actions");
    }

    [Fact]
    public void A_map_compared_with_itself_has_no_changes()
    {
        var map = Read(["Stage", "Search", "Buy"], ["Actions", "Googles", "Pays"]);

        Assert.Empty(MapDiff.Compare(map, map));
    }

    [Fact]
    public void A_removed_stage_is_reported()
    {
        var before = Read(["Stage", "Search", "Buy"], ["Actions", "Googles", "Pays"]);
        var after = Read(["Stage", "Search"], ["Actions", "Googles"]);

        var changes = MapDiff.Compare(before, after);

        Assert.Contains(new MapChange(ChangeKind.Removed, ChangeSubject.Stage, "Buy", null, "Buy", null), changes);
    }
}
