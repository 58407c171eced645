using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfficeJourney.GraphFake;

/// <summary>
/// A Microsoft Graph look-alike on loopback for the SharePoint endpoints OfficeJourney uses: sites by path,
/// drives, the list and its columns, items by path, content, children (paged), versions and restore, list-item
/// fields and their versions, upload sessions. It keeps Graph's semantics where they matter to the store:
/// eTags that change with content and columns, If-Match → 412, conflictBehavior=fail → 409, per-site access
/// (403) and hidden items (404), Retry-After on scripted 429/503/504s. Callers authenticate with
/// "Bearer {user name}".
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<FakeSite> sites = [];
    private readonly ConcurrentQueue<GraphCall> calls = new();
    private readonly List<Fault> faults = [];
    private readonly List<Interleaving> interleavings = [];
    private readonly Dictionary<string, UploadSession> uploads = new(StringComparer.Ordinal);

    private FakeGraphServer(WebApplication app) => this.app = app;

    /// <summary>The Graph base URL clients use, e.g. http://127.0.0.1:41234/v1.0.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyList<GraphCall> Calls => [.. calls];

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 256 * 1024 * 1024);
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return server;
    }

    public FakeSite AddSite(string url, IEnumerable<string>? members = null)
    {
        var uri = new Uri(url);
        var site = new FakeSite(uri.Host, uri.AbsolutePath.TrimEnd('/'), members);
        lock (gate)
        {
            sites.Add(site);
        }

        return site;
    }

    public void Script(Fault fault)
    {
        lock (gate)
        {
            faults.Add(fault);
        }
    }

    /// <summary>Runs another client's work at a chosen point of the next call of an operation (see <see cref="Interleaving"/>).</summary>
    public void Interleave(Interleaving interleaving)
    {
        lock (gate)
        {
            interleavings.Add(interleaving);
        }
    }

    public void ClearCalls() => calls.Clear();

    /// <summary>Calls per operation since the last <see cref="ClearCalls"/>.</summary>
    public IReadOnlyDictionary<string, int> CallCounts() =>
        calls.GroupBy(c => c.Operation).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Reads or changes the fake's state under its lock (tests look at files and versions directly).</summary>
    public T Inspect<T>(Func<IReadOnlyList<FakeSite>, T> look)
    {
        ArgumentNullException.ThrowIfNull(look);
        lock (gate)
        {
            return look(sites);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync().ConfigureAwait(false);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        var user = request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : string.Empty;
        var body = await ReadBodyAsync(request).ConfigureAwait(false);
        var route = Route(request.Method, path);
        Reply reply;
        if (route is null)
        {
            reply = Error(400, "invalidRequest", $"The fake does not serve {request.Method} {path}.");
        }
        else if (user.Length == 0 && route.Value.Operation != "uploadChunk")
        {
            reply = Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        else
        {
            var fault = TakeFault(route.Value.Operation);
            var interleaving = TakeInterleaving(route.Value.Operation);
            if (interleaving is { AfterCommit: false })
            {
                await interleaving.Work().ConfigureAwait(false);
            }

            if (fault is { AfterCommit: false })
            {
                reply = FaultReply(fault);
            }
            else
            {
                lock (gate)
                {
                    reply = route.Value.Handle(new Call(request, user, body));
                }

                if (fault is not null)
                {
                    reply = FaultReply(fault);
                }
            }

            if (interleaving is { AfterCommit: true })
            {
                await interleaving.Work().ConfigureAwait(false);
            }
        }

        calls.Enqueue(new GraphCall(route?.Operation ?? "unknown", request.Method, Uri.UnescapeDataString(path + request.QueryString), user, reply.Status,
            int.TryParse(request.Headers["Retry-Attempt"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var attempt) ? attempt : 0,
            request.Headers.IfMatch.ToString()));
        await WriteAsync(context.Response, reply).ConfigureAwait(false);
    }

    private Fault? TakeFault(string operation) =>
        TakeScripted(faults, f => f.Operation == operation, f => f.Times > 1 ? f with { Times = f.Times - 1 } : null);

    private Interleaving? TakeInterleaving(string operation) =>
        TakeScripted(interleavings, i => i.Operation == operation, _ => null);

    /// <summary>The first scripted entry that matches, leaving what remains of it (or nothing) in its place.</summary>
    private T? TakeScripted<T>(List<T> scripted, Predicate<T> matches, Func<T, T?> remaining)
        where T : class
    {
        lock (gate)
        {
            var index = scripted.FindIndex(matches);
            if (index < 0)
            {
                return null;
            }

            var taken = scripted[index];
            if (remaining(taken) is { } left)
            {
                scripted[index] = left;
            }
            else
            {
                scripted.RemoveAt(index);
            }

            return taken;
        }
    }

    private static Reply FaultReply(Fault fault)
    {
        var code = fault.Status switch { 403 => "accessDenied", 429 => "TooManyRequests", 503 => "serviceNotAvailable", 504 => "gatewayTimeout", _ => "generalException" };
        var reply = Error(fault.Status, code, "Scripted fault.");
        return fault.RetryAfterSeconds is { } seconds ? reply with { RetryAfter = seconds } : reply;
    }

    private (string Operation, Func<Call, Reply> Handle)? Route(string method, string path)
    {
        if (path.StartsWith("/upload/", StringComparison.Ordinal) && method == "PUT")
        {
            return ("uploadChunk", call => UploadChunk(call, path["/upload/".Length..]));
        }

        if (!path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            return null;
        }

        path = path["/v1.0".Length..];
        Match m;
        if ((m = SiteByPath().Match(path)).Success && method == "GET")
        {
            return ("getSite", call => GetSite(call, m.Groups[1].Value, m.Groups[2].Value));
        }

        if ((m = SiteDrive().Match(path)).Success && method == "GET")
        {
            return m.Groups[2].Value == "drive" ? ("getDrive", call => WithSite(call, m.Groups[1].Value, s => Ok(DriveJson(s.Drive)))) : ("listDrives", call => WithSite(call, m.Groups[1].Value, s => Ok(new JsonObject { ["value"] = new JsonArray(DriveJson(s.Drive)) })));
        }

        if ((m = DriveList().Match(path)).Success && method == "GET")
        {
            return ("getList", call => WithDrive(call, m.Groups[1].Value, d => Ok(new JsonObject { ["id"] = d.ListId })));
        }

        if ((m = Columns().Match(path)).Success)
        {
            return method == "GET"
                ? ("listColumns", call => WithList(call, m.Groups[1].Value, m.Groups[2].Value, d => Ok(new JsonObject { ["value"] = new JsonArray([.. d.Columns.Select(c => (JsonNode)new JsonObject { ["name"] = c })]) })))
                : ("addColumn", call => WithList(call, m.Groups[1].Value, m.Groups[2].Value, d => AddColumn(d, call)));
        }

        if ((m = RootPath().Match(path)).Success && method == "GET")
        {
            return ("getItem", call => WithDrive(call, m.Groups[1].Value, d => d.Child(d.Root.Id, m.Groups[2].Value) is { } item ? Ok(ItemJson(d, item, call)) : NotFound()));
        }

        if ((m = Children().Match(path)).Success)
        {
            return method == "GET"
                ? ("listChildren", call => WithDrive(call, m.Groups[1].Value, d => ListChildren(d, m.Groups[2].Value, call)))
                : ("createFolder", call => WithDrive(call, m.Groups[1].Value, d => CreateFolder(d, m.Groups[2].Value, call)));
        }

        if ((m = ItemPath().Match(path)).Success)
        {
            var (drive, parent, name, rest) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
            var version = VersionPath().Match(rest);
            (string, Func<FakeDrive, Call, Reply>)? handler = (method, rest) switch
            {
                ("GET", "") => ("getItem", (d, call) => Existing(d, parent, name, call, item => Ok(ItemJson(d, item, call)))),
                ("DELETE", "") => ("deleteItem", (d, call) => Existing(d, parent, name, call, item => Delete(d, item, call))),
                ("GET", "/content") => ("getContent", (d, call) => Existing(d, parent, name, call, item => new Reply(200, null, item.Content))),
                ("PUT", "/content") => ("putContent", (d, call) => PutContent(d, parent, name, call, call.Body, call.Request.Query["@microsoft.graph.conflictBehavior"].ToString(), call.Request.Headers.IfMatch.ToString())),
                ("PATCH", "/listItem/fields") => ("patchFields", (d, call) => Existing(d, parent, name, call, item => PatchFields(d, item, call))),
                ("GET", "/listItem/versions") => ("listItemVersions", (d, call) => Existing(d, parent, name, call, item => Versions(item, withFields: true))),
                ("GET", "/versions") => ("listVersions", (d, call) => Existing(d, parent, name, call, item => Versions(item, withFields: false))),
                ("POST", "/createUploadSession") => ("createUploadSession", (d, call) => CreateUploadSession(d, parent, name, call)),
                ("GET", _) when version.Success && version.Groups[2].Value == "/content" =>
                    ("getVersionContent", (d, call) => Existing(d, parent, name, call, item => item.History.FirstOrDefault(v => v.Id == version.Groups[1].Value) is { } v ? new Reply(200, null, v.Content) : NotFound())),
                ("POST", _) when version.Success && version.Groups[2].Value == "/restoreVersion" =>
                    ("restoreVersion", (d, call) => Existing(d, parent, name, call, item => RestoreVersion(item, version.Groups[1].Value, call))),
                _ => null,
            };
            return handler is var (operation, handle) ? (operation, call => WithDrive(call, drive, d => handle(d, call))) : null;
        }

        return null;
    }

    private Reply GetSite(Call call, string host, string path)
    {
        var site = sites.FirstOrDefault(s => string.Equals(s.Host, host, StringComparison.OrdinalIgnoreCase) && string.Equals(s.Path, path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
        return site is null ? NotFound() : !site.Admits(call.User) ? Denied() : Ok(new JsonObject { ["id"] = site.Id, ["webUrl"] = $"https://{site.Host}{site.Path}" });
    }

    private Reply WithSite(Call call, string siteId, Func<FakeSite, Reply> then) =>
        sites.FirstOrDefault(s => s.Id == siteId) is not { } site ? NotFound() : !site.Admits(call.User) ? Denied() : then(site);

    private Reply WithDrive(Call call, string driveId, Func<FakeDrive, Reply> then) =>
        sites.FirstOrDefault(s => s.Drive.Id == driveId) is not { } site ? NotFound() : !site.Admits(call.User) ? Denied() : then(site.Drive);

    private Reply WithList(Call call, string siteId, string listId, Func<FakeDrive, Reply> then) =>
        WithSite(call, siteId, s => s.Drive.ListId == listId ? then(s.Drive) : NotFound());

    private static Reply Existing(FakeDrive drive, string parentId, string name, Call call, Func<FakeItem, Reply> then) =>
        drive.Child(parentId, name) is { } item && Visible(item, call.User) ? then(item) : NotFound();

    private static bool Visible(FakeItem item, string user) => item.Readers is null || item.Readers.Contains(user);

    private static Reply AddColumn(FakeDrive drive, Call call)
    {
        var name = call.Json?["name"]?.GetValue<string>();
        if (string.IsNullOrEmpty(name))
        {
            return Error(400, "invalidRequest", "A column needs a name.");
        }

        return drive.Columns.Add(name) ? new Reply(201, new JsonObject { ["name"] = name, ["id"] = Guid.NewGuid().ToString() }) : Error(409, "nameAlreadyExists", $"A column named {name} exists.");
    }

    private static Reply CreateFolder(FakeDrive drive, string parentId, Call call)
    {
        var name = call.Json?["name"]?.GetValue<string>() ?? string.Empty;
        if (!drive.Items.ContainsKey(parentId))
        {
            return NotFound();
        }

        if (drive.Child(parentId, name) is not null)
        {
            return Error(409, "nameAlreadyExists", $"An item named {name} exists.");
        }

        var folder = new FakeItem(NewId(), name, parentId, isFolder: true);
        drive.Items[folder.Id] = folder;
        return new Reply(201, ItemJson(drive, folder, call));
    }

    private Reply ListChildren(FakeDrive drive, string parentId, Call call)
    {
        if (!drive.Items.ContainsKey(parentId))
        {
            return NotFound();
        }

        var top = int.TryParse(call.Request.Query["$top"], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? Math.Min(t, 200) : 200;
        var skip = int.TryParse(call.Request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var children = drive.Items.Values.Where(i => i.ParentId == parentId && Visible(i, call.User)).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        var page = new JsonObject { ["value"] = new JsonArray([.. children.Skip(skip).Take(top).Select(i => (JsonNode)ItemJson(drive, i, call))]) };
        if (skip + top < children.Count)
        {
            var query = string.Join('&', call.Request.Query.Where(q => q.Key != "$skiptoken").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}"));
            page["@odata.nextLink"] = $"{BaseUrl}/drives/{drive.Id}/items/{parentId}/children?{query}&$skiptoken={skip + top}";
        }

        return Ok(page);
    }

    private static Reply PutContent(FakeDrive drive, string parentId, string name, Call call, byte[] content, string conflict, string ifMatch)
    {
        if (!drive.Items.ContainsKey(parentId))
        {
            return NotFound();
        }

        var item = drive.Child(parentId, name);
        if (item is not null && !Visible(item, call.User))
        {
            return Denied();
        }

        if (item is not null && conflict == "fail")
        {
            return Error(409, "nameAlreadyExists", "The specified item name already exists.");
        }

        if (ifMatch.Length > 0 && (item is null || !TagsMatch(ifMatch, item.ETag)))
        {
            return Error(412, "resourceModified", "ETag does not match current item's value.");
        }

        var created = item is null;
        if (created)
        {
            item = new FakeItem(NewId(), name, parentId, isFolder: false);
            drive.Items[item.Id] = item;
        }

        item!.Write(content, null, call.User, DateTimeOffset.UtcNow);
        return new Reply(created ? 201 : 200, ItemJson(drive, item, call));
    }

    private static Reply PatchFields(FakeDrive drive, FakeItem item, Call call)
    {
        var ifMatch = call.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0 && !TagsMatch(ifMatch, item.ETag))
        {
            return Error(412, "resourceModified", "ETag does not match current item's value.");
        }

        if (call.Json is not JsonObject fields)
        {
            return Error(400, "invalidRequest", "The body must be a JSON object of fields.");
        }

        if (fields.Select(f => f.Key).FirstOrDefault(k => !k.StartsWith('@') && !drive.Columns.Contains(k)) is { } unknown)
        {
            return Error(400, "invalidRequest", $"Field '{unknown}' is not recognized");
        }

        var values = new JsonObject();
        foreach (var (key, value) in fields.Where(f => !f.Key.StartsWith('@')))
        {
            values[key] = value?.DeepClone();
        }

        item.Write(null, values, call.User, DateTimeOffset.UtcNow);
        return Ok((JsonObject)item.Fields.DeepClone());
    }

    private static Reply Versions(FakeItem item, bool withFields) => Ok(new JsonObject
    {
        ["value"] = new JsonArray([.. Enumerable.Reverse(item.History).Select(v =>
        {
            var json = new JsonObject
            {
                ["id"] = v.Id,
                ["lastModifiedDateTime"] = v.Modified.ToString("O", CultureInfo.InvariantCulture),
                ["lastModifiedBy"] = new JsonObject { ["user"] = new JsonObject { ["displayName"] = v.ModifiedBy } },
            };
            if (withFields)
            {
                json["fields"] = v.Fields.DeepClone();
            }
            else
            {
                json["size"] = v.Content.Length;
            }

            return (JsonNode)json;
        })]),
    });

    private static Reply RestoreVersion(FakeItem item, string versionId, Call call)
    {
        if (item.History.FirstOrDefault(v => v.Id == versionId) is not { } version)
        {
            return NotFound();
        }

        item.Restore(version, call.User, DateTimeOffset.UtcNow);
        return new Reply(204, null);
    }

    private static Reply Delete(FakeDrive drive, FakeItem item, Call call)
    {
        var ifMatch = call.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0 && !TagsMatch(ifMatch, item.ETag))
        {
            return Error(412, "resourceModified", "ETag does not match current item's value.");
        }

        drive.Items.Remove(item.Id);
        return new Reply(204, null);
    }

    private Reply CreateUploadSession(FakeDrive drive, string parentId, string name, Call call)
    {
        if (!drive.Items.ContainsKey(parentId))
        {
            return NotFound();
        }

        var conflict = call.Json?["item"]?["@microsoft.graph.conflictBehavior"]?.GetValue<string>() ?? "replace";
        var ifMatch = call.Request.Headers.IfMatch.ToString();
        var existing = drive.Child(parentId, name);
        if (existing is not null && conflict == "fail")
        {
            return Error(409, "nameAlreadyExists", "The specified item name already exists.");
        }

        if (ifMatch.Length > 0 && (existing is null || !TagsMatch(ifMatch, existing.ETag)))
        {
            return Error(412, "resourceModified", "ETag does not match current item's value.");
        }

        var id = Guid.NewGuid().ToString("N");
        uploads[id] = new UploadSession(drive, parentId, name, conflict, ifMatch, call.User, new MemoryStream());
        return Ok(new JsonObject
        {
            ["uploadUrl"] = BaseUrl[..^"/v1.0".Length] + "/upload/" + id,
            ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
            ["nextExpectedRanges"] = new JsonArray("0-"),
        });
    }

    private Reply UploadChunk(Call call, string id)
    {
        if (!uploads.TryGetValue(id, out var session))
        {
            return Error(404, "itemNotFound", "The upload session does not exist or has expired.");
        }

        var range = ContentRange().Match(call.Request.Headers.ContentRange.ToString());
        if (!range.Success || long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) != session.Buffer.Length)
        {
            return Error(416, "invalidRange", "The fragment does not start where the last one ended.");
        }

        session.Buffer.Write(call.Body);
        var total = long.Parse(range.Groups[3].Value, CultureInfo.InvariantCulture);
        if (session.Buffer.Length < total)
        {
            return new Reply(202, new JsonObject { ["nextExpectedRanges"] = new JsonArray($"{session.Buffer.Length}-") });
        }

        uploads.Remove(id);
        return PutContent(session.Drive, session.ParentId, session.Name, call with { User = session.User }, session.Buffer.ToArray(), session.Conflict, session.IfMatch);
    }

    private static JsonObject DriveJson(FakeDrive drive) => new() { ["id"] = drive.Id, ["name"] = "Documents", ["driveType"] = "documentLibrary" };

    private static JsonObject ItemJson(FakeDrive drive, FakeItem item, Call call)
    {
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["eTag"] = item.ETag,
            ["createdDateTime"] = item.Created.ToString("O", CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = item.Modified.ToString("O", CultureInfo.InvariantCulture),
            ["parentReference"] = new JsonObject { ["driveId"] = drive.Id, ["id"] = item.ParentId },
        };
        if (item.IsFolder)
        {
            json["folder"] = new JsonObject { ["childCount"] = drive.Items.Values.Count(i => i.ParentId == item.Id) };
        }
        else
        {
            json["cTag"] = item.CTag;
            json["size"] = item.Content.Length;
            json["file"] = new JsonObject { ["mimeType"] = item.Name.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "application/octet-stream" };
        }

        if (call.Request.Query["$expand"].ToString().Contains("listItem", StringComparison.Ordinal))
        {
            json["listItem"] = new JsonObject { ["id"] = item.ListItemId, ["fields"] = item.Fields.DeepClone() };
        }

        return json;
    }

    private static bool TagsMatch(string ifMatch, string etag) => ifMatch.Trim() == "*" || ifMatch.Trim() == etag;

    private static string NewId() => "01" + Guid.NewGuid().ToString("N").ToUpperInvariant()[..32];

    private static Reply Ok(JsonObject json) => new(200, json);

    private static Reply NotFound() => Error(404, "itemNotFound", "The resource could not be found.");

    private static Reply Denied() => Error(403, "accessDenied", "Access denied");

    private static Reply Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString() } } });

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpResponse response, Reply reply)
    {
        response.StatusCode = reply.Status;
        if (reply.RetryAfter is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (reply.Json is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(reply.Json.ToJsonString(), Encoding.UTF8).ConfigureAwait(false);
        }
        else if (reply.Bytes is not null)
        {
            response.ContentType = "application/octet-stream";
            await response.Body.WriteAsync(reply.Bytes).ConfigureAwait(false);
        }
    }

    [GeneratedRegex(@"^/sites/([^/:]+):(/[^:]*?):?$")]
    private static partial Regex SiteByPath();

    [GeneratedRegex(@"^/sites/([^/:]+)/(drive|drives)$")]
    private static partial Regex SiteDrive();

    [GeneratedRegex(@"^/drives/([^/]+)/list$")]
    private static partial Regex DriveList();

    [GeneratedRegex(@"^/sites/([^/]+)/lists/([^/]+)/columns$")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^/drives/([^/]+)/root:/([^:/]+):?$")]
    private static partial Regex RootPath();

    [GeneratedRegex(@"^/drives/([^/]+)/items/([^/:]+)/children$")]
    private static partial Regex Children();

    [GeneratedRegex(@"^/drives/([^/]+)/items/([^/:]+):/([^:/]+):(/.*)?$")]
    private static partial Regex ItemPath();

    [GeneratedRegex(@"^/versions/([^/]+)(/content|/restoreVersion)$")]
    private static partial Regex VersionPath();

    [GeneratedRegex(@"^bytes (\d+)-(\d+)/(\d+)$")]
    private static partial Regex ContentRange();

    private sealed record Call(HttpRequest Request, string User, byte[] Body)
    {
        public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
    }

    private sealed record Reply(int Status, JsonObject? Json, byte[]? Bytes = null, int? RetryAfter = null);

    private sealed record UploadSession(FakeDrive Drive, string ParentId, string Name, string Conflict, string IfMatch, string User, MemoryStream Buffer);
}
