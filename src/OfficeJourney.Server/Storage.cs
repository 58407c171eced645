using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using OfficeJourney.Storage;
using OfficeJourney.Storage.SharePoint;

namespace OfficeJourney.Server;

/// <summary>Chooses the store from configuration: the local SQLite file, or SharePoint as the signed-in user.</summary>
internal static class Storage
{
    public static void AddMapStore(this WebApplicationBuilder builder, AuthOptions auth)
    {
        var options = builder.Configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddExceptionHandler<StoreExceptionHandler>();
        if (options.Mode == StorageMode.Local)
        {
            builder.Services.AddSingleton<IJourneyMapStore>(new SqliteJourneyMapStore(options.DatabasePath));
            return;
        }

        if (auth.Mode != AuthMode.Team)
        {
            throw new InvalidOperationException("Storage:Mode SharePoint needs Auth:Mode Team: maps are read and written as the signed-in user.");
        }

        builder.Services.AddSingleton(options.SharePoint);
        builder.Services.AddSingleton(new SiteCatalog(options.SharePoint));
        builder.Services.AddSingleton(services => new SharePointGraph(services.GetRequiredService<SharePointOptions>()));

        // One store per request, as the caller: Graph answers with their permissions.
        builder.Services.AddScoped<IJourneyMapStore>(services =>
        {
            var request = services.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
            var token = request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? header["Bearer ".Length..].Trim()
                : throw new InvalidOperationException("A SharePoint store needs the caller's bearer token.");
            return new SharePointJourneyMapStore(services.GetRequiredService<SharePointGraph>().ForUser(token), services.GetRequiredService<SiteCatalog>(), options.SharePoint)
            {
                CreateInSite = request.Query["site"].FirstOrDefault(),
            };
        });
    }
}

/// <summary>A store that is busy is a 503 with Retry-After; one that refuses the user a 403; a site it does not have a 400. Never a stack trace.</summary>
internal sealed class StoreExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            StoreUnavailableException => (StatusCodes.Status503ServiceUnavailable, "The map store is busy"),
            StoreAccessDeniedException => (StatusCodes.Status403Forbidden, "No access"),
            UnknownPlaceException => (StatusCodes.Status400BadRequest, "No such site"),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        if (exception is StoreUnavailableException { RetryAfter: { } wait })
        {
            httpContext.Response.Headers[HeaderNames.RetryAfter] = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
        }).ConfigureAwait(false);
    }
}
