using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>
/// Makes a <see cref="GraphServiceClient"/> for one signed-in user. Every client shares one HTTP pipeline (the
/// Graph client's own middleware: retry with Retry-After, redirects, compression) and so one connection pool;
/// only the authentication differs, and it is the caller's: the service's is the on-behalf-of flow of the
/// request being served, so Graph answers with that user's SharePoint permissions and never more.
/// </summary>
public sealed class SharePointGraph : IDisposable
{
    /// <summary>What a Graph token is asked for: the permissions the app was granted (Sites.Selected), as the user.</summary>
    public static IReadOnlyList<string> Scopes { get; } = ["https://graph.microsoft.com/.default"];
    private readonly SharePointOptions options;
    private readonly HttpClient http;

    /// <param name="transport">The handler at the end of the pipeline; the platform's unless given.</param>
    public SharePointGraph(SharePointOptions options, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
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

    /// <summary>A client for one user, made per request: cheap, since the pipeline and its connections are shared.</summary>
    /// <param name="authentication">The user's Graph authentication: the request's on-behalf-of caller in the service, a fake's in tests.</param>
    public GraphServiceClient ForUser(IAuthenticationProvider authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        return new GraphServiceClient(http, authentication, options.GraphBaseUrl.TrimEnd('/'));
    }

    public void Dispose() => http.Dispose();
}
