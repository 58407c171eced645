namespace OfficeJourney.Storage.SharePoint.Tests;

public sealed class NamespaceTests
{
    [Fact]
    public void No_two_namespaces_of_the_sharepoint_store_use_each_other()
    {
        var cycles = NamespaceGraph.Of(typeof(OfficeJourney.Storage.SharePoint.SharePointJourneyMapStore).Assembly).Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }
}
