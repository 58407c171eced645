using Microsoft.Extensions.Options;
using OfficeJourney.Server.Options;

namespace OfficeJourney.Server.Hosting;

/// <summary>
/// Serves the task pane and its icons on the same origin as the API (no CORS) with the SPA services:
/// static files in production, the dev server proxied in development. API, health and OpenAPI paths never fall through to the pane.
/// </summary>
internal static partial class TaskPaneHosting
{
    private static readonly string[] ServiceRoots = ["/api", "/health", "/openapi"];

    public static void AddTaskPane(this WebApplicationBuilder builder)
    {
        var options = builder.BindOptions<TaskPaneOptions>("TaskPane");
        builder.Services.AddSpaStaticFiles(spa => spa.RootPath = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.Root)));
    }

    public static void UseTaskPane(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TaskPaneOptions>>().Value;
        var root = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, options.Root));
        var proxy = app.Environment.IsDevelopment() && options.DevServer is not null;
        if (!proxy && !File.Exists(Path.Combine(root, "taskpane.html")))
        {
            NoTaskPane(app.Logger, root);
            return;
        }

        app.MapWhen(
            context => !ServiceRoots.Any(root => context.Request.Path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase)),
            pane =>
            {
                pane.UseSpaStaticFiles();
                pane.UseSpa(spa =>
                {
                    spa.Options.SourcePath = root;

                    // One page: the task pane in Office, and the web app at the site's root.
                    spa.Options.DefaultPage = "/taskpane.html";
                    if (proxy)
                    {
                        spa.UseProxyToSpaDevelopmentServer(options.DevServer!);
                    }
                });
            });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No task pane build at {Root}; the service runs without it (build addin-web to serve it).")]
    private static partial void NoTaskPane(ILogger logger, string root);
}
