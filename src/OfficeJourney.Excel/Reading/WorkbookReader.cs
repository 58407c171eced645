using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeJourney.Grids;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Reads an untrusted .xlsx into the cell grid the interpreter reads (the same structure the task pane
/// sends). The bytes are sniffed, the zip is checked for bombs before parsing, DTDs are refused, and
/// nothing is evaluated. Every failure is a <see cref="WorkbookRefusedException"/> with a readable message.
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
            throw new WorkbookRefusedException(RefusalReasons.NotAWorkbook, $"{path}: no such file.", name, e);
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
            return new WorkbookGrid(ReadSheets(document, name, options), fileName);
        }
        catch (WorkbookRefusedException)
        {
            throw;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkbookRefusedException(RefusalReasons.Dtd, $"{name} is refused: it contains a document type definition (DTD), which Excel never writes.", name, e);
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new WorkbookRefusedException(RefusalReasons.Corrupt, $"{name} is damaged or not a valid Excel workbook; open it in Excel, save it again, and retry.", name, e);
        }
    }

    private static List<SheetGrid> ReadSheets(SpreadsheetDocument document, string name, WorkbookReadOptions options)
    {
        var workbook = document.WorkbookPart
            ?? throw new WorkbookRefusedException(RefusalReasons.NotAWorkbook, $"{name} has no workbook in it.", name);
        var sharedStrings = SharedStrings.Read(workbook);
        var sheets = new List<SheetGrid>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.State is not null && sheet.State.Value != SheetStateValues.Visible)
            {
                continue; // hidden sheets are not part of what the user sees
            }

            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue; // chart sheets and dangling references hold no cells
            }

            if (sheets.Count == options.MaxSheets)
            {
                throw new WorkbookRefusedException(RefusalReasons.TooLarge, $"{name} has more than {options.MaxSheets} sheets.", name);
            }

            sheets.Add(new SheetReader(sharedStrings, options, name).Read(sheet.Name?.Value ?? $"Sheet{sheets.Count + 1}", part));
        }

        return sheets;
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
        new(RefusalReasons.TooLarge, $"{name} is larger than {options.MaxFileBytes / (1024 * 1024)} MB; journey workbooks are far smaller.", name);
}
