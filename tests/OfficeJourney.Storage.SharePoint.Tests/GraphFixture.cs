using OfficeJourney.GraphFake;
using OfficeJourney.Storage.SharePoint;

namespace OfficeJourney.Storage.SharePoint.Tests;

/// <summary>
/// One fake Graph server on loopback for a test class, with a team site everyone may open and one only Maya
/// may. Stores are made per user with the real GraphServiceClient and its real middleware; only the token
/// differs from production (the fake takes the user's name as the bearer token instead of an on-behalf-of exchange).
/// </summary>
public sealed class GraphFixture : IAsyncLifetime
{
    public const string TeamSiteUrl = "https://contoso.sharepoint.com/sites/Marketing";
    public const string PrivateSiteUrl = "https://contoso.sharepoint.com/sites/Leadership";

    public FakeGraphServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeGraphServer.StartAsync();
        Server.AddSite(TeamSiteUrl);
        Server.AddSite(PrivateSiteUrl, members: ["maya"]);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public SharePointOptions Options(params SharePointSite[] sites)
    {
        var options = new SharePointOptions { GraphBaseUrl = Server.BaseUrl, MaxRetries = 3, RetryBudget = TimeSpan.FromSeconds(30) };
        foreach (var site in sites.Length > 0 ? sites : [new SharePointSite("marketing", TeamSiteUrl)])
        {
            options.Sites.Add(site);
        }

        return options;
    }

    /// <summary>A client pipeline and site catalog shared by every user, as in the service.</summary>
    public static Connection Connect(SharePointOptions options) => new(options);

    public sealed class Connection(SharePointOptions options) : IDisposable
    {
        private readonly SharePointGraph graph = new(options);

        public SiteCatalog Catalog { get; } = new(options);

        public SharePointJourneyMapStore StoreFor(string user) =>
            new(graph.ForUser(FakeGraphSignIn.As(user)), Catalog, options);

        public void Dispose() => graph.Dispose();
    }
}
