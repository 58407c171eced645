using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Excel.Tests.Fixtures;

/// <summary>Touchpoint inventories people published: a row per touchpoint with its channel and a rating beside it.</summary>
public sealed class TouchpointImpactTests
{
    [Theory]
    [InlineData("real/en-touchpoint-inventory-b4.xlsx", "Radio spot", "Medium", 0.6, "Local radio")]
    [InlineData("real/en-touchpoint-inventory-b4.xlsx", "Class timetable", "High", 1.0, "Website")]
    [InlineData("touchpoint-inventory.xlsx", "Friend referral", "5", 1.0, "Word of mouth")]
    [InlineData("touchpoint-inventory.xlsx", "Facebook ad", "3", 0.6, "Social")]
    public void Each_touchpoint_takes_the_rating_and_channel_of_its_own_row(string file, string touchpoint, string written, double score, string zone)
    {
        var result = new GridInterpreter().Interpret(WorkbookReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", file)));

        var item = Assert.Single(result.Maps.SelectMany(m => m.Lanes).Where(l => l.Kind == LaneKind.Touchpoints).SelectMany(l => l.Cells).SelectMany(c => c.Items), i => i.Text == touchpoint);
        Assert.Equal(new Impact(score, written), item.Impact);
        Assert.Equal(zone, item.Zone);
    }
}
