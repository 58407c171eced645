using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Grids;
using OfficeJourney.Insights;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Model;
using OfficeJourney.Serialization;
using OfficeJourney.Server.Hosting;
using OfficeJourney.Server.Http;

namespace OfficeJourney.Server.Endpoints;

/// <summary>
/// What the task pane sends for a range (Office.js <c>values</c>, the address, merged areas, hidden rows and
/// columns, right to left), one sheet or several.
/// </summary>
internal sealed record GridRequest(IReadOnlyList<SheetRequest> Sheets, GridOrientation Orientation = GridOrientation.Auto);

internal sealed record SheetRequest(
    string Name,
    string Address,
    GridRows Values,
    IReadOnlyList<string>? MergedAreas = null,
    IReadOnlyList<int>? HiddenRows = null,
    IReadOnlyList<int>? HiddenColumns = null,
    bool RightToLeft = false,
    IReadOnlyList<IReadOnlyList<string?>>? NumberFormats = null);

/// <summary>
/// The map read from a grid or workbook (in the map document format), with its problems, what each sheet was, and the
/// first map's funnel and findings (the map the pane previews; none when no map was read).
/// </summary>
internal sealed record InterpretResponse(bool Usable, JourneyDocument Map, IReadOnlyList<ProblemView> Problems, IReadOnlyList<SheetReport> Sheets, InsightsReport Insights);

internal static class InterpretEndpoints
{
    public const long MaxGridBody = 10L * 1024 * 1024;
    /// <summary>
    /// Cells (rows × columns) one read may send. The pane sends the range that holds values, and the largest
    /// journey map is 100,000 cells; a grid becomes a dense matrix here, so this bounds a request's memory.
    /// </summary>
    public const int MaxCells = 500_000;

    public static void MapInterpretation(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/grids/interpret", InterpretGrid)
            .WithTags("Interpretation").WithName("InterpretGrid").WithSummary("Reads the cells the task pane sends into a journey map and its problems.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxGridBody))
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireSignIn();

        routes.MapPost("/api/workbooks/interpret", InterpretWorkbook)
            .WithTags("Interpretation").WithName("InterpretWorkbook").WithSummary("Reads an uploaded .xlsx (multipart field \"file\") into a journey map and its problems.")
            .DisableAntiforgery()
            .AcceptsUpload("file")
            .WithMetadata(new RequestSizeLimitAttribute(WorkbookReadOptions.Default.MaxFileBytes + (1024 * 1024)))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSignIn();
    }

    public static Results<Ok<InterpretResponse>, BadRequestProblem, TooLargeProblem> InterpretGrid(GridRequest request)
    {
        if (request.Sheets is null || request.Sheets.Count == 0)
        {
            return new BadRequestProblem("Send at least one sheet: { \"sheets\": [ { \"name\", \"address\", \"values\" } ] }.");
        }

        // JSON allows what no range holds: a null sheet, a sheet without values, a null row. Each is named, never a 500.
        for (var i = 0; i < request.Sheets.Count; i++)
        {
            if (request.Sheets[i] is not { } sheet || sheet.Values is null || sheet.Address is null)
            {
                return new BadRequestProblem($"sheets[{i}] needs \"address\" and \"values\" (rows of cell values).");
            }

            if (sheet.Values.NullRow is { } r)
            {
                return new BadRequestProblem($"sheets[{i}].values[{r}] is null; a row is a list of cell values.");
            }
        }

        // Refused before anything is copied into a grid: the rows were counted while they were read, and what
        // came past the limit was not kept.
        if (request.Sheets.FirstOrDefault(s => s.Values.Overflowed) is { } large)
        {
            return new TooLargeProblem($"The sheet \"{large.Name}\" sends more than {InterpretOptions.Default.MaxFilledCellsPerSheet} filled cells; a journey map has at most that many ({InterpretOptions.Default.MaxStages} stages × {InterpretOptions.Default.MaxLanes} lanes). Select the journey grid and read that.");
        }

        var cells = request.Sheets.Sum(s => s.Values.Area);
        if (cells > MaxCells)
        {
            return new TooLargeProblem($"The grid has {cells} cells (rows × columns); at most {MaxCells} are read at once. Select the journey grid and read that.");
        }

        var sheets = new List<SheetGrid>();
        foreach (var sheet in request.Sheets)
        {
            if (!CellRange.TryParse(sheet.Address, out var range))
            {
                return new BadRequestProblem($"\"{sheet.Address}\" is not a range address such as Sheet1!B4:H20.");
            }

            var merged = new List<CellRange>();
            foreach (var area in sheet.MergedAreas ?? [])
            {
                if (!CellRange.TryParse(area, out var mergedArea))
                {
                    return new BadRequestProblem($"\"{area}\" is not a merged-area address.");
                }

                merged.Add(mergedArea);
            }

            sheets.Add(new SheetGrid(
                string.IsNullOrWhiteSpace(sheet.Name) ? "Sheet1" : CleanText.Of(sheet.Name),
                range.First,
                sheet.Values.Rows,
                sheet.Values.Width,
                Cells(sheet.Values, sheet.NumberFormats),
                merged,
                (sheet.HiddenRows ?? []).ToHashSet(),
                (sheet.HiddenColumns ?? []).ToHashSet(),
                sheet.RightToLeft));
        }

        var result = new GridInterpreter(new InterpretOptions { Orientation = request.Orientation }).Interpret(new WorkbookGrid(sheets));
        return TypedResults.Ok(Respond(result));
    }

    public static async Task<Results<Ok<InterpretResponse>, BadRequestProblem>> InterpretWorkbook(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return new BadRequestProblem("Send the workbook as multipart/form-data in a field named \"file\".");
        }

        var form = await Uploads.ReadFormAsync(request);
        if (form.Files.GetFile("file") is not { } file)
        {
            return new BadRequestProblem("The form has no field named \"file\".");
        }

        // A refused workbook (too large, not a workbook, a DTD…) becomes its problem document in ProblemExceptionHandler.
        await using var stream = file.OpenReadStream();
        var grid = WorkbookReader.Read(stream, Path.GetFileName(file.FileName));
        return TypedResults.Ok(Respond(new GridInterpreter().Interpret(grid)));
    }

