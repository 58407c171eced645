using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Serialization;

namespace OfficeJourney.Server.Http;

/// <summary>Reads a map document from a request body with the same checks as <c>journey validate</c>.</summary>
internal static class MapDocuments
{
    /// <summary>The largest map document a request may send.</summary>
    public const long MaxBody = 16L * 1024 * 1024;

    /// <summary>
    /// An endpoint whose body is a map document: its size limit, and in the OpenAPI document the body and what
    /// reading it may refuse (too large, not JSON, not a consistent map document). The body is read by
    /// <see cref="ReadAsync"/>, not bound, so that it gets the same checks as <c>journey validate</c>.
    /// </summary>
    public static RouteHandlerBuilder AcceptsMapDocument(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new RequestSizeLimitAttribute(MaxBody))
        .AcceptsJson<JourneyDocument>()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>The document, checked; what cannot be one is a <see cref="RequestRefusedException"/> or a <see cref="JourneyFormatException"/>.</summary>
    public static async Task<JourneyDocument> ReadAsync(HttpRequest request)
    {
        // A form or a text/plain fetch from another site needs no preflight; a JSON body does.
        if (!request.HasJsonContentType())
        {
            throw new RequestRefusedException(StatusCodes.Status415UnsupportedMediaType, "Send the map document with Content-Type: application/json.");
        }

        var document = await ReadDocumentAsync(request);
        var problems = MapChecker.Check(document);
        return problems.Count > 0
            ? throw new RequestRefusedException(StatusCodes.Status422UnprocessableEntity, "The map document is not consistent.", problems)
            : document;
    }

    /// <summary>
    /// The body as UTF-8 bytes, parsed without a string of it beside them (twice their size: four 12 MB bodies at once
    /// took 400 MB); a body in UTF-16, marked so, is read as text.
    /// </summary>
    private static async Task<JourneyDocument> ReadDocumentAsync(HttpRequest request)
    {
        using var body = new MemoryStream(request.ContentLength is { } length and > 0 and <= MaxBody ? (int)length : 0);
        await request.Body.CopyToAsync(body);
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            using var reader = new StreamReader(new MemoryStream(body.GetBuffer(), 0, (int)body.Length));
            return JourneyJson.Deserialize(await reader.ReadToEndAsync());
        }

        return JourneyJson.Deserialize(bytes);
    }

    /// <summary>A stored map is one map: a document of two is refused whole rather than one of them dropped.</summary>
    public static UnreadableProblem? NotOneMap(JourneyDocument document) =>
        document.Maps.Count == 1 ? null : new UnreadableProblem($"A stored map is one map; this document has {document.Maps.Count}.");
}
