using Microsoft.Kiota.Abstractions;

namespace OfficeJourney.Storage.SharePoint;

/// <summary>What a failed Graph call means for the store, decided by status and error code, never by message text.</summary>
internal static class GraphErrors
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public static int? Status(Exception e) => e is ApiException api ? api.ResponseStatusCode : null;

    public static bool IsNotFound(Exception e) => Status(e) == 404;

    public static bool IsConflict(Exception e) => Status(e) == 409;

    public static bool IsPreconditionFailed(Exception e) => Status(e) == 412;

    public static bool IsAccessDenied(Exception e) => Status(e) is 401 or 403;

    /// <summary>
    /// Throttling or a transient fault that outlived the retry handler, a dropped connection, or a timeout: the
    /// caller gets a 503 and tries again later. The retry handler gives up with an AggregateException of one plain
    /// exception per response it retried, and it retries only throttling and unavailability; an ApiException
    /// inside an aggregate is judged by its status.
    /// </summary>
    public static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        ApiException api => api.ResponseStatusCode is 429 or 500 or 502 or 503 or 504,
        AggregateException aggregate => aggregate.InnerExceptions.All(inner => inner.GetType() == typeof(Exception) || IsTransient(inner, cancellationToken)),
        HttpRequestException => true,
        TaskCanceledException or TimeoutException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    public static TimeSpan RetryAfter(Exception e) =>
        e is ApiException api && api.ResponseHeaders.TryGetValue("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : DefaultRetryAfter;
}
