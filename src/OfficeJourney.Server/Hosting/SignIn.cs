using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OfficeJourney.Server.Options;
using OfficeJourney.Storage.SharePoint;

namespace OfficeJourney.Server.Hosting;

/// <summary>
/// Who may call the API, and as whom. Local mode: anyone who reaches the loopback service, as the machine's user.
/// Team mode's sign-in, on Microsoft.Identity.Web: bearer tokens from Microsoft Entra ID for this API (issuer,
/// audience, signature, lifetime, the scope and the tenant), and, with SharePoint, the on-behalf-of exchange for
/// Graph tokens, cached per user so that a user's next call does not exchange again.
/// </summary>
internal static class SignIn
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>The authorization policy of every costly endpoint: anyone in local mode, a signed-in user of the tenant in team mode.</summary>
    public const string Policy = "MapUser";

    /// <summary>
    /// The policy, with what it may answer in the OpenAPI document: in team mode a 401 without a valid token and a
    /// 403 for a token of another tenant or scope; in local mode a 403 for a change sent from another site.
    /// </summary>
    public static TBuilder RequireSignIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(Policy)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), [ProblemJson]))
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), [ProblemJson]));

    public static void AddSignIn(this WebApplicationBuilder builder, AuthOptions auth, StorageOptions storage)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services => UserContext.For(
            services.GetRequiredService<IHttpContextAccessor>().HttpContext!,
            services.GetRequiredService<IOptions<AuthOptions>>().Value,
            storage.Mode));
        if (auth.Mode == AuthMode.Team)
        {
            // Tokens come from Microsoft Entra ID for this API (the task pane gets them with nested app authentication).
            AddTeamSignIn(builder, auth, storage);
        }
        else
        {
            builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAssertion(_ => true));
        }
    }

    private static void AddTeamSignIn(WebApplicationBuilder builder, AuthOptions auth, StorageOptions storage)
    {
        if (string.IsNullOrWhiteSpace(auth.TenantId) || string.IsNullOrWhiteSpace(auth.ClientId))
        {
            throw new InvalidOperationException("Auth:Mode Team needs Auth:TenantId and Auth:ClientId (the app registration the task pane signs in with).");
        }

        var authentication = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
            jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.ValidAudiences = [auth.Audience, auth.ClientId];
            },
            identity =>
            {
                identity.Instance = auth.Instance;
                identity.TenantId = auth.TenantId;
                identity.ClientId = auth.ClientId;
                if (storage.Mode == StorageMode.SharePoint)
                {
                    Credentials(identity, storage.SharePoint);
                }
            });
        if (storage.Mode == StorageMode.SharePoint)
        {
            authentication.EnableTokenAcquisitionToCallDownstreamApi(_ => { }).AddInMemoryTokenCaches();
        }

        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim("tid", auth.TenantId)
            .RequireAssertion(context => context.User.FindFirst("scp")?.Value.Split(' ').Contains(auth.RequiredScope) == true));
    }

    // The service's own credential for the exchange: a certificate, or a secret from the environment or a secret store.
    private static void Credentials(MicrosoftIdentityOptions identity, SharePointOptions sharePoint)
    {
        if (sharePoint.ClientCertificatePath is { Length: > 0 } path)
        {
            identity.ClientCertificates = [CertificateDescription.FromPath(path, sharePoint.ClientCertificatePassword)];
        }
        else if (sharePoint.ClientSecret is { Length: > 0 } secret)
        {
            identity.ClientSecret = secret;
        }
        else
        {
            throw new InvalidOperationException("Set Storage:SharePoint:ClientCertificatePath or the ClientSecret (from the environment or a secret store) to reach SharePoint on behalf of users.");
        }
    }
}

/// <summary>Graph authentication for the caller of this request: Identity.Web's on-behalf-of token for Graph.</summary>
internal sealed class OnBehalfOfCaller(IAuthorizationHeaderProvider headers) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.TryAdd("Authorization", await headers.CreateAuthorizationHeaderForUserAsync(SharePointGraph.Scopes, cancellationToken: cancellationToken).ConfigureAwait(false));
    }
}
