using Microsoft.AspNetCore.Http.HttpResults;
using OfficeJourney.Model;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>A deck as JSON, for Office.js insertSlidesFromBase64.</summary>
internal sealed record DeckResponse(string FileName, int Slides, string Base64);

/// <summary>Decks: of a map document sent, or of a stored map (whose latest deck is kept beside it).</summary>
internal static class DeckEndpoints
{
    public static void MapDecks(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/decks", MakeDeck)
            .WithTags("Decks").WithName("MakeDeck").WithSummary("A PowerPoint deck of a map document (.pptx, or base64 JSON when the client accepts JSON).")
            .AcceptsMapDocument()
            .ProducesFile(ContentTypes.Pptx)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(DeckConcurrency.Policy)
            .RequireSignIn();

    public static void MapStoredDecks(this RouteGroupBuilder maps)
    {
        maps.MapPost("/{id}/deck", MakeStoredMapDeck)
            .WithName("MakeStoredMapDeck").WithSummary("A PowerPoint deck of a stored map (latest version, or ?version=n); the latest is kept beside the map.")
            .ProducesFile(ContentTypes.Pptx)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(DeckConcurrency.Policy);
        maps.MapGet("/{id}/deck", GetLatestDeck)
            .WithName("GetLatestDeck").WithSummary("The latest deck made of the map.")
            .ProducesFile(ContentTypes.Pptx);
    }

    public static async Task<Results<FileContentHttpResult, Ok<DeckResponse>>> MakeDeck(HttpRequest request, string? slides, string? brandColor)
    {
        var deck = Make((await MapDocuments.ReadAsync(request)).Maps, slides, brandColor, "journey");
        return WantsJson(request) ? deck.AsJson() : deck.AsFile();
    }

    public static async Task<Results<FileContentHttpResult, Ok<DeckResponse>, NotFoundProblem>> MakeStoredMapDeck(
        string id, int? version, string? slides, string? brandColor, HttpRequest request, IJourneyMapStore store)
    {
        if ((version is { } v ? await store.GetVersionAsync(id, v) : await store.GetAsync(id)) is not { } stored)
        {
            return new NotFoundProblem(id);
        }

        var deck = Make([stored.Map], slides, brandColor, stored.Map.Title);
        if (version is null)
        {
            await store.PutAttachmentAsync(id, AttachmentKind.Deck, deck.Bytes);
        }

        return WantsJson(request) ? deck.AsJson() : deck.AsFile();
    }

    public static async Task<Results<FileContentHttpResult, NotFoundProblem>> GetLatestDeck(string id, IJourneyMapStore store) =>
        await store.GetAttachmentAsync(id, AttachmentKind.Deck) is { } bytes
            ? TypedResults.File(bytes, ContentTypes.Pptx, "journey.pptx")
            : new NotFoundProblem(id + " deck");

    private static MadeDeck Make(IReadOnlyList<JourneyMap> maps, string? slides, string? brandColor, string name)
    {
        // An unknown slide or colour is an UnknownChoiceException, answered as a 400 naming the choices.
        var options = new DeckOptions { Slides = DeckSlideNames.Parse(slides) };
        if (brandColor is not null)
        {
            options = options with { Theme = DeckTheme.WithBrand(brandColor) };
        }

        using var stream = new MemoryStream();
        var count = DeckWriter.Write(maps, stream, options);
        return new MadeDeck(stream.ToArray(), count, FileName(name) + ".pptx");
    }

    internal static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    internal static string FileName(string title)
    {
        var safe = new string([.. title.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return safe.Length == 0 ? "journey" : safe.Length > 60 ? safe[..60] : safe;
    }
}

/// <summary>A deck made for a request: sent as the file, or as JSON for the task pane to insert.</summary>
internal sealed record MadeDeck(byte[] Bytes, int Slides, string FileName)
{
    public FileContentHttpResult AsFile() => TypedResults.File(Bytes, ContentTypes.Pptx, FileName);

    public Ok<DeckResponse> AsJson() => TypedResults.Ok(new DeckResponse(FileName, Slides, Convert.ToBase64String(Bytes)));
}
