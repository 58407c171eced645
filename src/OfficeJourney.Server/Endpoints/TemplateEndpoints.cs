using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.HttpResults;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Server.Endpoints;

/// <summary>A template sheet as cell values, for an Office.js write where insertWorksheetsFromBase64 is missing.</summary>
internal sealed record TemplateCells(IReadOnlyList<TemplateSheet> Sheets);

internal sealed record TemplateSheet(string Name, string Address, IReadOnlyList<IReadOnlyList<object?>> Values, IReadOnlyList<string> MergedAreas, bool RightToLeft);

/// <summary>Ready-to-fill workbooks, one for each map type, industry example and language.</summary>
internal static class TemplateEndpoints
{
    public static void MapTemplates(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/templates", GetTemplate)
            .WithTags("Templates").WithName("GetTemplate").WithSummary("A template workbook (.xlsx), or with format=cells the same template as cell values.")
            .ProducesFile(ContentTypes.Xlsx)
            .RequireSignIn();

    public static Results<FileContentHttpResult, Ok<TemplateCells>, BadRequestProblem> GetTemplate(string? type, string? industry, string? lang, string? format)
    {
        // An unknown map type or industry is an UnknownChoiceException, answered as a 400 naming the choices.
        var mapType = TemplateNames.ParseType(type ?? "current-state");
        var example = TemplateNames.ParseIndustry(industry ?? "retail");

        var language = (lang ?? Language.English).ToLowerInvariant();
        if (!Language.IsSupported(language))
        {
            return new BadRequestProblem($"\"{lang}\" is not a supported language ({string.Join(", ", Language.Supported)}).");
        }

        var workbook = Workbook(mapType, example, language);
        if (!string.Equals(format, "cells", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.File(workbook, ContentTypes.Xlsx, $"journey-{type ?? "current-state"}-{industry ?? "retail"}-{language}.xlsx");
        }

        // The same cells Office.js would read back: one reader for both ways.
        var grid = WorkbookReader.Read(new MemoryStream(workbook, writable: false), "template.xlsx");
        return TypedResults.Ok(new TemplateCells([.. grid.Sheets.Select(sheet => new TemplateSheet(
            sheet.Name,
            new Grids.CellRange(sheet.Origin, new Grids.CellAddress(sheet.Origin.Row + Math.Max(sheet.Rows, 1) - 1, sheet.Origin.Column + Math.Max(sheet.Columns, 1) - 1)).ToA1(),
            [.. Enumerable.Range(0, sheet.Rows).Select(r => (IReadOnlyList<object?>)[.. Enumerable.Range(0, sheet.Columns).Select(c => Value(sheet[r, c]))])],
            [.. sheet.MergedAreas.Select(m => m.ToA1())],
            sheet.RightToLeft))]));
    }

    /// <summary>
    /// A template workbook, written once for each template and language: a template does not change while the
    /// service runs, and the keys are bounded by what they are parsed from (four types × four industries × the
    /// written languages), so the cache cannot grow with what requests send.
    /// </summary>
    private static byte[] Workbook(MapType type, Industry industry, string language) =>
        Workbooks.GetOrAdd((type, industry, language), key =>
        {
            using var stream = new MemoryStream();
            JourneyWorkbookWriter.Write(TemplateCatalog.Create(key.Type, key.Industry, key.Language), stream);
            return stream.ToArray();
        });

    private static readonly ConcurrentDictionary<(MapType Type, Industry Industry, string Language), byte[]> Workbooks = new();

    private static object? Value(Grids.CellValue value) => value.Kind switch
    {
        Grids.CellValueKind.Number => value.Number,
        Grids.CellValueKind.Empty => string.Empty,
        _ => value.AsText(),
    };
}
