using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Mermaid;
using OfficeJourney.Serialization;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>
/// Mermaid journey diagrams (docs/mermaid.md): read into a map as a grid is, and written from a map document or a
/// stored map, with the <c>%% oj</c> lines that make the way back give the same map.
/// </summary>
internal static class MermaidEndpoints
{
    /// <summary>The largest diagram a request may send: as much text as the reader takes.</summary>
    public static readonly long MaxBody = MermaidReadOptions.Default.MaxChars;

    private const string PlainText = "text/plain";
    private const string Markdown = "text/markdown";
    private const string Utf8Text = "text/plain; charset=utf-8";

    public static void MapMermaid(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/mermaid/interpret", InterpretMermaid)
            .WithTags("Mermaid").WithName("InterpretMermaid").WithSummary("Reads a Mermaid journey diagram (text/plain, or text/markdown with a ```mermaid block) into a journey map and its problems.")
            // Past the limit the server's own 413 ends the connection mid-send; a little room lets the handler answer
            // one just over it with its problem, read to the end (ReadBoundedAsync).
            .WithMetadata(new RequestSizeLimitAttribute(MaxBody + (1024 * 1024)))
            .AcceptsFile(PlainText)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireSignIn();

        routes.MapPost("/api/mermaid", WriteMermaid)
            .WithTags("Mermaid").WithName("WriteMermaid").WithSummary("A map document as a Mermaid journey diagram (several maps: Markdown, a block each).")
            .AcceptsMapDocument()
            .Produces<string>(StatusCodes.Status200OK, PlainText)
            .RequireSignIn();
    }

    /// <summary>In the map group (sign-in, visibility): a stored map's current version as a diagram.</summary>
    public static void MapStoredMermaid(this RouteGroupBuilder maps) =>
        maps.MapGet("/{id}/mermaid", GetMapMermaid)
            .WithName("GetMapMermaid").WithSummary("The latest version of a stored map as a Mermaid journey diagram.")
            .Produces<string>(StatusCodes.Status200OK, PlainText);

    public static async Task<Results<Ok<InterpretResponse>, BadRequestProblem, TooLargeProblem>> InterpretMermaid(HttpRequest request)
    {
        var type = request.ContentType is { } header && MediaType(header) is { } media ? media : null;
        if (type is not (PlainText or Markdown))
        {
            throw new RequestRefusedException(StatusCodes.Status415UnsupportedMediaType, "Send the diagram as text/plain (a .mmd file) or text/markdown, in UTF-8.");
        }

        var bytes = await ReadBoundedAsync(request.Body);
        if (bytes is null)
        {
            return new TooLargeProblem($"The diagram is larger than {MaxBody / (1024 * 1024)} MB; a journey diagram is read up to that size.");
        }

        if (Decode(bytes) is not { } text)
        {
            return new BadRequestProblem("The body is not UTF-8 text; send a Mermaid journey diagram as text.");
        }

        var result = MermaidReader.Read(text, type == Markdown ? "journey.md" : "journey.mmd");
        return TypedResults.Ok(InterpretEndpoints.Respond(result));
    }

    public static async Task<ContentHttpResult> WriteMermaid(HttpRequest request)
    {
        var maps = (await MapDocuments.ReadAsync(request)).Maps;
        return TypedResults.Text(maps.Count == 1 ? MermaidWriter.Write(maps[0]) : MermaidWriter.WriteMarkdown(maps), Utf8Text);
    }

    public static async Task<Results<ContentHttpResult, NotFoundProblem>> GetMapMermaid(string id, IJourneyMapStore store) =>
        await store.GetAsync(id) is { } stored ? TypedResults.Text(MermaidWriter.Write(stored.Map), Utf8Text) : new NotFoundProblem(id);

    private static string? MediaType(string header) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(header, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    // Counted while read: a body sent in chunks has no length to check first.
    private static async Task<byte[]?> ReadBoundedAsync(Stream body)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // Bytes that are not UTF-8, or text with NUL characters, are a file of another kind (an image, a workbook).
    private static string? Decode(byte[] bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) && Array.IndexOf(bytes, (byte)0) < 0 ? Encoding.UTF8.GetString(bytes) : null;
}
