using OfficeJourney.Interpretation.Sheets;

namespace OfficeJourney.Core.Tests.Interpretation.Sheets;

public sealed class SheetViewTests
{
    private static SheetView View() => new(Grid.Sheet("Journey",
        ["Stage", "Awareness", "Purchase"],
        ["Actions", "Searches", "Buys"]));

    [Fact]
    public void A_draft_sees_the_cells_it_takes_at_once_and_the_sheet_only_once_they_are_marked()
    {
        var view = View();
        var draft = view.Draft();

        draft.Take(0, 0, 1, 1);

        Assert.True(draft.IsTaken(1, 1));
        Assert.False(draft.IsTaken(1, 2));
        Assert.False(view.IsTaken(1, 1));
        view.MarkTaken(draft.Claims);
        Assert.True(view.IsTaken(1, 1));
        Assert.False(view.IsTaken(0, 2));
    }

    [Fact]
    public void Cells_taken_through_a_transposed_draft_are_marked_where_they_stand_on_the_sheet()
    {
        var view = View();
        var draft = view.Transpose().Draft();

        draft.Take(2, 0, 2, 1);
        view.MarkTaken(draft.Claims);

        Assert.True(view.IsTaken(0, 2));
        Assert.True(view.IsTaken(1, 2));
        Assert.False(view.IsTaken(0, 1));
    }

    [Fact]
    public void Refused_labels_are_no_lane_labels_and_keep_their_text()
    {
        var view = View();
        Assert.NotNull(view.LaneKindAt(1, 0));

        view.Refuse(new CellArea(1, 0, 1, 0));

        Assert.Null(view.LaneKindAt(1, 0));
        Assert.True(view.IsRefused(1, 0));
        Assert.False(view.IsTaken(1, 0));
        Assert.Equal("Actions", view.Text(1, 0));
    }
}
