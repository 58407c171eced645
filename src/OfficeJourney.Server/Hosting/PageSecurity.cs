namespace OfficeJourney.Server.Hosting;

/// <summary>
/// What the browser is told about the pane's pages: scripts from this service and Office's CDN only, sign-in
/// with Microsoft Entra ID, framed only by this service and the Office hosts that frame add-ins, no MIME
/// sniffing, and no full URLs leaked to other sites.
/// </summary>
internal static class PageSecurity
{
    private const string OfficeScripts = "https://appsforoffice.microsoft.com";

    // Office on the web and the desktop clients frame add-ins from these hosts.
    private static readonly string[] OfficeHosts =
    [
        "https://*.officeapps.live.com", "https://*.office.com", "https://*.office365.com", "https://*.microsoft365.com", "https://*.sharepoint.com",
    ];

    public static void UsePageSecurity(this WebApplication app)
    {
        var policies = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().From(OfficeScripts);

                // Fluent UI writes its styles at run time.
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self().From("https://login.microsoftonline.com");
                csp.AddFrameSrc().Self().From("https://login.microsoftonline.com");
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                var ancestors = csp.AddFrameAncestors().Self();
                foreach (var host in OfficeHosts)
                {
                    ancestors.From(host);
                }
            });
        app.UseSecurityHeaders(policies);
    }
}
