namespace OfficeJourney.Storage.Tests;

public sealed class NamespaceTests
{
    [Fact]
    public void No_two_namespaces_of_the_local_store_use_each_other()
    {
        var cycles = NamespaceGraph.Of(typeof(OfficeJourney.Storage.SqliteJourneyMapStore).Assembly).Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }
}
