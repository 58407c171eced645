using OfficeJourney.Storage.Tests;

namespace OfficeJourney.Storage.SharePoint.Tests;

/// <summary>The storage contract, unchanged, against the SharePoint store talking HTTP to the fake Graph.</summary>
public sealed class SharePointJourneyMapStoreTests : JourneyMapStoreContract, IClassFixture<GraphFixture>, IDisposable
{
    private readonly GraphFixture.Connection connection;
    private readonly SharePointJourneyMapStore store;

    public SharePointJourneyMapStoreTests(GraphFixture graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        connection = GraphFixture.Connect(graph.Options());
        store = connection.StoreFor("maya");
    }

    protected override IJourneyMapStore Store => store;

    public void Dispose() => connection.Dispose();
}
