using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Excel.Reading.Formulas;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Reads an untrusted .xlsx into the cell grid the interpreter reads (the same structure the task pane
/// sends). The bytes are sniffed, the zip is checked for bombs before parsing, and DTDs are refused. Formulas
/// saved without a value are evaluated only when they are simple and stay inside the workbook. Every failure is a <see cref="WorkbookRefusedException"/> with a readable message.
/// </summary>
public static class WorkbookReader
{
    public static WorkbookGrid Read(string path, WorkbookReadOptions? options = null)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
            return Read(stream, name, options);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new WorkbookRefusedException(RefusalReason.NotAWorkbook, $"{path}: no such file.", name, e);
        }
    }

    public static WorkbookGrid Read(Stream stream, string? fileName, WorkbookReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= WorkbookReadOptions.Default;
        var name = string.IsNullOrWhiteSpace(fileName) ? "The workbook" : fileName;
        using var seekable = Seekable(stream, name, options);
        FileSniffer.RequireZip(seekable, name);
        PackageGuard.Inspect(seekable, name, options);
        try
        {
            using var document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = options.MaxCharactersInPart });
            return new WorkbookGrid(ReadSheets(document, name, options), fileName, Title(document));
        }
        catch (WorkbookRefusedException)
        {
            throw;
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new WorkbookRefusedException(RefusalReason.Corrupt, $"{name} is damaged or not a valid Excel workbook; open it in Excel, save it again, and retry.", name, e);
        }
    }

    private static List<SheetGrid> ReadSheets(SpreadsheetDocument document, string name, WorkbookReadOptions options)
    {
        var workbook = document.WorkbookPart
            ?? throw new WorkbookRefusedException(RefusalReason.NotAWorkbook, $"{name} has no workbook in it.", name);
        var sharedStrings = SharedStrings.Read(workbook);
        var reader = new SheetReader(sharedStrings, DateFormats.Read(workbook), options, name);
        var visible = new List<RawSheet>();
        var hidden = new List<(string Name, WorksheetPart Part)>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue; // chart sheets and dangling references hold no cells
            }

            var sheetName = sheet.Name?.Value ?? $"Sheet{visible.Count + hidden.Count + 1}";
            if (sheet.State is not null && sheet.State.Value != SheetStateValues.Visible)
            {
                hidden.Add((sheetName, part)); // not part of what the user sees, but formulas may use its cells
                continue;
            }

            if (visible.Count == options.MaxSheets)
            {
                throw new WorkbookRefusedException(RefusalReason.TooLarge, $"{name} has more than {options.MaxSheets} sheets.", name);
            }

            visible.Add(reader.Read(sheetName, part, visible: true));
        }

        if (visible.Any(s => s.Formulas.Count > 0))
        {
            // Hidden sheets are read only when a formula needs evaluating, and as many as visible ones at most.
            var all = new List<RawSheet>(visible);
            foreach (var (sheetName, part) in hidden.Take(options.MaxSheets))
            {
                all.Add(reader.Read(sheetName, part, visible: false));
            }

            new FormulaEvaluator(all, new FormulaLimits(options.MaxFormulaLength, options.MaxFormulaDepth, options.MaxFormulaSteps, options.MaxTextLength)).EvaluateAll();
        }

        return [.. SheetGridBuilder.Build(visible, options, name)];
    }

    /// <summary>The document title (File › Info › Properties), from docProps/core.xml, which the package guard checked.</summary>
    private static string? Title(SpreadsheetDocument document)
    {
        var title = document.PackageProperties.Title?.Trim();
        return string.IsNullOrEmpty(title) ? null : title;
    }

    private static MemoryStream Seekable(Stream stream, string name, WorkbookReadOptions options)
    {
        if (stream.CanSeek)
        {
            if (stream.Length - stream.Position > options.MaxFileBytes)
            {
                throw TooLarge(name, options);
            }

            var copy = new MemoryStream((int)(stream.Length - stream.Position));
            stream.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxFileBytes)
            {
                throw TooLarge(name, options);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static WorkbookRefusedException TooLarge(string name, WorkbookReadOptions options) =>
        new(RefusalReason.TooLarge, $"{name} is larger than {options.MaxFileBytes / (1024 * 1024)} MB; journey workbooks are far smaller.", name);
}
