using OfficeJourney.Server.Options;

namespace OfficeJourney.Server.Hosting;

/// <summary>
/// Who is calling: in local mode the machine's user, who sees every map; in team mode the token's user, who sees
/// their own in the service's database, and in SharePoint whatever SharePoint shows them (it checks every call).
/// </summary>
internal sealed record UserContext(string Name, bool SeesAllMaps)
{
    /// <summary>The one visibility rule: a map is seen by its owner, or by anyone where every map is seen.</summary>
    public bool MaySee(string owner) => SeesAllMaps || string.Equals(owner, Name, StringComparison.Ordinal);

    /// <summary>The same rule for the map list: the owner it is limited to, or none.</summary>
    public string? ListedOwner => SeesAllMaps ? null : Name;

    public static UserContext For(HttpContext context, AuthOptions options, StorageMode storage) =>
        options.Mode == AuthMode.Local
            ? new UserContext(Environment.UserName, SeesAllMaps: true)
            : new UserContext(context.User.FindFirst("oid")?.Value ?? context.User.FindFirst("sub")?.Value ?? string.Empty, SeesAllMaps: storage == StorageMode.SharePoint);
}
