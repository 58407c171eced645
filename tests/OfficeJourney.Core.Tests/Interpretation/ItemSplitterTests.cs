using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Text;

namespace OfficeJourney.Core.Tests.Interpretation;

public sealed class ItemSplitterTests
{
    [Theory]
    [InlineData("• First\n• Second", false, new[] { "First", "Second" })]
    [InlineData("- First\r\n- Second", false, new[] { "First", "Second" })]
    [InlineData("1. One\n2) Two", false, new[] { "One", "Two" })]
    [InlineData("Email, SMS; App", true, new[] { "Email", "SMS", "App" })]
    [InlineData("Email, SMS", false, new[] { "Email, SMS" })]
    [InlineData("Fill in", false, new string[0])]
    [InlineData("-2-3", false, new[] { "-2-3" })]
    [InlineData("ايميل، پیامک", true, new[] { "ايميل", "پیامک" })]
    public void Splits_cells_into_items(string text, bool listLane, string[] items)
    {
        Assert.Equal(items, ItemSplitter.Split(text, listLane));
    }
}
