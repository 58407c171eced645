using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Model;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Slides;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>A deck as JSON, for Office.js insertSlidesFromBase64.</summary>
public sealed record DeckResponse(string FileName, int Slides, string Base64);

internal static class DeckEndpoints
{
    public const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/decks", async (HttpRequest request, string? slides, string? brandColor) =>
            {
                var document = await MapDocuments.ReadAsync(request);
                return Deck(request, document.Maps, slides, brandColor, "journey");
            })
            .WithName("MakeDeck").WithSummary("A PowerPoint deck of a map document (.pptx, or base64 JSON when the client accepts JSON).")
            .WithMetadata(new RequestSizeLimitAttribute(MapDocuments.MaxBody))
            .RequireAuthorization(SignIn.Policy);

        routes.MapPost("/api/maps/{id}/deck", async (string id, int? version, string? slides, string? brandColor, HttpRequest request, IJourneyMapStore store, UserContext user) =>
            {
                var stored = version is { } v ? await store.GetVersionAsync(id, v) : await store.GetAsync(id);
                if (stored is null || !user.MaySee(stored.Owner))
                {
                    return ApiProblems.NotFound(id);
                }

                var result = Deck(request, [stored.Map], slides, brandColor, stored.Map.Title, out var bytes);
                if (version is null && bytes is not null)
                {
                    await store.PutAttachmentAsync(id, AttachmentKind.Deck, bytes);
                }

                return result;
            })
            .WithName("MakeStoredMapDeck").WithSummary("A PowerPoint deck of a stored map (latest version, or ?version=n); the latest is kept beside the map.")
            .RequireAuthorization(SignIn.Policy);
    }

    private static IResult Deck(HttpRequest request, IReadOnlyList<JourneyMap> maps, string? slides, string? brandColor, string name) =>
        Deck(request, maps, slides, brandColor, name, out _);

    private static IResult Deck(HttpRequest request, IReadOnlyList<JourneyMap> maps, string? slides, string? brandColor, string name, out byte[]? bytes)
    {
        // An unknown slide or colour is an UnknownChoiceException, answered as a 400 naming the choices.
        var options = new DeckOptions { Slides = DeckSlideNames.Parse(slides) };
        if (brandColor is not null)
        {
            options = options with { Theme = DeckTheme.WithBrand(brandColor) };
        }

        using var stream = new MemoryStream();
        var count = DeckWriter.Write(maps, stream, options);
        bytes = stream.ToArray();
        var fileName = FileName(name) + ".pptx";
        return request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true)
            ? Results.Ok(new DeckResponse(fileName, count, Convert.ToBase64String(bytes)))
            : Results.File(bytes, PptxType, fileName);
    }

    private static string FileName(string title)
    {
        var safe = new string([.. title.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return safe.Length == 0 ? "journey" : safe.Length > 60 ? safe[..60] : safe;
    }
}
