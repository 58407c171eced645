using Microsoft.Graph;
using Microsoft.Graph.Models;
using SiteByPath = Microsoft.Graph.Sites.Item.SiteItemRequestBuilder;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// Finding a site's library, apart from using it: the site by its URL (<c>/sites/{host}:/{path}</c>; the tenant
/// is never searched), its library, list and maps folder (made when missing), and the map columns (added when
/// missing). This runs once per site and process; <see cref="SiteCatalog"/> keeps what it found.
/// </summary>
internal sealed partial class MapLibrary
{
    /// <summary>The site's library for this user; the process's first call finds where it is, through Graph.</summary>
    public static async Task<MapLibrary> OpenAsync(GraphServiceClient graph, SiteCatalog catalog, SharePointSite site, SharePointOptions options, CancellationToken cancellationToken) =>
        new(graph, await catalog.ResolveAsync(site, () => LocateAsync(graph, site, options, cancellationToken)).ConfigureAwait(false), options);

    private static async Task<SiteLocation> LocateAsync(GraphServiceClient graph, SharePointSite site, SharePointOptions options, CancellationToken cancellationToken)
    {
        var url = new Uri(site.Url);
        var found = await At(graph, options, $"/sites/{url.Host}:{url.AbsolutePath.TrimEnd('/')}?$select=id,webUrl", (raw, adapter) => new SiteByPath(raw, adapter))
            .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"SharePoint has no site at {site.Url}.");
        var siteId = found.Id!;

        Drive drive;
        if (string.IsNullOrWhiteSpace(site.Library))
        {
            drive = (await graph.Sites[siteId].Drive.GetAsync(c => c.QueryParameters.Select = ["id", "name"], cancellationToken).ConfigureAwait(false))!;
        }
        else
        {
            var drives = await graph.Sites[siteId].Drives.GetAsync(c => c.QueryParameters.Select = ["id", "name"], cancellationToken).ConfigureAwait(false);
            drive = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, site.Library, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"The site {site.Url} has no document library named \"{site.Library}\".");
        }

        var list = await graph.Drives[drive.Id].List.GetAsync(c => c.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
        var folder = await FolderAsync(graph, drive.Id!, site.Folder, cancellationToken).ConfigureAwait(false);
        await EnsureColumnsAsync(graph, site, siteId, list!.Id!, cancellationToken).ConfigureAwait(false);
        return new SiteLocation(site, siteId, drive.Id!, list.Id!, folder);
    }

    private static async Task<string> FolderAsync(GraphServiceClient graph, string driveId, string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await graph.Drives[driveId].Root.ItemWithPath(name).GetAsync(c => c.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false))!.Id!;
        }
        catch (Exception e) when (GraphErrors.IsNotFound(e))
        {
            var folder = new DriveItem { Name = name, Folder = new Folder(), AdditionalData = { ["@microsoft.graph.conflictBehavior"] = "fail" } };
            try
            {
                return (await graph.Drives[driveId].Items["root"].Children.PostAsync(folder, cancellationToken: cancellationToken).ConfigureAwait(false))!.Id!;
            }
            catch (Exception conflict) when (GraphErrors.IsConflict(conflict))
            {
                // Made by someone else meanwhile.
                return (await graph.Drives[driveId].Root.ItemWithPath(name).GetAsync(c => c.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false))!.Id!;
            }
        }
    }

    private static async Task EnsureColumnsAsync(GraphServiceClient graph, SharePointSite site, string siteId, string listId, CancellationToken cancellationToken)
    {
        var columns = await graph.Sites[siteId].Lists[listId].Columns.GetAsync(c => c.QueryParameters.Select = ["name"], cancellationToken).ConfigureAwait(false);
        var existing = new HashSet<string>(columns?.Value?.Select(c => c.Name!) ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var column in MapColumns.Definitions().Where(c => !existing.Contains(c.Name!)))
        {
            try
            {
                await graph.Sites[siteId].Lists[listId].Columns.PostAsync(column, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (GraphErrors.IsAccessDenied(e))
            {
                throw new StoreAccessDeniedException(
                    $"The library of {site.Url} lacks the journey map columns and you may not add them. A site owner opens OfficeJourney once, or adds them as docs/sharepoint-setup.md describes.", e);
            }
            catch (Exception e) when (GraphErrors.IsConflict(e))
            {
                // Added by someone else meanwhile: it is there, which is all that matters.
                existing.Add(column.Name!);
            }
        }
    }
}
