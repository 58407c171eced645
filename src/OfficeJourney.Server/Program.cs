using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Server.Endpoints;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Server.Options;
using OfficeJourney.Vocabulary;

var builder = WebApplication.CreateBuilder(args);

// Local by default: loopback only. A launch profile, ASPNETCORE_URLS or "Urls" chooses otherwise (team deployments).
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var auth = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
var storage = builder.Configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
builder.AddMapStore(auth, storage);
builder.AddSignIn(auth, storage);
builder.Services.AddApiProblems();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.AddTaskPane();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
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
app.MapOpenApi();
app.MapHealthChecks("/health");

// What the task pane needs before its first call: whether to sign in and for which API scope, where maps can
// be saved, and which templates there are.
app.MapGet("/api/client-config", (IOptions<AuthOptions> options, StorageOptions storage) => Results.Ok(new ClientConfig(
        options.Value.Mode.ToString(),
        options.Value.Mode == AuthMode.Team ? options.Value.ClientId : null,
        options.Value.Mode == AuthMode.Team ? $"{options.Value.Audience}/{options.Value.RequiredScope}" : null,
        options.Value.Mode == AuthMode.Team ? options.Value.TenantId : null,
        storage.Mode == StorageMode.SharePoint ? [.. storage.SharePoint.Sites.Select(s => s.Name)] : [],
        new TemplateChoices([.. TemplateNames.TypeNames], [.. TemplateNames.IndustryNames], Language.Supported))))
    .WithTags("Task pane").WithName("ClientConfig").WithSummary("Sign-in settings for the task pane and the sites maps can be saved in.");
InterpretEndpoints.Map(app);
TemplateEndpoints.Map(app);
DeckEndpoints.Map(app);
MapEndpoints.Map(app);
app.UseTaskPane();
app.Run();

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
