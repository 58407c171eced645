namespace OfficeJourney.Server.Options;

internal enum AuthMode
{
    /// <summary>One user on this machine, no sign-in; the service listens on loopback only.</summary>
    Local,

    /// <summary>Every map endpoint needs a Microsoft Entra ID bearer token for this API.</summary>
    Team,
}

/// <summary>Sign-in settings (configuration section "Auth"); secrets never live here.</summary>
internal sealed class AuthOptions
{
    public AuthMode Mode { get; set; } = AuthMode.Local;

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string TenantId { get; set; } = string.Empty;

    /// <summary>The API's Application ID URI (api://…) or client id, as tokens carry it in "aud".</summary>
    public string Audience { get; set; } = string.Empty;

    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>The app registration's client id, which the task pane signs in with (nested app authentication).</summary>
    public string ClientId { get; set; } = string.Empty;
}
