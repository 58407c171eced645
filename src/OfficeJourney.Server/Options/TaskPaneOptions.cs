namespace OfficeJourney.Server.Options;

/// <summary>Where the built task pane is (configuration "TaskPane"), and the front-end dev server to proxy in development.</summary>
internal sealed class TaskPaneOptions
{
    /// <summary>The built pane, relative to the content root; in a published service, wwwroot.</summary>
    public string Root { get; set; } = Path.Combine("..", "..", "addin-web", "dist");

    /// <summary>In development, the front-end dev server (e.g. http://127.0.0.1:5173) to proxy instead.</summary>
    public string? DevServer { get; set; }
}
