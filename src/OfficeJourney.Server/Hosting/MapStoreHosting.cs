using OfficeJourney.Server.Options;
using OfficeJourney.Storage;
using OfficeJourney.Storage.SharePoint;

namespace OfficeJourney.Server.Hosting;

/// <summary>Chooses the store from configuration: the local SQLite file, or SharePoint as the signed-in user.</summary>
internal static class MapStoreHosting
{
    public static void AddMapStore(this WebApplicationBuilder builder, AuthOptions auth, StorageOptions options)
    {
        builder.Services.AddSingleton(options);
        if (options.Mode == StorageMode.Local)
        {
            builder.Services.AddSingleton<IJourneyMapStore>(new SqliteJourneyMapStore(options.DatabasePath));
            return;
        }

        if (auth.Mode != AuthMode.Team)
        {
            throw new InvalidOperationException("Storage:Mode SharePoint needs Auth:Mode Team: maps are read and written as the signed-in user.");
        }

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(options.SharePoint);
        builder.Services.AddSingleton(new SiteCatalog(options.SharePoint));
        builder.Services.AddSingleton(services => new SharePointGraph(
            services.GetRequiredService<SharePointOptions>(),
            _ => new OnBehalfOfCaller(services.GetRequiredService<Microsoft.Identity.Abstractions.IAuthorizationHeaderProvider>())));

        // One store per request, as the caller: Graph answers with their permissions.
        builder.Services.AddScoped<IJourneyMapStore>(services =>
        {
            var request = services.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
            var token = request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? header["Bearer ".Length..].Trim()
                : throw new InvalidOperationException("A SharePoint store needs the caller's bearer token.");
            return new SharePointJourneyMapStore(services.GetRequiredService<SharePointGraph>().ForUser(token), services.GetRequiredService<SiteCatalog>(), options.SharePoint)
            {
                CreateInSite = request.Query["site"].FirstOrDefault(),
            };
        });
    }
}
