using System.IO.Compression;
using System.Text;
using System.Xml;

namespace OfficeJourney.Excel.Reading;

/// <summary>
/// Checks a workbook's zip before anything parses it: entry count, declared and real decompressed sizes,
/// compression ratios, entry names, macros, DTDs and Strict Open XML. A zip bomb is refused from its
/// directory alone: .NET's zip reader never yields more than an entry's declared size, so a directory
/// that understates sizes only cuts the parts short (and they fail to parse).
/// </summary>
internal static class PackageGuard
{
    private const long RatioCheckFloor = 1024 * 1024;
    private const int HeadBytes = 2048;

    public static void Inspect(Stream stream, string name, WorkbookReadOptions options)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaxEntries)
            {
                throw Bomb(name, $"it has {zip.Entries.Count} parts (at most {options.MaxEntries} are read)");
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                CheckName(entry, name);
                declared += entry.Length;
                if (entry.Length > RatioCheckFloor && entry.Length > entry.CompressedLength * (long)options.MaxCompressionRatio)
                {
                    throw Bomb(name, $"its part {entry.FullName} expands {entry.Length / Math.Max(1, entry.CompressedLength)} times");
                }
            }

            if (declared > options.MaxUncompressedBytes)
            {
                throw Bomb(name, $"it expands to {declared / (1024 * 1024)} MB (at most {options.MaxUncompressedBytes / (1024 * 1024)} MB are read)");
            }

            CheckContentTypes(zip, name);
            CheckNotStrict(zip, name);
            CheckNoDtd(zip, name);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new WorkbookRefusedException(RefusalReason.Corrupt, $"{name} is damaged: its zip structure cannot be read.", name, e);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static void CheckName(ZipArchiveEntry entry, string name)
    {
        var path = entry.FullName.Replace('\\', '/');
        if (path.StartsWith('/') || path.Split('/').Contains("..") || path.Contains(':', StringComparison.Ordinal))
        {
            throw new WorkbookRefusedException(RefusalReason.Corrupt, $"{name} is not a well-formed workbook: it holds a part named \"{entry.FullName}\".", name);
        }
    }

    private static void CheckContentTypes(ZipArchive zip, string name)
    {
        var types = zip.GetEntry("[Content_Types].xml")
            ?? throw new WorkbookRefusedException(RefusalReason.NotAWorkbook, $"{name} is a zip file, not an Excel workbook.", name);
        var (defaults, overrides) = ReadContentTypes(types);
        var main = MainPartName(zip);
        var mainType = main is null ? null : overrides.GetValueOrDefault(main) ?? defaults.GetValueOrDefault(Path.GetExtension(main).TrimStart('.').ToLowerInvariant());

        // The main part's own type decides: some writers declare a macro type for every ".bin" without any macro in the file.
        if (mainType?.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) == true
            || overrides.Values.Any(t => t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            || zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            throw new WorkbookRefusedException(
                RefusalReason.MacroEnabled,
                $"{name} is a macro-enabled workbook. OfficeJourney does not open workbooks with macros: save a copy as an Excel Workbook (.xlsx) and try again.",
                name);
        }

        if (mainType is null || !(mainType.EndsWith("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) || mainType.EndsWith("spreadsheetml.template.main+xml", StringComparison.Ordinal)))
        {
            throw new WorkbookRefusedException(RefusalReason.NotAWorkbook, $"{name} is an Office file, but not an Excel workbook.", name);
        }
    }

    /// <summary>The part the package's officeDocument relationship points at, as a part name ("/xl/workbook.xml").</summary>
    private static string? MainPartName(ZipArchive zip)
    {
        if (zip.GetEntry("_rels/.rels") is not { } rels)
        {
            return null;
        }

        using var reader = XmlReader.Create(rels.Open(), SafeXml);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Type")?.EndsWith("/officeDocument", StringComparison.Ordinal) == true
                && reader.GetAttribute("Target") is { } target)
            {
                return "/" + target.TrimStart('/');
            }
        }

        return null;
    }

    private static (Dictionary<string, string> Defaults, Dictionary<string, string> Overrides) ReadContentTypes(ZipArchiveEntry types)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var reader = XmlReader.Create(types.Open(), SafeXml);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("ContentType") is not { } type)
            {
                continue;
            }

            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                defaults[extension.ToLowerInvariant()] = type;
            }
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
            {
                overrides[part] = type;
            }
        }

        return (defaults, overrides);
    }

    private static readonly XmlReaderSettings SafeXml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 4 * 1024 * 1024 };

    private static void CheckNotStrict(ZipArchive zip, string name)
    {
        var workbook = zip.GetEntry("xl/workbook.xml");
        if (workbook is not null && ReadHead(workbook, HeadBytes).Contains("purl.oclc.org/ooxml/spreadsheetml", StringComparison.Ordinal))
        {
            throw new WorkbookRefusedException(
                RefusalReason.StrictOoxml,
                $"{name} is saved as Strict Open XML. Save it in Excel as an Excel Workbook (.xlsx) and try again.",
                name);
        }
    }

    // Excel never writes a DTD; refusing one up front keeps entity expansion and external entities out entirely.
    private static void CheckNoDtd(ZipArchive zip, string name)
    {
        foreach (var entry in zip.Entries)
        {
            if (HasDocumentType(entry))
            {
                throw new WorkbookRefusedException(
                    RefusalReason.Dtd,
                    $"{name} is refused: its part {entry.FullName} contains a document type definition (DTD), which Excel never writes.",
                    name);
            }
        }
    }

    /// <summary>
    /// Whether a part's prolog declares a document type, in whatever encoding the part is written. Only the prolog is
    /// read (up to the first element); nothing is resolved and no entity is expanded. A part that is not XML (a
    /// picture) has none.
    /// </summary>
    private static bool HasDocumentType(ZipArchiveEntry entry)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null, MaxCharactersFromEntities = 1, IgnoreComments = true, IgnoreWhitespace = true };
        using var data = entry.Open();
        using var reader = XmlReader.Create(data, settings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.DocumentType)
                {
                    return true;
                }

                if (reader.NodeType is XmlNodeType.Element)
                {
                    return false;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML (a picture, a printer setting), or XML broken before its first element: the SDK refuses the
            // latter as damaged when it reads the part; neither declares a document type this reader could see.
            return false;
        }

        return false;
    }

    private static string ReadHead(ZipArchiveEntry entry, int bytes)
    {
        using var data = entry.Open();
        var buffer = new byte[bytes];
        var total = 0;
        int read;
        while (total < bytes && (read = data.Read(buffer, total, bytes - total)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static WorkbookRefusedException Bomb(string name, string why) =>
        new(RefusalReason.ZipBomb, $"{name} is refused: {why}. Journey workbooks are far smaller; this looks like a zip bomb or a damaged file.", name);
}
