using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Authentication;
using Moq;
using Moq.Language.Flow;
using Moq.Protected;
using OfficeJourney.Model;

namespace OfficeJourney.Storage.SharePoint.Tests;

/// <summary>
/// Faults where the Graph client's real pipeline (retry handler included) meets the network, a mocked
/// HttpMessageHandler here because there they are easiest to provoke: throttling past the retry budget,
/// retries that run out, dropped connections and timeouts reach the caller as "try again later"
/// (StoreUnavailableException, with Graph's Retry-After when it gave one), and a caller's own cancellation stays
/// a cancellation. The same store against the Graph fake over HTTP is in the other test classes.
/// </summary>
public sealed class GraphPipelineFaultTests : IDisposable
{
    private const string File = "0123456789abcdef0123456789abcdef";
    private const string MapId = "marketing~" + File;
    private const string ETag = "\"e1\"";
    private static readonly SaveContext Maya = new("maya");
    private static readonly JourneyMap Onboarding = new() { Title = "Onboarding", Stages = [new Stage { Name = "Sign up" }], Lanes = [] };

    /// <summary>Where the site's ids are found (answered by <see cref="ServeTheSite"/>), by request path.</summary>
    private static readonly Dictionary<string, string> Site = new(StringComparer.Ordinal)
    {
        ["/v1.0/sites/contoso.sharepoint.com:/sites/Marketing"] = """{ "id": "site" }""",
        ["/v1.0/sites/site/drive"] = """{ "id": "drive", "name": "Documents" }""",
        ["/v1.0/drives/drive/list"] = """{ "id": "list" }""",
        ["/v1.0/drives/drive/root:/Journey%20Maps:"] = """{ "id": "folder" }""",
        ["/v1.0/sites/site/lists/list/columns"] = JsonSerializer.Serialize(new { value = MapColumns.Definitions().Select(c => new { name = c.Name }) }),
    };

    private readonly Mock<HttpMessageHandler> network = new(MockBehavior.Strict);
    private SharePointGraph? graph;

    public GraphPipelineFaultTests() => network.Protected().Setup("Dispose", ItExpr.IsAny<bool>());

    public static TheoryData<string> Operations => ["create", "get", "list", "update", "versions", "attachment"];

