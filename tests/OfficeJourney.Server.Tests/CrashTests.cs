using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// The service process is killed in the middle of saves; after a restart every save it acknowledged is
/// there, version by version, and the database passes SQLite's integrity check.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("journey-crash-").FullName;

    [Fact]
    public async Task Every_acknowledged_save_survives_a_kill_in_the_middle_of_saving()
    {
        var port = ServiceProcess.FreePort();
        var server = await ServiceProcess.Start(folder, port);
        var client = server.Client;
        var acknowledged = new Dictionary<string, int>();
        int Acknowledged()
        {
            lock (acknowledged)
            {
                return acknowledged.Values.Sum();
            }
        }

        try
        {
            var ids = new List<string>();
            for (var m = 0; m < 4; m++)
            {
                var created = await client.PostAsync("/api/maps", Json(Document($"Crash {m}", 0)));
                created.EnsureSuccessStatusCode();
                ids.Add(created.Headers.Location!.ToString().Split('/')[^1]);
                acknowledged[ids[^1]] = 1;
            }

            using var stop = new CancellationTokenSource();
            var writers = ids.Select(id => Task.Run(async () =>
            {
                var etag = "\"1\"";
                for (var n = 1; !stop.IsCancellationRequested; n++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/maps/{id}") { Content = Json(Document("Crash", n)) };
                    request.Headers.TryAddWithoutValidation("If-Match", etag);
                    HttpResponseMessage response;
                    try
                    {
                        response = await client.SendAsync(request);
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone: this save was never acknowledged
                    }

                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        return;
                    }

                    etag = response.Headers.ETag!.Tag;
                    lock (acknowledged)
                    {
                        acknowledged[id] = n + 1;
                    }
                }
            })).ToList();

            // Kill mid-stream once plenty of saves were acknowledged, however fast this machine is.
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (Acknowledged() <= 40 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }
        finally
        {
            server.Dispose();
        }

        Assert.True(Acknowledged() > 40, $"only {Acknowledged()} saves were acknowledged before the kill");
        using (var restarted = await ServiceProcess.Start(folder, port))
        {
            client = restarted.Client;
            foreach (var (id, version) in acknowledged)
            {
                using var map = JsonDocument.Parse(await client.GetStringAsync($"/api/maps/{id}"));
                Assert.True(map.RootElement.GetProperty("version").GetInt32() >= version, $"{id}: version {version} was acknowledged");
                using var saved = JsonDocument.Parse(await client.GetStringAsync($"/api/maps/{id}/versions/{version}"));
                var stage = saved.RootElement.GetProperty("map").GetProperty("maps")[0].GetProperty("stages")[0].GetProperty("name").GetString();
                Assert.Equal($"Stage {version - 1}", stage);
            }
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "maps.db")}");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Document(string title, int n) => $$"""
        { "formatVersion": 1, "maps": [ { "title": "{{title}}", "stages": [ { "name": "Stage {{n}}" } ],
          "lanes": [ { "label": "Actions", "kind": "actions", "cells": [ { "items": [ { "text": "Save {{n}}" } ] } ] } ] } ] }
        """;
}
