using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using ItemContent = Microsoft.Graph.Drives.Item.Items.Item.Content.ContentRequestBuilder;
using ItemFields = Microsoft.Graph.Sites.Item.Lists.Item.Items.Item.Fields.FieldsRequestBuilder;
using ItemVersions = Microsoft.Graph.Sites.Item.Lists.Item.Items.Item.Versions.VersionsRequestBuilder;
using RestoreVersion = Microsoft.Graph.Drives.Item.Items.Item.Versions.Item.RestoreVersion.RestoreVersionRequestBuilder;
using UploadSession = Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession.CreateUploadSessionRequestBuilder;
using VersionContent = Microsoft.Graph.Drives.Item.Items.Item.Versions.Item.Content.ContentRequestBuilder;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// One configured site's maps folder as one signed-in user reaches it: every Microsoft Graph call of the store.
/// Files are addressed by name under the folder, the folder by id (<c>/drives/{drive}/items/{folder}:/{name}:</c>),
/// so a map's file needs no lookup. What SharePoint will not show this user reads as not there, except the content
/// of a file they were just shown or wrote, whose refusal is a refusal. Writes are
/// conditional in Graph itself (If-Match, conflictBehavior); their refusals (409, 412) reach the caller as
/// Graph's errors, for the save protocol to judge.
/// </summary>
internal sealed partial class MapLibrary
{
    private const int PageSize = 200;
    private const int UploadSliceBytes = 320 * 1024 * 10; // upload sessions take slices in multiples of 320 KiB
    private const long MaxFileBytes = 64L * 1024 * 1024;
    private readonly GraphServiceClient graph;
    private readonly SiteLocation location;
    private readonly SharePointOptions options;

    private MapLibrary(GraphServiceClient graph, SiteLocation location, SharePointOptions options)
    {
        this.graph = graph;
        this.location = location;
        this.options = options;
    }

    public SharePointSite Site => location.Site;

    /// <summary>A file's item with its list-item columns; null when it is not there for this user.</summary>
    public Task<DriveItem?> ItemAsync(string name, CancellationToken cancellationToken) =>
        UnlessHidden(() => ItemPath(name).GetAsync(c => c.QueryParameters.Expand = ["listItem($expand=fields)"], cancellationToken));

    /// <summary>A file's id alone, no columns: whether it is there for this user (null when not).</summary>
    public Task<DriveItem?> FindAsync(string name, CancellationToken cancellationToken) =>
        UnlessHidden(() => ItemPath(name).GetAsync(c => c.QueryParameters.Select = ["id"], cancellationToken));

