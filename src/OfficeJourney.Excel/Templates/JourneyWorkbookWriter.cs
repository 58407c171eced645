using ClosedXML.Excel;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Excel.Templates;

/// <summary>
/// Writes a journey map as a workbook people like to fill in: a journey sheet (title, map type, phase
/// band, stage row, one row per lane, frozen headers, an emotion drop-down), a personas sheet, and a
/// hidden list of emotion words. It writes any map, and the interpreter reads it back as the same map.
/// </summary>
public static class JourneyWorkbookWriter
{
    private const int FirstStageColumn = 2;
    private const double LabelWidth = 28;
    private const double StageWidth = 32;
    private const double LineHeight = 15;

    public static void Write(JourneyMap map, Stream output, WorkbookStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(output);
        style ??= WorkbookStyle.Default;
        var language = map.Language is { } tag && Language.IsSupported(tag) ? tag : Language.English;
        var words = TemplateContent.For(language);

        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = Language.Of(language).Font;
        workbook.Style.Font.FontSize = 11;
        var journey = workbook.AddWorksheet(SheetName(words.SheetJourney));
        var lists = workbook.AddWorksheet("Lists");
        WriteEmotionList(lists, language);
        WriteJourney(journey, lists, map, language, words, style);
        if (map.Personas.Count > 0)
        {
            WritePersonas(workbook.AddWorksheet(SheetName(words.SheetPersonas)), map, words, style);
        }

        lists.Visibility = XLWorksheetVisibility.Hidden;
        journey.SetTabActive();
        workbook.SaveAs(output);
    }

    private static void WriteJourney(IXLWorksheet sheet, IXLWorksheet lists, JourneyMap map, string language, TemplateContent words, WorkbookStyle style)
    {
        sheet.RightToLeft = map.RightToLeft;
        var lastColumn = FirstStageColumn + Math.Max(map.Stages.Count, 1) - 1;
        var row = 1;

        var title = sheet.Cell(row, 1);
        CellText.Write(title, map.Title);
        sheet.Range(row, 1, row, lastColumn).Merge();
        title.Style.Font.FontSize = 18;
        title.Style.Font.Bold = true;
        title.Style.Font.FontColor = XLColor.FromHtml("#" + style.BrandColor);
        sheet.Row(row).Height = 30;
        row++;

        foreach (var property in Properties(map, language, words))
        {
            CellText.Write(sheet.Cell(row, 1), property.Name);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            CellText.Write(sheet.Cell(row, 2), property.Value);
            row++;
        }

        row++;
        if (map.Phases.Count > 0)
        {
            WritePhases(sheet, row, map, language, style);
            row++;
        }

        var stageRow = row;
        var corner = sheet.Cell(stageRow, 1);
        CellText.Write(corner, JourneyVocabulary.StageHeader(language));
        for (var s = 0; s < map.Stages.Count; s++)
        {
            CellText.Write(sheet.Cell(stageRow, FirstStageColumn + s), map.Stages[s].Name);
        }

        var header = sheet.Range(stageRow, 1, stageRow, lastColumn);
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + style.BrandColor);
        header.Style.Font.FontColor = XLColor.White;
        header.Style.Font.Bold = true;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Alignment.WrapText = true;
        sheet.Row(stageRow).Height = 24;

        foreach (var lane in map.Lanes)
        {
            row++;
            WriteLane(sheet, lists, row, lane, map.Stages.Count);
        }

