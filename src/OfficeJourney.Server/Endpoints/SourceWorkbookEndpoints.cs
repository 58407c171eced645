using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Server.Http;
using OfficeJourney.Storage;

namespace OfficeJourney.Server.Endpoints;

/// <summary>The workbook a map was read from, kept beside it.</summary>
internal static class SourceWorkbookEndpoints
{
    public static void MapSourceWorkbooks(this RouteGroupBuilder maps)
    {
        maps.MapPut("/{id}/workbook", PutSourceWorkbook)
            .WithName("PutSourceWorkbook").WithSummary("Keeps the map's source workbook (.xlsx body) beside it.")
            .WithMetadata(new RequestSizeLimitAttribute(WorkbookReadOptions.Default.MaxFileBytes))
            .AcceptsFile(ContentTypes.Xlsx)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        maps.MapGet("/{id}/workbook", GetSourceWorkbook)
            .WithName("GetSourceWorkbook").WithSummary("The map's source workbook.")
            .ProducesFile(ContentTypes.Xlsx);
    }

    public static async Task<NoContent> PutSourceWorkbook(string id, HttpRequest request, IJourneyMapStore store)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);

        // Only what reads as a workbook is kept: the same checks as an upload to interpret.
        var workbook = body.ToArray();
        WorkbookReader.Read(new MemoryStream(workbook, writable: false), "workbook.xlsx");
        await store.PutAttachmentAsync(id, AttachmentKind.SourceWorkbook, workbook);
        return TypedResults.NoContent();
    }

    public static async Task<Results<FileContentHttpResult, NotFoundProblem>> GetSourceWorkbook(string id, IJourneyMapStore store) =>
        await store.GetAttachmentAsync(id, AttachmentKind.SourceWorkbook) is { } bytes
            ? TypedResults.File(bytes, ContentTypes.Xlsx, "journey.xlsx")
            : new NotFoundProblem(id + " workbook");
}