    /// <summary>The answer for a read map, whatever it was read from (cells, a workbook, a Mermaid diagram).</summary>
    public static InterpretResponse Respond(InterpretationResult result) =>
        new(
            result.IsUsable,
            new JourneyDocument { Maps = result.Maps },
            [.. result.Problems.Select(ProblemView.Of)],
            result.Sheets,
            result.Maps.Count > 0 ? InsightsReport.Of(result.Maps[0]) : InsightsReport.None);

    /// <summary>
    /// The grid's cells in the one flat array a <see cref="SheetGrid"/> keeps, rows one after another, filled
    /// straight from the cells sent (its area is at most <see cref="MaxCells"/>, checked before).
    /// </summary>
    private static CellValue[] Cells(GridRows values, IReadOnlyList<IReadOnlyList<string?>>? formats)
    {
        var cells = new CellValue[checked((int)values.Area)];
        var shown = new Dictionary<string, DisplayedAs>(StringComparer.Ordinal);
        foreach (var (row, column, value) in values.Filled)
        {
            cells[(row * values.Width) + column] = Displayed(value, formats, row, column, shown);
        }

        return cells;
    }

    // Office.js gives text, numbers and booleans; "" is an empty cell; errors arrive as their text ("#DIV/0!").
    /// <summary>A number as Office.js's <c>numberFormat</c> shows it, when that is a date or a time (the same rule as for workbooks).</summary>
    private static CellValue Displayed(CellValue value, IReadOnlyList<IReadOnlyList<string?>>? formats, int row, int column, Dictionary<string, DisplayedAs> shown)
    {
        if (value.Kind != CellValueKind.Number || formats is null || row >= formats.Count || formats[row] is not { } line || column >= line.Count || line[column] is not { } code)
        {
            return value;
        }

        if (!shown.TryGetValue(code, out var displayed))
        {
            displayed = NumberFormats.Of(code);
            shown[code] = displayed;
        }

        return NumberFormats.Display(value, displayed);
    }
}
