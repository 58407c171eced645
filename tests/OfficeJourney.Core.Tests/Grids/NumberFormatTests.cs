using OfficeJourney.Grids;

namespace OfficeJourney.Core.Tests.Grids;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData("General", DisplayedAs.Number)]
    [InlineData("0.0%", DisplayedAs.Number)]
    [InlineData("#,##0 \"days\"", DisplayedAs.Number)]
    [InlineData("[Red]0.00;[Blue]-0.00", DisplayedAs.Number)]
    [InlineData("h:mm AM/PM", DisplayedAs.Time)]
    [InlineData("[h]:mm:ss", DisplayedAs.Time)]
    [InlineData("mm:ss", DisplayedAs.Time)]
    [InlineData("d/m/yyyy", DisplayedAs.Date)]
    [InlineData("[$-41E]d mmmm yyyy", DisplayedAs.Date)]
    [InlineData("yyyy-mm-dd hh:mm", DisplayedAs.DateTime)]
    public void A_format_code_says_whether_it_shows_a_date_or_a_time(string code, DisplayedAs expected) =>
        Assert.Equal(expected, NumberFormats.Of(code));

    [Theory]
    [InlineData(0.2916666666666667, DisplayedAs.Time, false, "07:00")]
    [InlineData(0.999999, DisplayedAs.Time, false, "00:00")]
    [InlineData(0.5208449, DisplayedAs.Time, false, "12:30:01")]
    [InlineData(45717, DisplayedAs.Date, false, "2025-03-01")]
    [InlineData(44255, DisplayedAs.Date, true, "2025-03-01")]
    [InlineData(45717.75, DisplayedAs.DateTime, false, "2025-03-01 18:00")]
    public void A_number_shown_as_a_date_or_time_reads_the_same_in_every_culture(double serial, DisplayedAs shown, bool date1904, string expected) =>
        Assert.Equal(CellValue.FromText(expected), NumberFormats.Display(CellValue.FromNumber(serial), shown, date1904));

    [Fact]
    public void A_number_beyond_the_last_date_or_below_zero_stays_a_number()
    {
        Assert.Equal(CellValue.FromNumber(3e9), NumberFormats.Display(CellValue.FromNumber(3e9), DisplayedAs.Date));
        Assert.Equal(CellValue.FromNumber(-1), NumberFormats.Display(CellValue.FromNumber(-1), DisplayedAs.Time));
        Assert.Equal(CellValue.FromText("07:00"), NumberFormats.Display(CellValue.FromText("07:00"), DisplayedAs.Time));
    }
}
