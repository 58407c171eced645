using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OfficeJourney.Server.Http;
using OfficeJourney.Server.Options;

namespace OfficeJourney.Server.Hosting;

/// <summary>
/// Local mode serves this machine's user and nobody else, without sign-in. So: only a connection from this machine
/// is answered (should the service be made to listen on another address, other machines are still refused). A
/// page on another site can make this machine's browser send requests here (DNS rebinding makes its host name
/// point at 127.0.0.1, and a form or a text/plain fetch needs no preflight), so: only a loopback Host with the port
/// the service listens on is answered, and a request that changes something is refused when it comes from another
/// origin than the service's own.
/// </summary>
internal sealed class LocalModeGuard(RequestDelegate next, IOptions<TaskPaneOptions> taskPane, IWebHostEnvironment environment)
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    // The task pane's development server (Vite) proxies its calls here from its own origin; only a development
    // service proxies it (TaskPaneHosting), so only a development service trusts it.
    private readonly string? devServer = environment.IsDevelopment() ? taskPane.Value.DevServer?.TrimEnd('/') : null;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Local mode serves this machine only, without sign-in; this request comes from another address.");
            return;
        }

        if (!IsLoopback(request.Host, request.IsHttps ? 443 : 80, context.Connection.LocalPort))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, $"Local mode serves requests to localhost:{context.Connection.LocalPort}; \"{request.Host}\" is another name.");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && request.Headers.Origin is { Count: > 0 } origin && !IsOwn(origin.ToString(), request))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, $"A change may come from this service's own pages only, not from {origin}.");
            return;
        }

        await next(context);
    }

    private static bool IsLoopback(HostString host, int defaultPort, int port) =>
        LoopbackHosts.Contains(host.Host, StringComparer.OrdinalIgnoreCase) && (host.Port ?? defaultPort) == port;

    private bool IsOwn(string origin, HttpRequest request) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
        || (devServer is not null && string.Equals(origin, devServer, StringComparison.OrdinalIgnoreCase));

    private static Task Refuse(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Problem(ApiProblems.Create(status, detail)).ExecuteAsync(context);
    }
}
