using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Serialization;
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

/// <summary>
/// The one place where what the store and the workbook reader refuse becomes a problem document, so that the
/// endpoints have no try/catch of their own: a stale save is a 412 with the current version (and its ETag), a map
/// that is not there a 404, a busy store a 503 with Retry-After, one that refuses the user a 403, a site it does
/// not have a 400, a workbook refused for its size a 413 and for what it is a 422. Never a stack trace.
/// </summary>
internal sealed class StoreExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            StaleMapException => (StatusCodes.Status412PreconditionFailed, "The map was changed since"),
            MapNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            StoreUnavailableException => (StatusCodes.Status503ServiceUnavailable, "The map store is busy"),
            StoreAccessDeniedException => (StatusCodes.Status403Forbidden, "No access"),
            UnknownPlaceException => (StatusCodes.Status400BadRequest, "No such site"),
            WorkbookRefusedException { IsTooLarge: true } => (StatusCodes.Status413PayloadTooLarge, "Too large"),
            WorkbookRefusedException => (StatusCodes.Status422UnprocessableEntity, "The input cannot be read as a journey map"),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        var details = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        switch (exception)
        {
            case StoreUnavailableException { RetryAfter: { } wait }:
                httpContext.Response.Headers[HeaderNames.RetryAfter] = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case StaleMapException stale:
                httpContext.Response.Headers.ETag = stale.Current.ETag;
                details.Extensions["currentVersion"] = stale.Current.Version;
                details.Extensions["currentETag"] = stale.Current.ETag;
                details.Extensions["current"] = new JourneyDocument { Maps = [stale.Current.Map] };
                break;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = details,
        }).ConfigureAwait(false);
    }
}
