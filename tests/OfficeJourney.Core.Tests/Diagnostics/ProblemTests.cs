using OfficeJourney.Diagnostics;

namespace OfficeJourney.Core.Tests.Diagnostics;

public sealed class ProblemTests
{
    [Theory]
    [InlineData("Journey", "C7", "Journey!C7")]
    [InlineData("My map", "C7", "'My map'!C7")]
    [InlineData("O'Brien", "A1", "'O''Brien'!A1")]
    [InlineData("Hành trình", "B2", "'Hành trình'!B2")]
    public void A_location_reads_as_Excel_writes_it(string sheet, string cell, string display)
    {
        Assert.Equal(display, new SourceRef(sheet, cell).Display);
    }

    [Fact]
    public void A_problem_reads_with_its_location_first()
    {
        Assert.Equal("'My map'!C7: \"happy-ish\" has no score.", Problem.Warning("emotion.no-score", "\"happy-ish\" has no score.", new SourceRef("My map", "C7")).ToString());
        Assert.Equal("No journey grid was found.", Problem.Error("grid.not-found", "No journey grid was found.").ToString());
    }
}
