using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Serialization;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>A stored map: the map document plus where it stands.</summary>
internal sealed record MapResponse(string Id, int Version, string Owner, DateTimeOffset SavedAt, string SavedBy, string? Message, JourneyDocument Map)
{
    public static MapResponse Of(StoredMap stored) =>
        new(stored.Id, stored.Version, stored.Owner, stored.SavedAt, stored.SavedBy, stored.Message, new JourneyDocument { Maps = [stored.Map] });
}

/// <summary>
/// Maps with versions. Saves carry the ETag they were based on (If-Match); a stale one is a 412 with the
/// current version, never a silent overwrite; a create retried with the same Idempotency-Key makes one map.
/// </summary>
internal static class MapEndpoints
{
    public static void MapMaps(this IEndpointRouteBuilder routes)
    {
        // Every map endpoint asks the store, which may be busy (503 with Retry-After) or refuse the user (a 403, as sign-in may).
        var maps = routes.MapGroup("/api/maps").WithTags("Maps").RequireSignIn()
            .AddEndpointFilter(OnlyVisibleMaps)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        maps.MapGet("/", ListMaps)
            .WithName("ListMaps").WithSummary("Lists maps (title, type, owner, stage count, last change), newest first, filtered by text, paged.");
        maps.MapPost("/", CreateMap)
            .WithName("CreateMap").WithSummary("Stores a map document as a new map (201 with Location and ETag), in the SharePoint site ?site= names; Idempotency-Key makes retries safe.")
            .AcceptsMapDocument();
        maps.MapGet("/{id}", GetMap)
            .WithName("GetMap").WithSummary("The latest version of a map, with its ETag.");
        maps.MapPut("/{id}", UpdateMap)
            .WithName("UpdateMap").WithSummary("Saves a new version; If-Match must carry the ETag it was based on (412 when stale).")
            .AcceptsMapDocument()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        maps.MapDelete("/{id}", DeleteMap)
            .WithName("DeleteMap").WithSummary("Deletes a map with its versions and files.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        maps.MapMapVersions();
        maps.MapLatestVersions();
        maps.MapSourceWorkbooks();
        maps.MapStoredDecks();
        maps.MapStoredMermaid();
        maps.MapReviews();
    }

    public static async Task<Ok<MapPage>> ListMaps(string? text, int? skip, int? take, IJourneyMapStore store, UserContext user) =>
        TypedResults.Ok(await store.ListAsync(new MapQuery(text, skip ?? 0, take ?? 50, user.ListedOwner)));

    public static async Task<Results<Created<MapResponse>, BadRequestProblem, UnreadableProblem>> CreateMap(
        HttpRequest request,
        IJourneyMapStore store,
        UserContext user,
        [FromHeader(Name = SaveHeaders.IdempotencyKey)] string? idempotencyKey,
        [FromHeader(Name = SaveHeaders.VersionNote)] string? note,
        [FromQuery] string? site)
    {
        var document = await MapDocuments.ReadAsync(request);
        if (MapDocuments.NotOneMap(document) is { } notOne)
        {
            return notOne;
        }

        var key = SaveHeaders.Text(idempotencyKey);
        if (key is { Length: > SaveHeaders.MaxIdempotencyKey })
        {
            return new BadRequestProblem($"An Idempotency-Key has at most {SaveHeaders.MaxIdempotencyKey} characters.");
        }

        // Keys are the caller's own (each store scopes them to the user): the same key from two users makes two maps.
        var created = await store.CreateAsync(document.Maps[0], new SaveContext(user.Name, SaveHeaders.Text(note), key, site));

        // A new map comes back as the map it was given; only a map the key made earlier needs comparing.
        if (key is not null && !ReferenceEquals(created.Map, document.Maps[0]) && JourneyJson.Serialize(created.Map) != JourneyJson.Serialize(document.Maps[0]))
        {
            return new UnreadableProblem("This Idempotency-Key was used for another map; a retry sends the same map again, a new map needs a new key.");
        }

        request.HttpContext.Response.Headers.ETag = created.ETag;
        return TypedResults.Created($"/api/maps/{created.Id}", MapResponse.Of(created));
    }

    public static async Task<Results<Ok<MapResponse>, NotFoundProblem>> GetMap(string id, HttpResponse response, IJourneyMapStore store) =>
        await store.GetAsync(id) is { } stored ? WithETag(response, stored) : new NotFoundProblem(id);

    public static async Task<Results<Ok<MapResponse>, PreconditionRequiredProblem, UnreadableProblem>> UpdateMap(
        string id,
        HttpRequest request,
        IJourneyMapStore store,
        UserContext user,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        [FromHeader(Name = SaveHeaders.VersionNote)] string? note)
    {
        if (SaveHeaders.IfMatch(ifMatch) is not { } basedOn)
        {
            return new PreconditionRequiredProblem();
        }

        var document = await MapDocuments.ReadAsync(request);
        if (MapDocuments.NotOneMap(document) is { } notOne)
        {
            return notOne;
        }

        var saved = await store.UpdateAsync(id, document.Maps[0], basedOn, new SaveContext(user.Name, SaveHeaders.Text(note)));
        return WithETag(request.HttpContext.Response, saved);
    }

    public static async Task<Results<NoContent, NotFoundProblem>> DeleteMap(string id, IJourneyMapStore store, [FromHeader(Name = "If-Match")] string? ifMatch) =>
        await store.DeleteAsync(id, SaveHeaders.IfMatch(ifMatch)) ? TypedResults.NoContent() : new NotFoundProblem(id);

    /// <summary>A version of a map as the answer, its ETag in the header for the next save to be based on.</summary>
    public static Ok<MapResponse> WithETag(HttpResponse response, StoredMap stored)
    {
        response.Headers.ETag = stored.ETag;
        return TypedResults.Ok(MapResponse.Of(stored));
    }

    /// <summary>
    /// The visibility rule for every map endpoint: a map the caller may not see does not exist for them (404, never
    /// 403, so ids reveal nothing). Where the store itself decides (SharePoint, as the user), there is nothing to check.
    /// Only the owner is looked up, so the handler's own read is the map's one read.
    /// </summary>
    private static async ValueTask<object?> OnlyVisibleMaps(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var user = services.GetRequiredService<UserContext>();
        if (!user.SeesAllMaps && context.HttpContext.Request.RouteValues.TryGetValue("id", out var id) && id is string mapId
            && await services.GetRequiredService<IJourneyMapStore>().GetOwnerAsync(mapId) is { } owner && !user.MaySee(owner))
        {
            return new NotFoundProblem(mapId);
        }

        return await next(context);
    }
}
