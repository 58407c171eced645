namespace OfficeJourney.Storage.Tests;

public sealed class ETagsTests
{
    [Theory]
    [InlineData("\"3\"", "\"3\"", true)]
    [InlineData("*", "\"3\"", true)]
    [InlineData("\"1\", \"3\"", "\"3\"", true)]
    [InlineData("\"{5A1C-77},3\"", "\"{5A1C-77},3\"", true)]
    [InlineData("\"{5A1C-77},3\"", "\"{5A1C-77},4\"", false)]
    [InlineData("\"2\"", "\"3\"", false)]
    [InlineData("W/\"3\"", "\"3\"", false)]
    [InlineData("\"2\", W/\"3\"", "\"3\"", false)]
    [InlineData("3", "\"3\"", false)]
    [InlineData("\"3", "\"3\"", false)]
    public void If_match_compares_strongly_any_tag_of_the_list_with_the_current_one(string ifMatch, string current, bool matches)
    {
        Assert.Equal(matches, ETags.Match(ifMatch, current));
    }
}
