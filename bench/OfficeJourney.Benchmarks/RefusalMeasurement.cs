using System.Diagnostics;
using System.IO.Compression;
using OfficeJourney.Excel.Reading;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// What refusing hostile workbooks costs: a 50 MB workbook (over the size limit; read from a file and
/// as an upload stream that cannot seek) and a zip bomb (about 1 MB that expands to 1 GB). Each is
/// refused in a fresh process, so its peak memory is its own. Target: under 1 s and under 200 MB.
/// </summary>
internal static class RefusalMeasurement
{
    public static void Run()
    {
        var folder = Directory.CreateTempSubdirectory("journey-bench-");
        try
        {
            var big = Path.Combine(folder.FullName, "big.xlsx");
            File.WriteAllBytes(big, BigWorkbook(50));
            var bomb = Path.Combine(folder.FullName, "bomb.xlsx");
            File.WriteAllBytes(bomb, Bomb(1024));
            Console.WriteLine($"{"case",-40} {"outcome",-22} {"time",10} {"allocated",12} {"process peak",14}");
            RunChild(big, "file", "50 MB workbook, from a file");
            RunChild(big, "upload", "50 MB workbook, as an upload");
            RunChild(bomb, "file", $"zip bomb, {new FileInfo(bomb).Length / 1024} KB → 1 GB");
            var typical = Path.Combine(folder.FullName, "typical.xlsx");
            File.WriteAllBytes(typical, SampleWorkbooks.Journey(5, 8));
            RunChild(typical, "read", "typical 5×8 workbook, for reference");
            var tall = Path.Combine(folder.FullName, "tall.xlsx");
            File.WriteAllBytes(tall, RawSheets(100, _ => "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Stage</t></is></c></row><row r=\"1000000\"><c r=\"B1000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"));
            RunChild(tall, "file", $"100 sheets to B1000000, {new FileInfo(tall).Length / 1024} KB");
            var hidden = Path.Combine(folder.FullName, "hidden.xlsx");
            File.WriteAllBytes(hidden, RawSheets(4, _ => "<cols>" + string.Concat(Enumerable.Repeat("<col min=\"3\" max=\"16384\" hidden=\"1\" width=\"9\" customWidth=\"1\"/>", 20_000)) + "</cols><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Stage</t></is></c></row></sheetData>"));
            RunChild(hidden, "read", $"4 sheets of 20,000 hidden ranges, {new FileInfo(hidden).Length / 1024} KB");
            var labels = Path.Combine(folder.FullName, "labels.xlsx");
            File.WriteAllBytes(labels, RawSheets(2, _ => DenseSheet(316, (r, c) => (r + c) % 3 == 0 ? "Touchpoints" : (r + c) % 3 == 1 ? "Pain points" : "Awareness")));
            RunChild(labels, "read", $"2 sheets of 316 × 316 lane labels, {new FileInfo(labels).Length / 1024} KB");
            var dump = Path.Combine(folder.FullName, "dump.xlsx");
            File.WriteAllBytes(dump, RawSheets(2, _ => DenseSheet(1414, (r, c) => $"r{r}c{c}")));
            RunChild(dump, "file", $"2 sheets of 1414 × 1414 texts, {new FileInfo(dump).Length / 1024} KB");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The child: refuses (or reads and interprets) one file and prints one line.</summary>
    public static void Refuse(string path, string mode, string label)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            OfficeJourney.Grids.WorkbookGrid grid;
            if (mode == "upload")
            {
                using var upload = new NonSeekable(File.OpenRead(path));
                grid = WorkbookReader.Read(upload, Path.GetFileName(path));
            }
            else
            {
                grid = WorkbookReader.Read(path);
            }

            // What the service does next with a workbook it accepted.
            new OfficeJourney.Interpretation.GridInterpreter().Interpret(grid);
            outcome = mode == "read" ? "read and interpreted" : "NOT REFUSED";
        }
        catch (WorkbookRefusedException e)
        {
            outcome = "refused: " + e.Reason;
        }

        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"{label,-40} {outcome,-22} {watch.Elapsed.TotalMilliseconds,7:F1} ms {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0,9:F1} MB {process.PeakWorkingSet64 / 1048576.0,11:F0} MB");
    }

    private static void RunChild(string path, string mode, string label)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(RefusalMeasurement).Assembly.Location);
        }

        foreach (var argument in new[] { "refuse", path, mode, label })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        Console.Write(child.StandardOutput.ReadToEnd());
        child.WaitForExit();
    }

    // A workbook written by hand, as a hostile tool would: each sheet's XML from the given body.
    private static byte[] RawSheets(int count, Func<int, string> body)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open());
                writer.Write(xml);
            }

            const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + string.Concat(Enumerable.Range(1, count).Select(i => $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) + "</Types>");
            Add("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>"
                + string.Concat(Enumerable.Range(1, count).Select(i => $"<sheet name=\"S{i}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>")) + "</sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(Enumerable.Range(1, count).Select(i => $"<Relationship Id=\"rId{i}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>")) + "</Relationships>");
            for (var i = 1; i <= count; i++)
            {
                Add($"xl/worksheets/sheet{i}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\">{body(i)}</worksheet>");
            }
        }

        return stream.ToArray();
    }

    // A sheet filled to the brim with inline text: what a hostile tool writes to make reading and interpreting cost most.
    private static string DenseSheet(int side, Func<int, int, string> text)
    {
        var xml = new System.Text.StringBuilder("<sheetData>");
        for (var r = 1; r <= side; r++)
        {
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
            for (var c = 1; c <= side; c++)
            {
                xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c t=\"inlineStr\"><is><t>{text(r, c)}</t></is></c>");
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData>").ToString();
    }

    // A valid workbook made large by an incompressible picture, as real oversized uploads are.
    private static byte[] BigWorkbook(int megabytes)
    {
        using var stream = new MemoryStream();
        stream.Write(SampleWorkbooks.Journey(5, 8));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var noise = new byte[megabytes * 1024 * 1024];
            new Random(1).NextBytes(noise);
            using var entry = zip.CreateEntry("xl/media/image1.png", CompressionLevel.NoCompression).Open();
            entry.Write(noise);
        }

        return stream.ToArray();
    }

    private static byte[] Bomb(int megabytes)
    {
        using var stream = new MemoryStream();
        stream.Write(SampleWorkbooks.Journey(5, 8));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
