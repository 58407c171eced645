using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using OfficeJourney.Server.Options;
using OfficeJourney.Storage;
using OfficeJourney.Storage.SharePoint;

namespace OfficeJourney.Server.Hosting;

/// <summary>Chooses the store from configuration: the local SQLite file, or SharePoint as the signed-in user.</summary>
internal static class MapStoreHosting
{
    public static void AddMapStore(this WebApplicationBuilder builder, AuthOptions auth, StorageOptions options)
    {
        if (options.Mode == StorageMode.Local)
        {
            builder.Services.AddSingleton<IJourneyMapStore>(new SqliteJourneyMapStore(options.DatabasePath));
            return;
        }

        if (auth.Mode != AuthMode.Team)
        {
            throw new InvalidOperationException("Storage:Mode SharePoint needs Auth:Mode Team: maps are read and written as the signed-in user.");
        }

        // Made now, so that a site configured wrong stops the start.
        builder.Services.AddSingleton(new SiteCatalog(options.SharePoint));
        builder.Services.AddSingleton(services => new SharePointGraph(SharePoint(services)));

        // One store per request, as the caller: Graph answers with their permissions. Identity.Web's header
        // provider is scoped to the request (it exchanges this request's token), so the caller is made here, in the
        // request's scope; the Graph client's pipeline and connections are the process's.
        builder.Services.AddScoped<IJourneyMapStore>(services => new SharePointJourneyMapStore(
            services.GetRequiredService<SharePointGraph>().ForUser(new OnBehalfOfCaller(services.GetRequiredService<IAuthorizationHeaderProvider>())),
            services.GetRequiredService<SiteCatalog>(),
            SharePoint(services)));
    }

    private static SharePointOptions SharePoint(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value.SharePoint;
}
