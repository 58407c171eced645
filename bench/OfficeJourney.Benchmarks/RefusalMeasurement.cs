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
            Console.WriteLine($"{"case",-34} {"outcome",-18} {"time",10} {"allocated",12} {"process peak",14}");
            RunChild(big, "file", "50 MB workbook, from a file");
            RunChild(big, "upload", "50 MB workbook, as an upload");
            RunChild(bomb, "file", $"zip bomb, {new FileInfo(bomb).Length / 1024} KB → 1 GB");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The child: refuses one file and prints one line.</summary>
    public static void Refuse(string path, string mode, string label)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            if (mode == "upload")
            {
                using var upload = new NonSeekable(File.OpenRead(path));
                WorkbookReader.Read(upload, Path.GetFileName(path));
            }
            else
            {
                WorkbookReader.Read(path);
            }

            outcome = "NOT REFUSED";
        }
        catch (WorkbookRefusedException e)
        {
            outcome = "refused: " + e.Reason;
        }

        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"{label,-34} {outcome,-18} {watch.Elapsed.TotalMilliseconds,7:F1} ms {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0,9:F1} MB {process.PeakWorkingSet64 / 1048576.0,11:F0} MB");
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
