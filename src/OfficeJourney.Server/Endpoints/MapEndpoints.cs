using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Comparison;
using OfficeJourney.Serialization;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>A stored map: the map document plus where it stands.</summary>
public sealed record MapResponse(string Id, int Version, string Owner, DateTimeOffset SavedAt, string SavedBy, string? Message, JourneyDocument Map);

public sealed record CompareResponse(int From, int To, IReadOnlyList<MapChange> Changes);

/// <summary>
/// Maps with versions. Saves carry the ETag they were based on (If-Match); a stale one is a 412 with the
/// current version, never a silent overwrite; a create retried with the same Idempotency-Key makes one map.
/// </summary>
internal static class MapEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var maps = routes.MapGroup("/api/maps").WithTags("Maps").RequireAuthorization(SignIn.Policy)
            .AddEndpointFilter(async (context, next) =>
            {
                // A map the caller may not see does not exist for them: 404, never 403, so ids reveal nothing.
                // Where the store itself decides (SharePoint, as the user), there is nothing to check here.
                var user = context.HttpContext.RequestServices.GetRequiredService<UserContext>();
                if (!user.SeesAllMaps && context.HttpContext.Request.RouteValues.TryGetValue("id", out var id) && id is string mapId)
                {
                    var store = context.HttpContext.RequestServices.GetRequiredService<IJourneyMapStore>();
                    if (await store.GetAsync(mapId) is { } stored && !user.MaySee(stored.Owner))
                    {
                        return ApiProblems.NotFound(mapId);
                    }
                }

                return await next(context);
            });

        maps.MapGet("/", async (string? text, int? skip, int? take, IJourneyMapStore store, UserContext user) =>
                Results.Ok(await store.ListAsync(new MapQuery(text, skip ?? 0, take ?? 50, user.SeesAllMaps ? null : user.Name))))
            .WithName("ListMaps").WithSummary("Lists maps (title, type, owner, stage count, last change), newest first, filtered by text, paged.");

        maps.MapPost("/", async (HttpRequest request, IJourneyMapStore store, UserContext user) =>
            {
                var document = await MapDocuments.ReadAsync(request);
                if (OneMap(document) is { } notOne)
                {
                    return notOne;
                }

                var key = Header(request, "Idempotency-Key");
                if (key is { Length: > MaxIdempotencyKey })
                {
                    return ApiProblems.BadRequest($"An Idempotency-Key has at most {MaxIdempotencyKey} characters.");
                }

                // Keys are the caller's own (each store scopes them to the user): the same key from two users makes two maps.
                var created = await store.CreateAsync(document.Maps[0], new SaveContext(user.Name, Header(request, "X-Journey-Message"), key));
                if (key is not null && JourneyJson.Serialize(created.Map) != JourneyJson.Serialize(document.Maps[0]))
                {
                    return ApiProblems.Unreadable("This Idempotency-Key was used for another map; a retry sends the same map again, a new map needs a new key.");
                }

                request.HttpContext.Response.Headers.ETag = created.ETag;
                return Results.Created($"/api/maps/{created.Id}", View(created));
            })
            .WithName("CreateMap").WithSummary("Stores a map document as a new map (201 with Location and ETag); Idempotency-Key makes retries safe.")
            .WithMetadata(new RequestSizeLimitAttribute(MapDocuments.MaxBody));

        maps.MapGet("/{id}", async (string id, HttpResponse response, IJourneyMapStore store) =>
                await store.GetAsync(id) is { } stored ? WithETag(response, stored) : ApiProblems.NotFound(id))
            .WithName("GetMap").WithSummary("The latest version of a map, with its ETag.");

        maps.MapPut("/{id}", async (string id, HttpRequest request, IJourneyMapStore store, UserContext user) =>
            {
                if (Header(request, "If-Match") is not { } ifMatch)
                {
                    return Results.Problem(title: "If-Match is required", detail: "Send the ETag of the version your change is based on in If-Match.", statusCode: StatusCodes.Status428PreconditionRequired);
                }

                var document = await MapDocuments.ReadAsync(request);
                if (OneMap(document) is { } refused)
                {
                    return refused;
                }

                var saved = await store.UpdateAsync(id, document.Maps[0], ifMatch, new SaveContext(user.Name, Header(request, "X-Journey-Message")));
                return WithETag(request.HttpContext.Response, saved);
            })
            .WithName("UpdateMap").WithSummary("Saves a new version; If-Match must carry the ETag it was based on (412 when stale).")
            .WithMetadata(new RequestSizeLimitAttribute(MapDocuments.MaxBody));

        maps.MapDelete("/{id}", async (string id, HttpRequest request, IJourneyMapStore store) =>
                await store.DeleteAsync(id, Header(request, "If-Match")) ? Results.NoContent() : ApiProblems.NotFound(id))
            .WithName("DeleteMap").WithSummary("Deletes a map with its versions and files.");

        maps.MapGet("/{id}/versions", async (string id, IJourneyMapStore store) =>
                await store.GetVersionsAsync(id) is { Count: > 0 } versions ? Results.Ok(versions) : ApiProblems.NotFound(id))
            .WithName("ListVersions").WithSummary("The versions of a map, newest first.");

        maps.MapGet("/{id}/versions/{version:int}", async (string id, int version, HttpResponse response, IJourneyMapStore store) =>
                await store.GetVersionAsync(id, version) is { } stored ? WithETag(response, stored) : ApiProblems.NotFound($"{id} version {version}"))
            .WithName("GetVersion").WithSummary("One version of a map.");

        maps.MapPost("/{id}/versions/{version:int}/restore", async (string id, int version, HttpRequest request, IJourneyMapStore store, UserContext user) =>
            {
                var restored = await store.RestoreAsync(id, version, Header(request, "If-Match"), new SaveContext(user.Name, Header(request, "X-Journey-Message")));
                return WithETag(request.HttpContext.Response, restored);
            })
            .WithName("RestoreVersion").WithSummary("Makes an old version the newest again, as a new version.");

        maps.MapPut("/{id}/workbook", async (string id, HttpRequest request, IJourneyMapStore store) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);

                // Only what reads as a workbook is kept: the same checks as an upload to interpret.
                OfficeJourney.Excel.Reading.WorkbookReader.Read(new MemoryStream(body.ToArray()), "workbook.xlsx");
                await store.PutAttachmentAsync(id, AttachmentKind.SourceWorkbook, body.ToArray());
                return Results.NoContent();
            })
            .WithName("PutSourceWorkbook").WithSummary("Keeps the map's source workbook (.xlsx body) beside it.")
            .WithMetadata(new RequestSizeLimitAttribute(OfficeJourney.Excel.Reading.WorkbookReadOptions.Default.MaxFileBytes));

        maps.MapGet("/{id}/workbook", async (string id, IJourneyMapStore store) =>
                await store.GetAttachmentAsync(id, AttachmentKind.SourceWorkbook) is { } bytes
                    ? Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "journey.xlsx")
                    : ApiProblems.NotFound(id + " workbook"))
            .WithName("GetSourceWorkbook").WithSummary("The map's source workbook.");

        maps.MapGet("/{id}/deck", async (string id, IJourneyMapStore store) =>
                await store.GetAttachmentAsync(id, AttachmentKind.Deck) is { } bytes
                    ? Results.File(bytes, DeckEndpoints.PptxType, "journey.pptx")
                    : ApiProblems.NotFound(id + " deck"))
            .WithName("GetLatestDeck").WithSummary("The latest deck made of the map.");

        maps.MapGet("/{id}/compare", async (string id, int from, int to, IJourneyMapStore store) =>
            {
                var before = await store.GetVersionAsync(id, from);
                var after = await store.GetVersionAsync(id, to);
                return before is null || after is null
                    ? ApiProblems.NotFound($"{id} versions {from} and {to}")
                    : Results.Ok(new CompareResponse(from, to, MapDiff.Compare(before.Map, after.Map)));
            })
            .WithName("CompareVersions").WithSummary("What changed between two versions: stages, lanes, items and emotions added, removed or changed.");
    }

    private static IResult WithETag(HttpResponse response, StoredMap stored)
    {
        response.Headers.ETag = stored.ETag;
        return Results.Ok(View(stored));
    }

    private static MapResponse View(StoredMap stored) =>
        new(stored.Id, stored.Version, stored.Owner, stored.SavedAt, stored.SavedBy, stored.Message, new JourneyDocument { Maps = [stored.Map] });

    /// <summary>A header's value; the task pane percent-encodes text that is not Latin-1 (a Thai or Persian version note).</summary>
    private const int MaxIdempotencyKey = 200;

    /// <summary>A stored map is one map: a document of two is refused whole rather than one of them dropped.</summary>
    private static IResult? OneMap(JourneyDocument document) =>
        document.Maps.Count == 1 ? null : ApiProblems.Unreadable($"A stored map is one map; this document has {document.Maps.Count}.");

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0])
            ? (values[0]!.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(values[0]!) : values[0])
            : null;
}
