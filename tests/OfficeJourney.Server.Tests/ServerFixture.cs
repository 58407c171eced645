using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OfficeJourney.Server.Tests;

/// <summary>The real service on a loopback port (Kestrel), with its store in a folder of its own.</summary>
public sealed class ServerFixture : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("journey-server-").FullName;

    public ServerFixture()
    {
        UseKestrel(0);
        StartServer();
    }

    public string DataFolder => folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A stand-in task pane build, so that serving it is tested without building addin-web.
        var pane = Directory.CreateDirectory(Path.Combine(folder, "pane"));
        File.WriteAllText(Path.Combine(pane.FullName, "taskpane.html"), "<!doctype html><title>OfficeJourney</title>");
        Directory.CreateDirectory(Path.Combine(pane.FullName, "assets"));
        File.WriteAllBytes(Path.Combine(pane.FullName, "assets", "icon-32.png"), [0x89, (byte)'P', (byte)'N', (byte)'G']);
        builder.UseSetting("TaskPane:Root", pane.FullName);
        builder.UseSetting("Storage:DataFolder", folder);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory disposes through both Dispose and DisposeAsync: remove the folder once.
        if (disposing && Directory.Exists(folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