        var grid = sheet.Range(map.Phases.Count > 0 ? stageRow - 1 : stageRow, 1, row, lastColumn);
        grid.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        grid.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        grid.Style.Border.InsideBorderColor = XLColor.FromHtml("#" + style.BorderColor);
        grid.Style.Border.OutsideBorderColor = XLColor.FromHtml("#" + style.BorderColor);
        if (map.Lanes.Count > 0)
        {
            var labels = sheet.Range(stageRow + 1, 1, row, 1);
            labels.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + style.LabelColor);
            labels.Style.Font.Bold = true;
        }

        row += 2;
        foreach (var note in map.Notes)
        {
            CellText.Write(sheet.Cell(row++, 1), note.Text);
        }

        sheet.Column(1).Width = LabelWidth;
        for (var c = FirstStageColumn; c <= lastColumn; c++)
        {
            sheet.Column(c).Width = StageWidth;
        }

        sheet.SheetView.Freeze(stageRow, 1);

        // Journey maps are wide: print them landscape, one page across, with the stage row on every page.
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(stageRow, stageRow);
    }

    private static IEnumerable<Field> Properties(JourneyMap map, string language, TemplateContent words)
    {
        // The map type always comes first, in the map's language, so that it reads back whatever the title says.
        yield return new Field(words.MapTypeKey, JourneyVocabulary.MapTypeName(map.Type, language));
        foreach (var property in map.Properties)
        {
            if (!JourneyVocabulary.IsMapTypeKey(property.Name))
            {
                yield return property;
            }
        }
    }

    private static void WritePhases(IXLWorksheet sheet, int row, JourneyMap map, string language, WorkbookStyle style)
    {
        CellText.Write(sheet.Cell(row, 1), JourneyVocabulary.PhaseHeader(language));
        foreach (var phase in map.Phases)
        {
            var first = FirstStageColumn + phase.FirstStage;
            CellText.Write(sheet.Cell(row, first), phase.Name);
            if (phase.StageCount > 1)
            {
                sheet.Range(row, first, row, first + phase.StageCount - 1).Merge();
            }
        }

        var band = sheet.Range(row, 1, row, FirstStageColumn + Math.Max(map.Stages.Count, 1) - 1);
        band.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + style.PhaseColor);
        band.Style.Font.Bold = true;
        band.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Cell(row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.General;
    }

    private static void WriteLane(IXLWorksheet sheet, IXLWorksheet lists, int row, Lane lane, int stages)
    {
        CellText.Write(sheet.Cell(row, 1), lane.Label);
        var lines = 1;
        for (var s = 0; s < stages && s < lane.Cells.Count; s++)
        {
            var cell = sheet.Cell(row, FirstStageColumn + s);
            var items = lane.Cells[s].Items;
            if (lane.Kind == LaneKind.Emotions && items.Count == 1 && items[0].Emotion is { Label: null } emotion)
            {
                cell.SetValue(emotion.Score);
            }
            else
            {
                CellText.Write(cell, string.Join('\n', items.Select(i => i.Text)));
            }

            lines = Math.Max(lines, EstimateLines(items.Select(i => i.Text)));
        }

        var range = sheet.Range(row, 1, row, FirstStageColumn + Math.Max(stages, 1) - 1);
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(row).Height = Math.Max(LineHeight * 1.5, (lines * LineHeight) + 4);

        if (lane.Kind == LaneKind.Emotions && stages > 0)
        {
            // A drop-down of the five emotion words; numbers and faces stay allowed (a warning, not a stop).
            var validation = sheet.Range(row, FirstStageColumn, row, FirstStageColumn + stages - 1).SetDataValidation();
            validation.List(lists.Range(1, 1, 5, 1), true);
            validation.ErrorStyle = XLErrorStyle.Warning;
            validation.ShowErrorMessage = false;
        }
    }

    private static void WriteEmotionList(IXLWorksheet lists, string language)
    {
        var words = JourneyVocabulary.EmotionWords(language);
        for (var i = 0; i < words.Count; i++)
        {
            CellText.Write(lists.Cell(i + 1, 1), words[i]);
        }
    }

    private static void WritePersonas(IXLWorksheet sheet, JourneyMap map, TemplateContent words, WorkbookStyle style)
    {
        sheet.RightToLeft = map.RightToLeft;
        var keys = words.PersonaKeys;
        var rows = new List<(string Key, Func<Persona, string?> Value)>
        {
            (keys.Name, p => p.Name),
            (keys.Description, p => p.Description),
        };
        if (map.Personas.Any(p => p.Demographics is not null))
        {
            rows.Add((keys.Demographics, p => p.Demographics));
        }

        rows.Add((keys.Goals, p => Lines(p.Goals)));
        if (map.Personas.Any(p => p.Motivations.Count > 0))
        {
            rows.Add((keys.Motivations, p => Lines(p.Motivations)));
        }

        rows.Add((keys.Objections, p => Lines(p.Objections)));
        foreach (var field in map.Personas.SelectMany(p => p.Fields).Select(f => f.Name).Distinct(StringComparer.Ordinal))
        {
            rows.Add((field, p => p.Fields.FirstOrDefault(f => f.Name == field)?.Value));
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var key = sheet.Cell(r + 1, 1);
            CellText.Write(key, rows[r].Key);
            key.Style.Font.Bold = true;
            key.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + style.LabelColor);
            for (var p = 0; p < map.Personas.Count; p++)
            {
                if (rows[r].Value(map.Personas[p]) is { Length: > 0 } value)
                {
                    CellText.Write(sheet.Cell(r + 1, 2 + p), value);
                }
            }
        }

        var names = sheet.Range(1, 2, 1, 1 + map.Personas.Count);
        names.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + style.BrandColor);
        names.Style.Font.FontColor = XLColor.White;
        names.Style.Font.Bold = true;
        var all = sheet.Range(1, 1, rows.Count, 1 + map.Personas.Count);
        all.Style.Alignment.WrapText = true;
        all.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Column(1).Width = LabelWidth;
        for (var p = 0; p < map.Personas.Count; p++)
        {
            sheet.Column(2 + p).Width = StageWidth + 8;
        }
    }

    private static string? Lines(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join('\n', items);

    // Excel does not re-measure wrapped rows on open: estimate how many lines a cell needs.
    private static int EstimateLines(IEnumerable<string> texts)
    {
        var charactersPerLine = (int)(StageWidth * 1.1);
        return texts.Sum(text => Math.Max(1, (int)Math.Ceiling(text.Length / (double)charactersPerLine)));
    }

    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim('\'');
        return cleaned.Length > 31 ? cleaned[..31] : cleaned.Length == 0 ? "Journey" : cleaned;
    }
}
