using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// A bounded load test of the service on loopback: 16 clients for 30 s (by default) mixing grid
/// interpretation, deck generation and saves; reports requests per second, p50/p99 latency per kind,
/// errors, lost saves and the server's memory over the run. Targets: decks ≥ 200/s, p99 under 100 ms,
/// flat memory, no errors, no lost saves.
/// </summary>
internal static class LoadTest
{
    private const string Grid = """
        { "sheets": [ { "name": "Journey", "address": "Journey!A1:F5", "values": [
          ["Stage", "Awareness", "Consideration", "Purchase", "Delivery", "Loyalty"],
          ["Actions", "Sees an ad", "Compares", "Pays", "Waits", "Reorders"],
          ["Emotions (-2..+2)", 1, -1, 0, -1, 2],
          ["Pain points", "Generic ads", "Sizes", "Long form", "Vague slot", "Slow returns"],
          ["Opportunities", "Lookbooks", "Fit quiz", "One tap", "Slots", "Free returns"] ] } ] }
        """;

    public static async Task Run(int clients, int seconds)
    {
        var folder = Directory.CreateTempSubdirectory("journey-load-");
        var port = FreePort();
        using var server = StartServer(folder.FullName, port);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitForHealth(http);
            var map = await Map(http);
            var samples = new List<(string Kind, double Milliseconds, bool Ok)>();
            var memory = new List<long>();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var monitor = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    server.Refresh();
                    memory.Add(server.WorkingSet64);
                    await Task.Delay(1000);
                }
            });
            var saved = new Dictionary<string, int>();
            var watch = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var created = await http.PostAsync("/api/maps", Json(map));
                var id = created.Headers.Location!.ToString().Split('/')[^1];
                var etag = created.Headers.ETag!.Tag;
                var version = 1;
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var kind = (i % 4) switch { 0 => "interpret", 3 => "save", _ => "deck" };
                    var started = Stopwatch.GetTimestamp();
                    HttpResponseMessage response;
                    if (kind == "save")
                    {
                        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/maps/{id}") { Content = Json(map) };
                        put.Headers.TryAddWithoutValidation("If-Match", etag);
                        response = await http.SendAsync(put);
                        if (response.IsSuccessStatusCode)
                        {
                            etag = response.Headers.ETag!.Tag;
                            version++;
                        }
                    }
                    else
                    {
                        response = await http.PostAsync(kind == "deck" ? "/api/decks" : "/api/grids/interpret", Json(kind == "deck" ? map : Grid));
                        await response.Content.ReadAsByteArrayAsync();
                    }

                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (samples)
                    {
                        samples.Add((kind, elapsed, response.IsSuccessStatusCode));
                    }
                }

                lock (saved)
                {
                    saved[id] = version;
                }
            })).ToList();
            await Task.WhenAll(workers);
            var duration = watch.Elapsed.TotalSeconds;
            await monitor;

            var lost = 0;
            foreach (var (id, version) in saved)
            {
                using var stored = JsonDocument.Parse(await http.GetStringAsync($"/api/maps/{id}"));
                lost += stored.RootElement.GetProperty("version").GetInt32() == version ? 0 : 1;
            }

            Console.WriteLine($"{clients} clients, {duration:F1} s, {samples.Count} requests ({samples.Count / duration:F0}/s), errors {samples.Count(s => !s.Ok)}, lost saves {lost}");
            foreach (var group in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var times = group.Select(s => s.Milliseconds).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-10} {group.Count() / duration,7:F0}/s   p50 {Percentile(times, 0.50),6:F1} ms   p99 {Percentile(times, 0.99),6:F1} ms"));
            }

            var mb = memory.Select(m => m / 1048576.0).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server working set: first {mb.First():F0} MB, peak {mb.Max():F0} MB, last {mb.Last():F0} MB; second half mean {mb.Skip(mb.Count / 2).Average():F0} MB vs first half {mb.Take(mb.Count / 2).DefaultIfEmpty(0).Average():F0} MB"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> Map(HttpClient http)
    {
        var response = await http.PostAsync("/api/grids/interpret", Json(Grid));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("map").GetRawText();
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static Process StartServer(string folder, int port)
    {
        var server = Path.Combine(Repository.Root, "src", "OfficeJourney.Server", "bin", "Release", "net10.0", "OfficeJourney.Server.dll");
        if (!File.Exists(server))
        {
            throw new InvalidOperationException($"Build the service first: dotnet build src/OfficeJourney.Server -c Release ({server} is missing).");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(server);
        start.Environment["Storage__DataFolder"] = folder;
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForHealth(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("The service did not start.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
