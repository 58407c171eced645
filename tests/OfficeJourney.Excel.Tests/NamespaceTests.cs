using OfficeJourney.Excel.Reading;

namespace OfficeJourney.Excel.Tests;

public sealed class NamespaceTests
{
    [Fact]
    public void No_two_namespaces_of_excel_use_each_other()
    {
        var cycles = NamespaceGraph.Of(typeof(WorkbookReader).Assembly).Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }
}
