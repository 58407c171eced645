using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Identity.Abstractions;
using OfficeJourney.GraphFake;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// One instance of the service in SharePoint mode, on its own loopback port, against a Graph fake that several
/// instances may share, as a team deployment's instances share SharePoint. It runs as Development, so the
/// container validates scopes as a developer's run does. Only the token exchange is replaced: Identity.Web's
/// header provider, scoped to the request as the real one is, hands Graph the caller's oid as the token.
/// </summary>
public sealed class SharePointInstance : WebApplicationFactory<Program>
{
    public const string Tenant = "11111111-1111-1111-1111-111111111111";
    public const string Audience = "api://officejourney.test/33333333-3333-3333-3333-333333333333";

    private readonly FakeGraphServer graph;
    private readonly TokenMint tokens;

    public SharePointInstance(FakeGraphServer graph, TokenMint tokens)
    {
        this.graph = graph;
        this.tokens = tokens;
        UseKestrel(0);
        StartServer();
    }

    public static TokenMint Mint() => new($"https://login.microsoftonline.com/{Tenant}/v2.0", Audience, Tenant);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Auth:Mode", "Team");
        builder.UseSetting("Auth:TenantId", Tenant);
        builder.UseSetting("Auth:ClientId", "22222222-2222-2222-2222-222222222222");
        builder.UseSetting("Auth:Audience", Audience);
        builder.UseSetting("Storage:Mode", "SharePoint");
        builder.UseSetting("Storage:SharePoint:ClientSecret", "placeholder-the-graph-fake-never-asks");
        builder.UseSetting("Storage:SharePoint:GraphBaseUrl", graph.BaseUrl);
        builder.UseSetting("Storage:SharePoint:Sites:0:Name", "marketing");
        builder.UseSetting("Storage:SharePoint:Sites:0:Url", "https://contoso.sharepoint.com/sites/Marketing");
        builder.UseSetting("Storage:SharePoint:Sites:1:Name", "leadership");
        builder.UseSetting("Storage:SharePoint:Sites:1:Url", "https://contoso.sharepoint.com/sites/Leadership");
        builder.UseSetting("Storage:SharePoint:RetryBudget", "00:00:20");
        builder.ConfigureTestServices(services =>
        {
            tokens.Trust(services);
            services.AddScoped<IAuthorizationHeaderProvider, CallerAsGraphToken>();
        });
    }

    /// <summary>The on-behalf-of exchange as the Graph fake takes it: "Bearer {oid}" of the request's signed-in user.</summary>
    private sealed class CallerAsGraphToken(IHttpContextAccessor request) : IAuthorizationHeaderProvider
    {
        public Task<string> CreateAuthorizationHeaderForUserAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? authorizationHeaderProviderOptions = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
            Task.FromResult("Bearer " + (claimsPrincipal ?? request.HttpContext!.User).FindFirst("oid")!.Value);

        public Task<string> CreateAuthorizationHeaderAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? options = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
            CreateAuthorizationHeaderForUserAsync(scopes, options, claimsPrincipal, cancellationToken);

        // The store only ever calls Graph as the user.
        public Task<string> CreateAuthorizationHeaderForAppAsync(string scopes, AuthorizationHeaderProviderOptions? downstreamApiOptions = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The SharePoint store never calls Graph as the app.");
    }
}
