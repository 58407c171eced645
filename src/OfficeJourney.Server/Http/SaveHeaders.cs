namespace OfficeJourney.Server.Http;

/// <summary>The headers of the save protocol besides If-Match and ETag: the version note and the idempotency key.</summary>
internal static class SaveHeaders
{
    public const string VersionNote = "X-Journey-Message";

    public const string IdempotencyKey = "Idempotency-Key";

    public const int MaxIdempotencyKey = 200;

    /// <summary>A header's text, or null when blank; the task pane percent-encodes text that is not Latin-1 (a Thai or Persian version note).</summary>
    public static string? Text(string? header) =>
        string.IsNullOrWhiteSpace(header) ? null
        : header.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(header)
        : header;

    /// <summary>If-Match as sent, or null when blank; the store compares it (strongly) with the map's ETag.</summary>
    public static string? IfMatch(string? header) => string.IsNullOrWhiteSpace(header) ? null : header;
}
