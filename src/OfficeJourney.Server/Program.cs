using System.Text.Json.Serialization;
using OfficeJourney.Server;
using OfficeJourney.Server.Endpoints;
using OfficeJourney.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection("Storage"));
builder.Services.AddSingleton<IJourneyMapStore>(services =>
    new SqliteJourneyMapStore(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.DatabasePath));
builder.Services.AddSingleton(new UserContext(Environment.UserName));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapHealthChecks("/health");
InterpretEndpoints.Map(app);
TemplateEndpoints.Map(app);
DeckEndpoints.Map(app);
MapEndpoints.Map(app);
app.Run();

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