    public void Dispose() => graph?.Dispose();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Throttling_that_outlasts_the_retry_budget_is_unavailable_with_graphs_retry_after(string operation)
    {
        var store = Connect();
        ServeTheSite();
        Answer(InTheFolder, request => Error(request, HttpStatusCode.TooManyRequests, retryAfterSeconds: 120));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Run(store, operation));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);

        // Waiting 120 s would overrun the 5 s budget: the retry handler hands the 429 on at once.
        network.Protected().Verify("SendAsync", Times.Once(), ItExpr.Is<HttpRequestMessage>(r => InTheFolder(r)), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task A_service_still_unavailable_after_every_retry_is_unavailable()
    {
        var store = Connect(maxRetries: 2);
        ServeTheSite();
        Answer(InTheFolder, request => Error(request, HttpStatusCode.ServiceUnavailable, retryAfterSeconds: 0));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync(MapId));

        Assert.NotNull(error.RetryAfter);
        network.Protected().Verify("SendAsync", Times.Exactly(3), ItExpr.Is<HttpRequestMessage>(r => InTheFolder(r)), ItExpr.IsAny<CancellationToken>());
    }

    [Theory]
    [InlineData("dropped connection")]
    [InlineData("timeout")]
    public async Task A_request_that_got_no_answer_is_unavailable(string fault)
    {
        var store = Connect();
        ServeTheSite();
        Sent(InTheFolder).ThrowsAsync(Transport(fault));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync(MapId));

        Assert.NotNull(error.RetryAfter);
    }

    [Fact]
    public async Task A_save_whose_file_write_timed_out_is_unavailable_and_writes_no_columns()
    {
        var store = Connect();
        ServeTheSite();
        ServeTheMap();
        Sent(r => r.Method == HttpMethod.Put).ThrowsAsync(Transport("timeout"));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.UpdateAsync(MapId, Onboarding, ETag, Maya));

        network.Protected().Verify("SendAsync", Times.Once(), ItExpr.Is<HttpRequestMessage>(r => r.Method == HttpMethod.Put), ItExpr.IsAny<CancellationToken>());
        network.Protected().Verify("SendAsync", Times.Never(), ItExpr.Is<HttpRequestMessage>(r => r.Method == HttpMethod.Patch), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task A_caller_who_gives_up_gets_a_cancellation_not_a_busy_store()
    {
        var store = Connect();
        ServeTheSite();
        using var caller = new CancellationTokenSource();
        Sent(InTheFolder).Callback(caller.Cancel).ThrowsAsync(new TaskCanceledException());

        var error = await Record.ExceptionAsync(() => store.GetAsync(MapId, caller.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    /// <summary>Maya's store on the real Graph client pipeline, the mock in place of the network; a 5 s retry budget.</summary>
    private SharePointJourneyMapStore Connect(int maxRetries = 3)
    {
        var options = new SharePointOptions { GraphBaseUrl = "https://graph.invalid/v1.0", MaxRetries = maxRetries, RetryBudget = TimeSpan.FromSeconds(5) };
        options.Sites.Add(new SharePointSite("marketing", "https://contoso.sharepoint.com/sites/Marketing"));
        graph = new SharePointGraph(options, network.Object);
        return new SharePointJourneyMapStore(graph.ForUser(new AnonymousAuthenticationProvider()), new SiteCatalog(options), options);
    }

    private void ServeTheSite() => Answer(r => Site.ContainsKey(r.RequestUri!.AbsolutePath), r => Json(r, Site[r.RequestUri!.AbsolutePath]));

    /// <summary>The map as its first save left it: file and columns at version 1, eTag "e1".</summary>
    private void ServeTheMap()
    {
        var item = $"/v1.0/drives/drive/items/folder:/{File}.json:";
        var content = new MapFile(Onboarding, new MapFile.Saved(1, "maya", "maya", DateTimeOffset.UnixEpoch, null, "first")).ToBytes();
        Answer(
            r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath == item,
            r => Json(r, $$"""{ "id": "item", "name": "{{File}}.json", "eTag": "\"e1\"", "cTag": "\"c1\"", "listItem": { "fields": { "JourneyVersion": 1 } } }"""));
        Answer(
            r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath == item + "/content",
            r => new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = r, Content = new ByteArrayContent(content) });
    }

    private static bool InTheFolder(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.StartsWith("/v1.0/drives/drive/items/folder", StringComparison.Ordinal);

    private ISetup<HttpMessageHandler, Task<HttpResponseMessage>> Sent(Func<HttpRequestMessage, bool> when) =>
        network.Protected().Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.Is<HttpRequestMessage>(r => when(r)), ItExpr.IsAny<CancellationToken>());

    private void Answer(Func<HttpRequestMessage, bool> when, Func<HttpRequestMessage, HttpResponseMessage> reply) =>
        Sent(when).ReturnsAsync((HttpRequestMessage request, CancellationToken _) => reply(request));

    private static HttpResponseMessage Json(HttpRequestMessage request, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { RequestMessage = request, Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Error(HttpRequestMessage request, HttpStatusCode status, int retryAfterSeconds)
    {
        var response = Json(request, """{ "error": { "code": "serviceBusy", "message": "Try again later." } }""", status);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds));
        return response;
    }

    /// <summary>What the transport throws when no answer came: a reset connection, or HttpClient's own timeout.</summary>
    private static Exception Transport(string fault) => fault switch
    {
        "dropped connection" => new HttpRequestException("The connection was reset.", new IOException("Connection reset by peer.")),
        "timeout" => new TaskCanceledException("The request timed out.", new TimeoutException()),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    private static Task Run(SharePointJourneyMapStore store, string operation) => operation switch
    {
        "create" => store.CreateAsync(Onboarding, Maya),
        "get" => store.GetAsync(MapId),
        "list" => store.ListAsync(new MapQuery()),
        "update" => store.UpdateAsync(MapId, Onboarding, ETag, Maya),
        "versions" => store.GetVersionsAsync(MapId),
        "attachment" => store.GetAttachmentAsync(MapId, AttachmentKind.Deck),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
