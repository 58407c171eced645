using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>The quarterly review of a stored map: a deck of what changed between two of its versions.</summary>
internal static class ReviewEndpoints
{
    public static void MapReviews(this RouteGroupBuilder maps) =>
        maps.MapPost("/{id}/review", MakeReview)
            .WithName("MakeReviewDeck")
            .WithSummary("A review deck (.pptx, or base64 JSON when the client accepts JSON) of what changed between two versions: ?from=&to= (version numbers; from defaults to the one before to, to to the latest) or ?since= (an ISO 8601 date or time: the version current then, against the latest).")
            .ProducesFile(ContentTypes.Pptx)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(DeckConcurrency.Policy);

    public static async Task<Results<FileContentHttpResult, Ok<DeckResponse>, BadRequestProblem, NotFoundProblem>> MakeReview(
        string id, int? from, int? to, string? since, string? brandColor, HttpRequest request, IJourneyMapStore store)
    {
        if (since is not null && (from is not null || to is not null))
        {
            return new BadRequestProblem("Give either from and to (version numbers) or since (a date), not both: since compares the version current on that date with the latest.");
        }

        DateTimeOffset? instant = null;
        if (since is not null)
        {
            if (ParseSince(since) is not { } parsed)
            {
                return new BadRequestProblem($"since=\"{since}\" is not a date: write it as ISO 8601, for example 2026-09-30 or 2026-09-30T12:00:00Z.");
            }

            if (parsed > DateTimeOffset.UtcNow)
            {
                return new BadRequestProblem($"since={since} is in the future; a review compares a past version with the latest.");
            }

            instant = parsed;
        }

        var versions = await store.GetVersionsAsync(id);
        if (versions.Count == 0)
        {
            return new NotFoundProblem(id);
        }

        var latest = versions[0].Version;
        var newer = to ?? latest;
        int older;
        if (instant is { } at)
        {
            if (versions.FirstOrDefault(v => v.SavedAt <= at) is not { } then)
            {
                return new NotFoundProblem($"{id} version on {since}: its first version was saved {versions[^1].SavedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
            }

            older = then.Version;
        }
        else
        {
            older = from ?? versions.FirstOrDefault(v => v.Version < newer)?.Version ?? newer;
        }

        var before = await store.GetVersionAsync(id, older);
        var after = newer == older ? before : await store.GetVersionAsync(id, newer);
        if (before is null || after is null)
        {
            return new NotFoundProblem($"{id} version {(before is null ? older : newer)}");
        }

        // An unknown colour is an UnknownChoiceException, answered as a 400 naming how to write one.
        var options = brandColor is null ? DeckOptions.Default : new DeckOptions { Theme = DeckTheme.WithBrand(brandColor) };
        using var stream = new MemoryStream();
        var count = ReviewDeckWriter.Write(before.Map, after.Map, stream, options, Label(before), Label(after));
        var deck = new MadeDeck(stream.ToArray(), count, $"{DeckEndpoints.FileName(after.Map.Title)}-review-v{older}-v{newer}.pptx");
        return DeckEndpoints.WantsJson(request) ? deck.AsJson() : deck.AsFile();
    }

    // "v3 · 2026-09-01": the same in every language, dates culture-invariant.
    private static string Label(StoredMap version) =>
        $"v{version.Version.ToString(CultureInfo.InvariantCulture)} · {version.SavedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    // A date alone is its first moment, in UTC: "since 2026-09-30" includes what was saved that day.
    private static DateTimeOffset? ParseSince(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"];
        return DateTimeOffset.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) ? instant : null;
    }
}
