using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// The service as built beside these tests (same configuration), run as a process of its own on a free loopback
/// port: what a crash or a process's memory is measured on.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;

    private ServiceProcess(Process process, int port)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Resident memory now and at its highest so far (VmRSS, VmHWM), in bytes.</summary>
    public (long Now, long Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        long Field(string name) => long.Parse(status.Single(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <param name="settings">Configuration beyond the store's folder and the address, as environment variables ("Decks__AtOnce").</param>
    public static async Task<ServiceProcess> Start(string dataFolder, int? port = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var chosen = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ServerAssembly());
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Urls"] = $"http://127.0.0.1:{chosen}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, chosen);
        await service.WaitForHealth();
        return service;
    }

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        Client.Dispose();
    }

    private async Task WaitForHealth()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if ((await Client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException("The service did not start within 30 s.");
            }

            await Task.Delay(100);
        }
    }

    private static string ServerAssembly()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testFolder.Parent!.Name;
        return Path.Combine(Repository.Root, "src", "OfficeJourney.Server", "bin", configuration, testFolder.Name, "OfficeJourney.Server.dll");
    }
}
