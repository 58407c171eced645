using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using OfficeJourney.Model;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// The service on Kestrel with a store that fails as only an outage or another writer makes a real one fail:
/// busy (with and without a wait), refusing the user, or changed since. Each answer is the status, headers and
/// problem document that ProblemExceptionHandler promises. Beside the real stores' tests (ApiTests, the SQLite
/// lock; SharePointModeTests, Graph's throttling), never instead of them.
/// </summary>
public sealed class FailingStoreTests : IDisposable
{
    private const string Document = """{ "formatVersion": 1, "maps": [ { "title": "Mine", "stages": [ { "name": "One" } ], "lanes": [] } ] }""";

    // Strict: the endpoint asks the store exactly what is set up, nothing else.
    private readonly Mock<IJourneyMapStore> store = new(MockBehavior.Strict);
    private readonly StoreStandIn service;
    private readonly HttpClient client;

    public FailingStoreTests()
    {
        service = new StoreStandIn(store.Object);
        client = service.CreateClient();
    }

    [Fact]
    public async Task A_busy_store_is_a_503_that_says_when_to_try_again()
    {
        store.Setup(s => s.GetAsync("m1", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("SharePoint is throttling this site.", TimeSpan.FromSeconds(2.5)));

        var response = await client.GetAsync("/api/maps/m1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        using var problem = await Problem(response);
        Assert.Equal("The map store is busy", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("SharePoint is throttling this site.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_store_down_without_a_wait_is_a_503_without_retry_after()
    {
        store.Setup(s => s.ListAsync(It.IsAny<MapQuery>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("The map store did not answer."));

        var response = await client.GetAsync("/api/maps?text=journey");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        using var problem = await Problem(response);
        Assert.Equal("The map store did not answer.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_save_that_the_store_finds_busy_is_a_503_after_the_document_was_read()
    {
        store.Setup(s => s.CreateAsync(It.Is<JourneyMap>(m => m.Title == "Mine"), It.Is<SaveContext>(c => c.Message == "First"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("The database is locked by another program.", TimeSpan.FromSeconds(2)));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/maps") { Content = new StringContent(Document, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Journey-Message", "First");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        store.VerifyAll();
    }

    [Fact]
    public async Task A_store_that_refuses_the_user_is_a_403_naming_why()
    {
        store.Setup(s => s.DeleteAsync("m1", "\"4\"", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreAccessDeniedException("You have no access to the Leadership site."));

        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/maps/m1");
        request.Headers.TryAddWithoutValidation("If-Match", "\"4\"");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = await Problem(response);
        Assert.Equal("No access", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("You have no access to the Leadership site.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_a_412_with_the_current_one_and_its_etag_in_the_body()
    {
        var current = new StoredMap("m1", 7, "\"7\"", new JourneyMap { Title = "Theirs", Stages = [new Stage { Name = "Two" }], Lanes = [] }, "maya", DateTimeOffset.UnixEpoch, "tom", "Their change");
        store.Setup(s => s.UpdateAsync("m1", It.IsAny<JourneyMap>(), "\"6\"", It.IsAny<SaveContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StaleMapException(current));

        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/maps/m1") { Content = new StringContent(Document, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", "\"6\"");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        using var problem = await Problem(response);
        Assert.Equal(7, problem.RootElement.GetProperty("currentVersion").GetInt32());
        Assert.Equal("\"7\"", problem.RootElement.GetProperty("currentETag").GetString());
        Assert.Equal("Two", problem.RootElement.GetProperty("current").GetProperty("maps")[0].GetProperty("stages")[0].GetProperty("name").GetString());
    }

    public void Dispose()
    {
        client.Dispose();
        service.Dispose();
    }

    private static async Task<JsonDocument> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return JsonDocument.Parse(body);
    }

    /// <summary>The service in local mode, its store replaced; the SQLite file it opens first is in a folder of its own.</summary>
    private sealed class StoreStandIn : WebApplicationFactory<Program>
    {
        private readonly IJourneyMapStore store;
        private readonly string folder = Directory.CreateTempSubdirectory("journey-failing-").FullName;

        public StoreStandIn(IJourneyMapStore store)
        {
            this.store = store;
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:DataFolder", folder);
            builder.UseSetting("Urls", "http://127.0.0.1:0");
            builder.ConfigureTestServices(services => services.RemoveAll<IJourneyMapStore>().AddSingleton(store));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(folder))
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
