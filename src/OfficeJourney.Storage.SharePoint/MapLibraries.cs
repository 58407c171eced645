using Microsoft.Graph;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>The configured sites' libraries as one signed-in user reaches them, and which of them holds a map.</summary>
internal sealed class MapLibraries(GraphServiceClient graph, SiteCatalog catalog, SharePointOptions options)
{
    public Task<MapLibrary> OpenAsync(SharePointSite site, CancellationToken cancellationToken) =>
        MapLibrary.OpenAsync(graph, catalog, site, options, cancellationToken);

    /// <summary>The site's library; null when this user cannot open the site, which then holds no maps for them.</summary>
    public async Task<MapLibrary?> OpenIfAllowedAsync(SharePointSite site, CancellationToken cancellationToken)
    {
        try
        {
            return await OpenAsync(site, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (GraphErrors.IsAccessDenied(e) || GraphErrors.IsNotFound(e))
        {
            return null;
        }
    }

    /// <summary>The map an id names; null when it names no configured site or no file of ours, or this user cannot open its site.</summary>
    public async Task<MapEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        MapIds.TryParse(id, out var siteName, out var file) && catalog.Find(siteName) is { } site
        && await OpenIfAllowedAsync(site, cancellationToken).ConfigureAwait(false) is { } library
            ? new MapEntry(library, file)
            : null;
}
