using System.Text.Json.Nodes;

namespace OfficeJourney.GraphFake;

/// <summary>A team site of the fake: who may open it, and its default document library.</summary>
public sealed class FakeSite
{
    internal FakeSite(string host, string path, IEnumerable<string>? members)
    {
        Host = host;
        Path = path;
        Members = members is null ? null : new HashSet<string>(members, StringComparer.Ordinal);
        Drive = new FakeDrive(this);
    }

    public string Id { get; } = "site-" + Guid.NewGuid().ToString("N")[..12];

    public string Host { get; }

    public string Path { get; }

    /// <summary>Users who may open the site; null lets everyone in.</summary>
    public HashSet<string>? Members { get; }

    public FakeDrive Drive { get; }

    public bool Admits(string user) => Members is null || Members.Contains(user);
}

/// <summary>A document library: its items by id, the list behind it and the list's columns.</summary>
public sealed class FakeDrive
{
    internal FakeDrive(FakeSite site)
    {
        Site = site;
        Root = new FakeItem("root", "root", parentId: null, isFolder: true);
        Items[Root.Id] = Root;
    }

    public FakeSite Site { get; }

    public string Id { get; } = "b!" + Guid.NewGuid().ToString("N");

    public string ListId { get; } = Guid.NewGuid().ToString();

    public FakeItem Root { get; }

    public Dictionary<string, FakeItem> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>The list's columns; SharePoint refuses a field update naming any other.</summary>
    public HashSet<string> Columns { get; } = new(["Title", "FileLeafRef", "ContentType"], StringComparer.OrdinalIgnoreCase);

    public FakeItem? Child(string parentId, string name) =>
        Items.Values.FirstOrDefault(i => i.ParentId == parentId && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A file or folder. Like SharePoint, every content write and every column update makes a new version, and the
/// eTag ("{guid},n") changes with either; the versions list includes the current one, newest first.
/// </summary>
public sealed class FakeItem
{
    private readonly string tagId = Guid.NewGuid().ToString().ToUpperInvariant();

    internal FakeItem(string id, string name, string? parentId, bool isFolder)
    {
        Id = id;
        Name = name;
        ParentId = parentId;
        IsFolder = isFolder;
    }

    public string Id { get; }

    public string Name { get; }

    public string? ParentId { get; }

    public bool IsFolder { get; }

    public string ListItemId { get; } = Random.Shared.Next(1, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public byte[] Content { get; private set; } = [];

    public JsonObject Fields { get; private set; } = [];

    public int Version { get; private set; }

    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;

    public DateTimeOffset Modified { get; private set; } = DateTimeOffset.UtcNow;

    public List<FakeVersion> History { get; } = [];

    /// <summary>Users who may see this item besides the site's members' default; null when it inherits the site's permissions.</summary>
    public HashSet<string>? Readers { get; set; }

    public string ETag => $"\"{{{tagId}}},{Version}\"";

    public string CTag => $"\"c:{{{tagId}}},{History.Count(v => v.ContentChanged)}\"";

    internal void Write(byte[]? content, JsonObject? fields, string user, DateTimeOffset now)
    {
        if (content is not null)
        {
            Content = content;
        }

        if (fields is not null)
        {
            foreach (var (key, value) in fields)
            {
                Fields[key] = value?.DeepClone();
            }
        }

        Version++;
        Modified = now > Modified ? now : Modified.AddTicks(1);
        History.Add(new FakeVersion($"{Version}.0", Content, (JsonObject)Fields.DeepClone(), Modified, user, content is not null));
    }

    internal void Restore(FakeVersion version, string user, DateTimeOffset now)
    {
        Fields = (JsonObject)version.Fields.DeepClone();
        Write(version.Content, null, user, now);
    }
}

public sealed record FakeVersion(string Id, byte[] Content, JsonObject Fields, DateTimeOffset Modified, string ModifiedBy, bool ContentChanged);

/// <summary>
/// A scripted failure for the next <paramref name="Times"/> calls of one operation: a status with a Graph error
/// body and Retry-After. <paramref name="AfterCommit"/> performs the call first and then answers with the
/// failure, as when a gateway times out after SharePoint committed a write.
/// </summary>
public sealed record Fault(string Operation, int Status, int Times = 1, int? RetryAfterSeconds = 0, bool AfterCommit = false);

/// <summary>
/// Another client's work run once, during the next call of <paramref name="Operation"/>: before the fake handles
/// it, or with <paramref name="AfterCommit"/> after handling and before answering, so that a test can place a
/// second save exactly between two calls of the first.
/// </summary>
public sealed record Interleaving(string Operation, Func<Task> Work, bool AfterCommit = false);

/// <summary>One call the fake answered: what, by whom, and the retry attempt the client's retry handler marked.</summary>
public sealed record GraphCall(string Operation, string Method, string Url, string User, int Status, int RetryAttempt, string IfMatch);
