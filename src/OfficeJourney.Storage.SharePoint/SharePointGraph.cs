using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// Makes a <see cref="GraphServiceClient"/> for one signed-in user. Every client shares one HTTP pipeline (the
/// Graph client's own middleware: retry with Retry-After, redirects, compression) and so one connection pool;
/// only the authentication differs: the on-behalf-of flow exchanges the user's token for a Graph token, so
/// Graph answers with that user's SharePoint permissions and never more.
/// </summary>
public sealed class SharePointGraph : IDisposable
{
    private static readonly string[] GraphScopes = ["https://graph.microsoft.com/.default"];
    private readonly SharePointOptions options;
    private readonly HttpClient http;
    private readonly Func<string, IAuthenticationProvider> authenticationFor;

    /// <param name="authenticationFor">How a user's token becomes Graph authentication; the on-behalf-of flow unless given (tests pass their own).</param>
    /// <param name="transport">The handler at the end of the pipeline; the platform's unless given.</param>
    public SharePointGraph(SharePointOptions options, Func<string, IAuthenticationProvider>? authenticationFor = null, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.authenticationFor = authenticationFor ?? OnBehalfOf;
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        var retry = handlers.FindIndex(h => h is RetryHandler);

        // The Graph client's retry handler is the only retry layer: it honours Retry-After and retries buffered
        // writes; a second layer on top would multiply attempts against a throttled tenant.
        handlers[retry] = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = Math.Clamp(options.MaxRetries, 0, 10),
            RetriesTimeLimit = options.RetryBudget,
        });
        http = GraphClientFactory.Create(handlers, finalHandler: transport);
        http.Timeout = options.RetryBudget + TimeSpan.FromSeconds(30);
    }

    public SharePointOptions Options => options;

    /// <param name="userToken">The access token the task pane sent to this API (not an ID token).</param>
    public GraphServiceClient ForUser(string userToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userToken);
        return new GraphServiceClient(http, authenticationFor(userToken), options.GraphBaseUrl.TrimEnd('/'));
    }

    public void Dispose() => http.Dispose();

    private AzureIdentityAuthenticationProvider OnBehalfOf(string userToken)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new InvalidOperationException("Storage:SharePoint:TenantId and ClientId must be set to reach SharePoint on behalf of users.");
        }

        // One credential per request: it caches the exchanged token for this user only.
        var credential = options.ClientCertificatePath is { Length: > 0 } path
            ? new OnBehalfOfCredential(options.TenantId, options.ClientId, X509CertificateLoader.LoadPkcs12FromFile(path, options.ClientCertificatePassword), userToken)
            : new OnBehalfOfCredential(options.TenantId, options.ClientId,
                options.ClientSecret is { Length: > 0 } secret ? secret : throw new InvalidOperationException("Set Storage:SharePoint:ClientCertificatePath or the ClientSecret (from the environment or a secret store)."),
                userToken);
        return new AzureIdentityAuthenticationProvider(credential, allowedHosts: null, observabilityOptions: null, isCaeEnabled: true, scopes: GraphScopes);
    }
}
