using System.Text.Json.Serialization;
using OfficeJourney.Server.Endpoints;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Server.Options;

var builder = WebApplication.CreateBuilder(args);

// Local by default: loopback only. A launch profile, ASPNETCORE_URLS or "Urls" chooses otherwise (team deployments).
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var auth = builder.BindOptions<AuthOptions>("Auth");
var storage = builder.BindOptions<StorageOptions>("Storage");
builder.AddMapStore(auth, storage);
builder.AddSignIn(auth, storage);
builder.Services.AddApiProblems();
builder.Services.AddOpenApi(options => options.AddRequestBodies().AddFileResponses().AddGridRowsSchema().AddOmittedNulls());
builder.Services.AddHealthChecks();
builder.Services.AddDeckConcurrency(builder.BindOptions<DeckConcurrencyOptions>("Decks"));
builder.AddTaskPane();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    // Numbers are numbers, as in the map document format: the web defaults' "3" for 3 would also make every
    // number in the OpenAPI document "integer or string".
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});

var app = builder.Build();
app.UsePageSecurity();
if (auth.Mode != AuthMode.Team)
{
    app.UseMiddleware<LocalModeGuard>();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
if (auth.Mode == AuthMode.Team)
{
    app.UseAuthentication();
}

app.UseAuthorization();
app.UseRateLimiter();
// The API's description names no secrets, but in team mode only signed-in users need it (local mode lets anyone in).
app.MapOpenApi().RequireAuthorization(SignIn.Policy);
app.MapHealthChecks("/health");
app.MapClientConfig();
app.MapInterpretation();
app.MapTemplates();
app.MapDecks();
app.MapMaps();
app.MapMermaid();
app.UseTaskPane();
app.Run();

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
