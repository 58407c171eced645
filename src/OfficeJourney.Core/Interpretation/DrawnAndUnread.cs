using System.Globalization;
using OfficeJourney.Grids;

namespace OfficeJourney.Interpretation;

/// <summary>
/// What a sheet holds besides cell values: formulas that could not be evaluated and pictures or shapes drawn over
/// cells. Nothing of it vanishes silently: a picture whose description is a feeling (alt text "😊", "Frustrated")
/// is read as the text of the empty cell it sits on; every other one is reported by the cells it covers.
/// </summary>
internal static class DrawnAndUnread
{
    private const int MaxCellsListed = 6;

    // One warning a cell while a person can read them; past that, one line says how many more.
    private const int MaxFormulasListed = 50;

    public static SheetGrid Read(SheetGrid sheet, InterpretationLog log)
    {
        foreach (var formula in sheet.UnreadFormulas.Take(MaxFormulasListed))
        {
            log.Add(Problem.Warning(
                "formula.not-evaluated",
                $"={formula.Formula} was saved without its value and is not evaluated ({formula.Reason}); the formula is kept as written.",
                new SourceRef(sheet.Name, formula.Cell.ToA1())));
        }

        if (sheet.UnreadFormulas.Count > MaxFormulasListed)
        {
            log.Add(Problem.Warning(
                "formula.not-evaluated",
                string.Create(CultureInfo.InvariantCulture, $"{sheet.UnreadFormulas.Count - MaxFormulasListed} more formulas on this sheet were saved without their values and are not evaluated; each is kept as written."),
                new SourceRef(sheet.Name, sheet.UnreadFormulas[MaxFormulasListed].Cell.ToA1())));
        }

        if (sheet.Pictures.Count == 0)
        {
            return sheet;
        }

        var cells = new CellValue[sheet.Rows * sheet.Columns];
        for (var r = 0; r < sheet.Rows; r++)
        {
            for (var c = 0; c < sheet.Columns; c++)
            {
                cells[(r * sheet.Columns) + c] = sheet[r, c];
            }
        }

        var unread = new List<CellPicture>();
        foreach (var picture in sheet.Pictures)
        {
            var r = picture.Anchor.First.Row - sheet.Origin.Row;
            var c = picture.Anchor.First.Column - sheet.Origin.Column;
            var inside = r >= 0 && r < sheet.Rows && c >= 0 && c < sheet.Columns;
            if (inside && picture.Description is { } description && EmotionReader.Read(description).IsScore && cells[(r * sheet.Columns) + c].IsEmpty)
            {
                cells[(r * sheet.Columns) + c] = CellValue.FromText(description);
                log.Add(Problem.Warning(
                    "picture.read-as-text",
                    $"The picture here is read as its description \"{description}\".",
                    new SourceRef(sheet.Name, picture.Anchor.First.ToA1())));
            }
            else
            {
                unread.Add(picture);
            }
        }

        foreach (var row in unread.GroupBy(p => p.Anchor.First.Row).OrderBy(g => g.Key))
        {
            var anchors = row.Select(p => p.Anchor.First.ToA1()).Distinct().ToList();
            var what = row.Count() == 1 ? $"1 {Name(row.First().Kind)} on row {row.Key} was" : string.Create(CultureInfo.InvariantCulture, $"{row.Count()} pictures and shapes on row {row.Key} were");
            log.Add(Problem.Warning(
                "picture.not-read",
                $"{what} not read ({string.Join(", ", anchors.Take(MaxCellsListed))}{(anchors.Count > MaxCellsListed ? ", …" : string.Empty)}): only cell text is part of the map. Give a picture a description (alt text) such as 😊 or Frustrated to have it read.",
                new SourceRef(sheet.Name, anchors[0])));
        }

        return new SheetGrid(sheet.Name, sheet.Origin, sheet.Rows, sheet.Columns, cells, sheet.MergedAreas, sheet.HiddenRows, sheet.HiddenColumns, sheet.RightToLeft, sheet.UnreadFormulas, sheet.Pictures);
    }

    private static string Name(PictureKind kind) => kind switch
    {
        PictureKind.Picture => "picture",
        PictureKind.Connector => "arrow or line",
        PictureKind.Chart => "chart",
        _ => "shape",
    };
}
