using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>The maps a deck's slides came from, by id.</summary>
internal sealed record LatestVersionsRequest(IReadOnlyList<string>? Ids);

/// <summary>Where one map stands now: its newest version, its title and when that version was saved.</summary>
internal sealed record LatestVersion(string Id, int Version, string Title, DateTimeOffset LastChanged);

/// <param name="Missing">Ids with no map the caller may see (deleted, never stored, or another user's): not errors, a deck may outlive its maps.</param>
internal sealed record LatestVersionsResponse(IReadOnlyList<LatestVersion> Maps, IReadOnlyList<string> Missing);

/// <summary>Whether slides inserted from maps are stale: every map's latest version in one request from the PowerPoint pane.</summary>
internal static class LatestVersionEndpoints
{
    /// <summary>A deck links to a handful of maps; the bound keeps one request from reading the whole store.</summary>
    public const int MaxIds = 200;

    /// <summary>Longer than any id a store gives (a GUID's 36 characters, a SharePoint item id's few).</summary>
    public const int MaxIdLength = 128;

    // 200 ids of the longest length with their quotes and commas, and room: a body of millions of ids would be
    // parsed into a list before it could be counted.
    private const long MaxBody = 64 * 1024;

    // Reads a few maps at a time: SharePoint answers each in a round trip, and a deck may link to many.
    private const int ReadsAtOnce = 4;

    public static void MapLatestVersions(this RouteGroupBuilder maps) =>
        maps.MapPost("/latest", LatestVersions)
            .WithName("LatestVersions").WithSummary($"The latest version, title and last change of up to {MaxIds} maps; ids the caller cannot see are listed as missing.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBody))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static async Task<Results<Ok<LatestVersionsResponse>, BadRequestProblem>> LatestVersions(LatestVersionsRequest request, IJourneyMapStore store, UserContext user, CancellationToken cancellationToken)
    {
        if (request.Ids is not { Count: > 0 } ids || ids.Any(string.IsNullOrWhiteSpace))
        {
            return new BadRequestProblem("ids names at least one map, and no id is empty.");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i].Length > MaxIdLength)
            {
                return new BadRequestProblem($"No map id is longer than {MaxIdLength} characters; ids[{i}] has {ids[i].Length}.");
            }
        }

        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxIds)
        {
            return new BadRequestProblem($"At most {MaxIds} maps at once; this asked for {distinct.Count}.");
        }

        // The maps endpoints' visibility rule, per id: a map the caller may not see is missing, as a 404 would say.
        var latest = new LatestVersion?[distinct.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, distinct.Count), new ParallelOptions { MaxDegreeOfParallelism = ReadsAtOnce, CancellationToken = cancellationToken }, async (i, token) =>
        {
            if (await store.GetAsync(distinct[i], token) is { } stored && user.MaySee(stored.Owner))
            {
                latest[i] = new LatestVersion(stored.Id, stored.Version, stored.Map.Title, stored.SavedAt);
            }
        });

        return TypedResults.Ok(new LatestVersionsResponse(
            [.. latest.OfType<LatestVersion>()],
            [.. distinct.Where((_, i) => latest[i] is null)]));
    }
}
