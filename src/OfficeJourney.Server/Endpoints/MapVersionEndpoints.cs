using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Comparison;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

internal sealed record CompareResponse(int From, int To, IReadOnlyList<MapChange> Changes);

/// <summary>A map's versions: every save is one; an old one can be read, compared, or made the newest again.</summary>
internal static class MapVersionEndpoints
{
    public static void MapMapVersions(this RouteGroupBuilder maps)
    {
        maps.MapGet("/{id}/versions", ListVersions)
            .WithName("ListVersions").WithSummary("The versions of a map, newest first.");
        maps.MapGet("/{id}/versions/{version:int}", GetVersion)
            .WithName("GetVersion").WithSummary("One version of a map.");
        maps.MapPost("/{id}/versions/{version:int}/restore", RestoreVersion)
            .WithName("RestoreVersion").WithSummary("Makes an old version the newest again, as a new version.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        maps.MapGet("/{id}/compare", CompareVersions)
            .WithName("CompareVersions").WithSummary("What changed between two versions: stages, lanes, items and emotions added, removed or changed.");
    }

    public static async Task<Results<Ok<IReadOnlyList<MapVersionInfo>>, NotFoundProblem>> ListVersions(string id, IJourneyMapStore store) =>
        await store.GetVersionsAsync(id) is { Count: > 0 } versions ? TypedResults.Ok(versions) : new NotFoundProblem(id);

    public static async Task<Results<Ok<MapResponse>, NotFoundProblem>> GetVersion(string id, int version, HttpResponse response, IJourneyMapStore store) =>
        await store.GetVersionAsync(id, version) is { } stored ? MapEndpoints.WithETag(response, stored) : new NotFoundProblem($"{id} version {version}");

    public static async Task<Ok<MapResponse>> RestoreVersion(
        string id,
        int version,
        HttpResponse response,
        IJourneyMapStore store,
        UserContext user,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        [FromHeader(Name = SaveHeaders.VersionNote)] string? note) =>
        MapEndpoints.WithETag(response, await store.RestoreAsync(id, version, SaveHeaders.IfMatch(ifMatch), new SaveContext(user.Name, SaveHeaders.Text(note))));

    public static async Task<Results<Ok<CompareResponse>, NotFoundProblem>> CompareVersions(string id, int from, int to, IJourneyMapStore store)
    {
        var before = await store.GetVersionAsync(id, from);
        var after = to == from ? before : await store.GetVersionAsync(id, to);
        return before is null || after is null
            ? new NotFoundProblem($"{id} versions {from} and {to}")
            : TypedResults.Ok(new CompareResponse(from, to, MapDiff.Compare(before.Map, after.Map)));
    }
}
