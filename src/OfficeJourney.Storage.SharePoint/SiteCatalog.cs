using System.Collections.Concurrent;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>Where a configured site keeps its maps: the ids Graph needs, resolved once.</summary>
internal sealed record SiteLocation(SharePointSite Site, string SiteId, string DriveId, string ListId, string FolderId);

/// <summary>
/// Resolves the configured sites by URL (<c>/sites/{host}:/{path}</c>; the tenant is never searched), their
/// library, list and "Journey Maps" folder, and makes sure the library has the map columns. Ids do not depend
/// on who asks, so they are cached for the process; access still does, and every later call checks it.
/// </summary>
public sealed class SiteCatalog
{
    private readonly SharePointOptions options;
    private readonly ConcurrentDictionary<string, Lazy<Task<SiteLocation>>> resolved = new(StringComparer.OrdinalIgnoreCase);

    public SiteCatalog(SharePointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Sites.Count == 0)
        {
            throw new InvalidOperationException("Storage:SharePoint:Sites is empty: name at least one team site (Name and Url) to keep maps in.");
        }

        foreach (var site in options.Sites)
        {
            if (string.IsNullOrWhiteSpace(site.Name) || !site.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                throw new InvalidOperationException($"The site name \"{site.Name}\" must be letters, digits and dashes: it becomes part of map ids.");
            }

            if (!Uri.TryCreate(site.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.AbsolutePath.Length <= 1)
            {
                throw new InvalidOperationException($"The URL of site \"{site.Name}\" must be the site's https address, e.g. https://contoso.sharepoint.com/sites/Marketing; it is \"{site.Url}\".");
            }

            if (string.IsNullOrWhiteSpace(site.Folder) || site.Folder.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '#', '%']) >= 0)
            {
                throw new InvalidOperationException($"The folder of site \"{site.Name}\" must be one folder name without / \\ : * ? \" < > | # %.");
            }
        }

        this.options = options;
    }

    public IReadOnlyList<SharePointSite> Sites => [.. options.Sites];

    public SharePointSite Default => options.Sites[0];

    public SharePointSite? Find(string name) => options.Sites.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    internal async Task<SiteLocation> ResolveAsync(GraphServiceClient graph, SharePointSite site, CancellationToken cancellationToken)
    {
        var lazy = resolved.GetOrAdd(site.Name, _ => new Lazy<Task<SiteLocation>>(() => LocateAsync(graph, site, cancellationToken)));
        try
        {
            return await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failure (no access, throttled) is not remembered: the next caller tries again.
            resolved.TryRemove(new KeyValuePair<string, Lazy<Task<SiteLocation>>>(site.Name, lazy));
            throw;
        }
    }

    private async Task<SiteLocation> LocateAsync(GraphServiceClient graph, SharePointSite site, CancellationToken cancellationToken)
    {
        var url = new Uri(site.Url);
        var baseUrl = options.GraphBaseUrl.TrimEnd('/');
        var found = await graph.Sites["root"].WithUrl($"{baseUrl}/sites/{url.Host}:{url.AbsolutePath.TrimEnd('/')}?$select=id,webUrl").GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
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
