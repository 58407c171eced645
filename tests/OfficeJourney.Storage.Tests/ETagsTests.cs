using OfficeJourney.Storage;

namespace OfficeJourney.Storage.Tests;

public sealed class ETagsTests
{
    [Theory]
    [InlineData("\"3\"", "\"3\"", true)]
    [InlineData("*", "\"3\"", true)]
    [InlineData("W/\"3\"", "\"3\"", false)]
    [InlineData("\"2\"", "\"3\"", false)]
    [InlineData("\"1\", \"3\"", "\"3\"", true)]
    [InlineData("\"{0F3E…},4\", \"{0F3E…},5\"", "\"{0F3E…},5\"", true)]
    [InlineData("\"{0F3E…},4\"", "\"{0F3E…},5\"", false)]
    [InlineData("3", "\"3\"", false)]
    [InlineData("", "\"3\"", false)]
    public void If_match_compares_strongly_and_reads_lists_whose_tags_hold_commas(string ifMatch, string current, bool matches) =>
        Assert.Equal(matches, ETags.Match(ifMatch, current));
}
