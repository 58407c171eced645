using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Options;

namespace OfficeJourney.Server.Tests;

/// <summary>
/// The local-mode guard alone, for what a loopback test client cannot send: a connection from another machine,
/// and the pane's dev server as origin in and out of development. LocalModeTests run it in the real service.
/// </summary>
public sealed class LocalModeGuardTests
{
    private const string DevServer = "http://127.0.0.1:5173";

    [Fact]
    public async Task A_request_from_another_machine_is_refused_even_when_it_names_localhost()
    {
        var (status, reached) = await Guard(Request("GET", IPAddress.Parse("192.0.2.7")), "Production");

        Assert.Equal(StatusCodes.Status403Forbidden, status);
        Assert.False(reached);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task A_request_from_this_machine_passes(string address)
    {
        var (status, reached) = await Guard(Request("GET", IPAddress.Parse(address)), "Production");

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.True(reached);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task The_pane_s_dev_server_may_send_changes_only_to_a_development_service(string environment, bool allowed)
    {
        var request = Request("POST", IPAddress.Loopback);
        request.Request.Headers.Origin = DevServer;

        var (status, reached) = await Guard(request, environment);

        Assert.Equal(allowed, reached);
        Assert.Equal(allowed ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden, status);
    }

    private static DefaultHttpContext Request(string method, IPAddress remote)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 5080);
        context.Connection.LocalPort = 5080;
        context.Connection.RemoteIpAddress = remote;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<(int Status, bool Reached)> Guard(HttpContext context, string environment)
    {
        var reached = false;
        var taskPane = Microsoft.Extensions.Options.Options.Create(new TaskPaneOptions { DevServer = DevServer });
        var guard = new LocalModeGuard(_ => { reached = true; return Task.CompletedTask; }, taskPane, Mock.Of<IWebHostEnvironment>(e => e.EnvironmentName == environment));

        await guard.InvokeAsync(context);

        return (context.Response.StatusCode, reached);
    }
}
