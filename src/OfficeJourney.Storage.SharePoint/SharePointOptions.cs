namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// The SharePoint store's settings (configuration section "Storage:SharePoint"). The client secret or
/// certificate comes from configuration or the environment at run time, never from a file in the repository.
/// </summary>
public sealed class SharePointOptions
{
    /// <summary>The team sites maps may be kept in, by URL; the first is where new maps go unless another is named.</summary>
    public IList<SharePointSite> Sites { get; } = [];

    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The secret of the app registration named in Auth:ClientId, for the on-behalf-of exchange; a trial's alternative to a certificate.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX/PEM certificate file, preferred over a secret in production.</summary>
    public string? ClientCertificatePath { get; set; }

    public string? ClientCertificatePassword { get; set; }

    /// <summary>How many times a throttled or failed Graph call is retried (the Graph client's retry handler; at most 10).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The longest a single save may spend waiting for Graph, retries included, before the caller gets a 503.</summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Files at least this big go through an upload session instead of one PUT.</summary>
    public int UploadSessionThreshold { get; set; } = 4 * 1024 * 1024;
}

/// <param name="Name">A short name used in map ids ("marketing~…"): letters, digits and dashes.</param>
/// <param name="Url">The site's URL, e.g. https://contoso.sharepoint.com/sites/Marketing.</param>
/// <param name="Library">The document library's name; empty for the site's default library ("Documents").</param>
/// <param name="Folder">The folder in the library the maps live in.</param>
public sealed record SharePointSite(string Name, string Url, string? Library = null, string Folder = "Journey Maps")
{
    public SharePointSite()
        : this(string.Empty, string.Empty)
    {
    }
}
