using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Model;
using OfficeJourney.Serialization;
using OfficeJourney.Slides.Options;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Http;

/// <summary>
/// The one place where what a request, the store and the workbook reader refuse becomes a problem document, so
/// that the endpoints have no try/catch of their own: a body refused as it was read has its own status, an unknown
/// choice (a slide, a colour, a map type) is a 400, a map document that does not parse a 422, a stale save a 412 with
/// the current version and its ETag in the body (the exception handler middleware strips an ETag header), a map
/// that is not there a 404, a busy store a 503 with Retry-After, one that refuses the user a 403, a site it does not
/// have a 400, a workbook refused for its size a 413 and for what it is a 422, a map that needs more slides than a
/// deck holds a 422, a body over the limit a 413. Never a stack trace.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            RequestRefusedException refused => refused.Status,
            UnknownChoiceException => StatusCodes.Status400BadRequest,
            JourneyFormatException => StatusCodes.Status422UnprocessableEntity,
            BadHttpRequestException bad => bad.StatusCode,
            StaleMapException => StatusCodes.Status412PreconditionFailed,
            MapNotFoundException => StatusCodes.Status404NotFound,
            StoreUnavailableException => StatusCodes.Status503ServiceUnavailable,
            StoreAccessDeniedException => StatusCodes.Status403Forbidden,
            UnknownPlaceException => StatusCodes.Status400BadRequest,
            WorkbookRefusedException { IsTooLarge: true } => StatusCodes.Status413PayloadTooLarge,
            WorkbookRefusedException => StatusCodes.Status422UnprocessableEntity,
            DeckTooLargeException => StatusCodes.Status422UnprocessableEntity,
            _ => 0,
        };
        if (status == 0)
        {
            return false;
        }

        var detail = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => "The request body is larger than this endpoint accepts.",
            // The body's JSON does not fit the endpoint: say where ($.sheets[0].values[3][1]), and why when the grid's
            // converters know it; the serializer's own words name internal types.
            BadHttpRequestException { InnerException: GridJsonException grid } => $"The request body does not fit this endpoint at {grid.Path ?? "$"}: {grid.Message}",
            BadHttpRequestException { InnerException: JsonException json } => $"The request body does not fit this endpoint at {json.Path ?? "$"}.",
            _ => exception.Message,
        };
        var details = ApiProblems.Create(status, detail, (exception as RequestRefusedException)?.Problems);
        switch (exception)
        {
            case StoreUnavailableException { RetryAfter: { } wait }:
                httpContext.Response.Headers[HeaderNames.RetryAfter] = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                break;
            case StaleMapException stale:
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
