using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OfficeJourney.Server.Tests;

/// <summary>The service in team mode, its tokens signed by a key made for this run; the handler never fetches metadata.</summary>
public sealed class TeamServerFixture : WebApplicationFactory<Program>
{
    public const string Tenant = "11111111-1111-1111-1111-111111111111";
    public const string Audience = "api://officejourney.test/22222222-2222-2222-2222-222222222222";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0";

    private readonly string folder = Directory.CreateTempSubdirectory("journey-team-").FullName;

    public TeamServerFixture()
    {
        UseKestrel(0);
        StartServer();
    }

    public TokenMint Tokens { get; } = new(Issuer, Audience, Tenant);

    public string Token(string user, string? issuer = null, string? audience = null, string tenant = Tenant, string scope = "access_as_user", DateTime? expires = null) =>
        Tokens.Token(user, issuer, audience, tenant, scope, expires);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataFolder", folder);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Auth:Mode", "Team");
        builder.UseSetting("Auth:TenantId", Tenant);
        builder.UseSetting("Auth:ClientId", "22222222-2222-2222-2222-222222222222");
        builder.UseSetting("Auth:Audience", Audience);
        builder.ConfigureTestServices(Tokens.Trust);
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

public sealed class TeamModeTests(TeamServerFixture server) : IClassFixture<TeamServerFixture>
{
    private const string Document = """
        { "formatVersion": 1, "maps": [ { "title": "Private journey", "stages": [ { "name": "One" } ],
          "lanes": [ { "label": "Actions", "kind": "actions", "cells": [ { "items": [ { "text": "Act" } ] } ] } ] } ] }
        """;

    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task A_map_endpoint_without_a_token_is_unauthorized()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/maps")).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/grids/interpret")]
    [InlineData("POST", "/api/workbooks/interpret")]
    [InlineData("POST", "/api/decks")]
    [InlineData("GET", "/api/templates?type=current-state")]
    public async Task Every_costly_endpoint_needs_a_token_in_team_mode(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_needs_a_token_in_team_mode()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/openapi/v1.json", server.Token("maya"))).StatusCode);
    }

    [Fact]
    public async Task Health_and_the_sign_in_settings_stay_open_in_team_mode()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/client-config")).StatusCode);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-tenant")]
    [InlineData("wrong-key")]
    public async Task A_token_that_is_not_for_this_api_is_unauthorized(string flaw)
    {
        var token = flaw switch
        {
            "expired" => server.Token("maya", expires: DateTime.UtcNow.AddMinutes(-6)),
            "wrong-audience" => server.Token("maya", audience: "api://someone-else"),
            "wrong-tenant" => server.Token("maya", issuer: "https://login.microsoftonline.com/99999999-9999-9999-9999-999999999999/v2.0", tenant: "99999999-9999-9999-9999-999999999999"),
            _ => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = TeamServerFixture.Issuer,
                Audience = TeamServerFixture.Audience,
                Claims = new Dictionary<string, object> { ["oid"] = "maya", ["tid"] = TeamServerFixture.Tenant, ["scp"] = "access_as_user" },
                SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256),
            }),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/api/maps", token)).StatusCode);
    }

    [Fact]
    public async Task A_token_without_the_api_scope_is_forbidden()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Get, "/api/maps", server.Token("maya", scope: "User.Read"))).StatusCode);
    }

    [Fact]
    public async Task A_user_cannot_read_or_list_another_users_private_map()
    {
        var maya = server.Token("maya-" + Guid.NewGuid());
        var tom = server.Token("tom-" + Guid.NewGuid());

        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, location, maya)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, location, tom)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, location + "/versions", tom)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Post, location + "/deck", tom)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Delete, location, tom)).StatusCode);
        using var list = JsonDocument.Parse(await (await Send(HttpMethod.Get, "/api/maps", tom)).Content.ReadAsStringAsync());
        Assert.Equal(0, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, location, maya)).StatusCode);
    }

    [Fact]
    public async Task Another_users_map_is_missing_from_the_latest_versions_not_revealed()
    {
        var maya = server.Token("maya-" + Guid.NewGuid());
        var tom = server.Token("tom-" + Guid.NewGuid());
        var created = await Send(HttpMethod.Post, "/api/maps", maya, Document);
        var id = created.Headers.Location!.ToString().Split('/')[^1];
        var body = $$"""{ "ids": ["{{id}}"] }""";

        using var forMaya = JsonDocument.Parse(await (await Send(HttpMethod.Post, "/api/maps/latest", maya, body)).Content.ReadAsStringAsync());
        using var forTom = JsonDocument.Parse(await (await Send(HttpMethod.Post, "/api/maps/latest", tom, body)).Content.ReadAsStringAsync());

        Assert.Equal("Private journey", forMaya.RootElement.GetProperty("maps")[0].GetProperty("title").GetString());
        Assert.Equal(0, forTom.RootElement.GetProperty("maps").GetArrayLength());
        Assert.Equal([id], forTom.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
