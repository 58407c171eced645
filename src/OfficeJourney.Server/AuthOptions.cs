namespace OfficeJourney.Server;

public enum AuthMode
{
    /// <summary>One user on this machine, no sign-in; the service listens on loopback only.</summary>
    Local,

    /// <summary>Every map endpoint needs a Microsoft Entra ID bearer token for this API.</summary>
    Team,
}

/// <summary>Sign-in settings (configuration section "Auth"); secrets never live here.</summary>
public sealed class AuthOptions
{
    public AuthMode Mode { get; set; } = AuthMode.Local;

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string TenantId { get; set; } = string.Empty;

    /// <summary>The API's Application ID URI (api://…) or client id, as tokens carry it in "aud".</summary>
    public string Audience { get; set; } = string.Empty;

    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>The app registration's client id, which the task pane signs in with (nested app authentication).</summary>
    public string ClientId { get; set; } = string.Empty;

    public string Issuer => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}

/// <summary>
/// Who is calling: in local mode the machine's user, who sees every map; in team mode the token's user, who sees
/// their own in the service's database, and in SharePoint whatever SharePoint shows them (it checks every call).
/// </summary>
public sealed record UserContext(string Name, bool SeesAllMaps)
{
    public bool MaySee(string owner) => SeesAllMaps || string.Equals(owner, Name, StringComparison.Ordinal);

    public static UserContext For(HttpContext context, AuthOptions options, StorageMode storage) =>
        options.Mode == AuthMode.Local
            ? new UserContext(Environment.UserName, SeesAllMaps: true)
            : new UserContext(context.User.FindFirst("oid")?.Value ?? context.User.FindFirst("sub")?.Value ?? string.Empty, SeesAllMaps: storage == StorageMode.SharePoint);
}

/// <summary>What the task pane reads before its first call.</summary>
public sealed record ClientConfig(string AuthMode, string? ClientId, string? ApiScope, string? TenantId, IReadOnlyList<string> Sites, TemplateChoices Templates);

/// <summary>The templates there are, by the names the API takes: the pane offers exactly these.</summary>
public sealed record TemplateChoices(IReadOnlyList<string> Types, IReadOnlyList<string> Industries, IReadOnlyList<string> Languages);