    /// <summary>A file's content; null when it is not there for this user (hidden from them, or in a site they may not open).</summary>
    public Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken) => UnlessHidden(() => ContentAsync(name, cancellationToken));

    /// <summary>
    /// The content of a file this user was just shown or wrote: null only when it is gone (404). A refusal now
    /// (401, 403) is SharePoint's answer to them about a file they know of, and reaches them as a 403.
    /// </summary>
    public Task<byte[]?> ReadKnownAsync(string name, CancellationToken cancellationToken) => UnlessMissing(() => ContentAsync(name, cancellationToken));

    /// <summary>Everything in the folder with its columns, a page per 200 items; nothing when this user may not open it.</summary>
    public async Task<IReadOnlyList<DriveItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        var children = graph.Drives[location.DriveId].Items[location.FolderId].Children;
        return await UnlessHidden(() => AllPagesAsync(
            children.GetAsync(
                c =>
                {
                    c.QueryParameters.Top = PageSize;
                    c.QueryParameters.Select = ["id", "name", "eTag", "lastModifiedDateTime"];
                    c.QueryParameters.Expand = ["listItem($expand=fields)"];
                },
                cancellationToken),
            page => page.Value,
            next => children.WithUrl(next).GetAsync(cancellationToken: cancellationToken))).ConfigureAwait(false) ?? [];
    }

    /// <summary>Writes a new file; Graph refuses with 409 when the name is taken (conflictBehavior=fail).</summary>
    public Task<DriveItem?> CreateAsync(string name, byte[] content, CancellationToken cancellationToken) =>
        WriteAsync(name, content, "fail", ifMatch: null, cancellationToken);

    /// <summary>Replaces a file's content (or writes it new); with an eTag only that state of it, Graph refusing with 412 otherwise.</summary>
    public Task<DriveItem?> ReplaceAsync(string name, byte[] content, string? ifMatch, CancellationToken cancellationToken) =>
        WriteAsync(name, content, "replace", ifMatch, cancellationToken);

    /// <summary>
    /// Writes a file's columns; false when, with an eTag, the item had changed first: a refusal the save protocol
    /// expects (someone saved on top), not a failure.
    /// </summary>
    public async Task<bool> WriteColumnsAsync(string name, FieldValueSet fields, string? ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            await OnItem(name, "/listItem/fields", (url, adapter) => new ItemFields(url, adapter))
                .PatchAsync(fields, c => IfMatch(c.Headers, ifMatch), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (GraphErrors.IsPreconditionFailed(e) && ifMatch is not null)
        {
            return false;
        }
    }

    /// <summary>Deletes a file; with an eTag only that state of it (412 otherwise); 404 when it is not there.</summary>
    public Task DeleteAsync(string name, string? ifMatch, CancellationToken cancellationToken) =>
        ItemPath(name).DeleteAsync(c => IfMatch(c.Headers, ifMatch), cancellationToken);

    public async Task DeleteIfThereAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await DeleteAsync(name, ifMatch: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (GraphErrors.IsNotFound(e))
        {
            return;
        }
    }

    /// <summary>A file's list-item versions with their columns, all pages; none when the file is not there for this user.</summary>
    public async Task<IReadOnlyList<ListItemVersion>> VersionsAsync(string name, CancellationToken cancellationToken)
    {
        // A raw URL takes no query parameters from a request configuration: the expansion is written into it.
        var versions = OnItem(name, "/listItem/versions?$expand=fields", (url, adapter) => new ItemVersions(url, adapter));
        return await UnlessHidden(() => AllPagesAsync(
            versions.GetAsync(cancellationToken: cancellationToken),
            page => page.Value,
            next => versions.WithUrl(next).GetAsync(cancellationToken: cancellationToken))).ConfigureAwait(false) ?? [];
    }

    /// <summary>The content a file had in one of its versions (by the version's label).</summary>
    public async Task<byte[]> ReadVersionAsync(string name, string label, CancellationToken cancellationToken) =>
        await ReadAllAsync(
            await OnItem(name, $"/versions/{label}/content", (url, adapter) => new VersionContent(url, adapter)).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    /// <summary>SharePoint's own restore: the old content comes back as a new version, history kept.</summary>
    public Task RestoreVersionAsync(string name, string label, CancellationToken cancellationToken) =>
        OnItem(name, $"/versions/{label}/restoreVersion", (url, adapter) => new RestoreVersion(url, adapter)).PostAsync(cancellationToken: cancellationToken);

    /// <summary>
    /// Writes a whole file in one request, or through an upload session (same client pipeline, same
    /// conditions) when it is large.
    /// </summary>
    private async Task<DriveItem?> WriteAsync(string name, byte[] content, string conflict, string? ifMatch, CancellationToken cancellationToken)
    {
        if (content.Length < options.UploadSessionThreshold)
        {
            using var body = new MemoryStream(content, writable: false);

            // The SDK has no conflictBehavior parameter on PUT …/content; Graph reads it from the URL.
            return await OnItem(name, $"/content?@microsoft.graph.conflictBehavior={conflict}", (url, adapter) => new ItemContent(url, adapter))
                .PutAsync(body, c => IfMatch(c.Headers, ifMatch), cancellationToken).ConfigureAwait(false);
        }

        var session = await OnItem(name, "/createUploadSession", (url, adapter) => new UploadSession(url, adapter)).PostAsync(
            new CreateUploadSessionPostRequestBody { Item = new DriveItemUploadableProperties { AdditionalData = { ["@microsoft.graph.conflictBehavior"] = conflict } } },
            c => IfMatch(c.Headers, ifMatch), cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(content, writable: false);

        // The request adapter keeps the upload inside the Graph client's pipeline (and its retry handler).
        var upload = new LargeFileUploadTask<DriveItem>(session!, stream, UploadSliceBytes, graph.RequestAdapter);
        var result = await upload.UploadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.UploadSucceeded
            ? result.ItemResponse
            : throw new StoreUnavailableException($"SharePoint did not finish receiving {name}; nothing was changed. Try again.");
    }

    /// <summary>
    /// The item addressed by path under the folder. Only its own calls (get, delete, content) keep the path: the
    /// SDK's navigation from it to columns, versions or upload sessions drops the path and lands on the folder,
    /// so those calls go through <see cref="OnItem"/>.
    /// </summary>
    private CustomDriveItemItemRequestBuilder ItemPath(string name) =>
        graph.Drives[location.DriveId].Items[location.FolderId].ItemWithPath(name);

    /// <summary>A request builder for a call on the item at a path under the folder, made from its full URL.</summary>
    private T OnItem<T>(string name, string call, Func<string, IRequestAdapter, T> builder) =>
        At(graph, options, $"/drives/{location.DriveId}/items/{location.FolderId}:/{name}:{call}", builder);

    /// <summary>The one place a request builder is made from a URL, for the addresses the SDK cannot navigate to.</summary>
    private static T At<T>(GraphServiceClient graph, SharePointOptions options, string path, Func<string, IRequestAdapter, T> builder) =>
        builder(options.GraphBaseUrl.TrimEnd('/') + path, graph.RequestAdapter);

    private static void IfMatch(RequestHeaders headers, string? ifMatch)
    {
        if (ifMatch is not null)
        {
            headers.Add("If-Match", ifMatch);
        }
    }

    private async Task<byte[]?> ContentAsync(string name, CancellationToken cancellationToken) =>
        await ReadAllAsync(await ItemPath(name).Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private static Task<T?> UnlessMissing<T>(Func<Task<T?>> read)
        where T : class => NullWhen(read, GraphErrors.IsNotFound);

    /// <summary>What SharePoint will not show this user, or keeps them out of (a site they may not open), does not exist for them.</summary>
    private static Task<T?> UnlessHidden<T>(Func<Task<T?>> read)
        where T : class => NullWhen(read, e => GraphErrors.IsNotFound(e) || GraphErrors.IsAccessDenied(e));

    private static async Task<T?> NullWhen<T>(Func<Task<T?>> read, Func<Exception, bool> absent)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (absent(e))
        {
            return null;
        }
    }

    private static async Task<List<T>?> AllPagesAsync<TPage, T>(Task<TPage?> first, Func<TPage, List<T>?> items, Func<string, Task<TPage?>> next)
        where TPage : BaseCollectionPaginationCountResponse
    {
        var all = new List<T>();
        for (var page = await first.ConfigureAwait(false); page is not null; page = page.OdataNextLink is { } link ? await next(link).ConfigureAwait(false) : null)
        {
            all.AddRange(items(page) ?? []);
        }

        return all;
    }

    private static async Task<byte[]> ReadAllAsync(Stream? stream, CancellationToken cancellationToken)
    {
        if (stream is null)
        {
            return [];
        }

        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    throw new InvalidDataException($"A file in the library is larger than {MaxFileBytes / (1024 * 1024)} MB.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
