using System.Collections.Concurrent;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>Where a configured site keeps its maps: the ids Graph needs, resolved once.</summary>
internal sealed record SiteLocation(SharePointSite Site, string SiteId, string DriveId, string ListId, string FolderId);

/// <summary>
/// The configured sites, checked when the service starts, and where each keeps its maps once
/// <see cref="MapLibrary"/> has found it. Ids do not depend on who asks, so they are cached for the process;
/// access still does, and every later call checks it.
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

    /// <summary>Where a site keeps its maps: found by <paramref name="locate"/> on first use (callers meanwhile share that search), then kept.</summary>
    internal async Task<SiteLocation> ResolveAsync(SharePointSite site, Func<Task<SiteLocation>> locate)
    {
        var lazy = resolved.GetOrAdd(site.Name, _ => new Lazy<Task<SiteLocation>>(locate));
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
}
