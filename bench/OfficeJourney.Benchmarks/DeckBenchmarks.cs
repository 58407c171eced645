using BenchmarkDotNet.Attributes;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// The retail reference deck (5 stages, 7 lanes, all slides) built in-process, warm: the target is under 3 ms.
/// The workbook is the peer's reference workbook (../shared/peer/retail.xlsx), or OFFICEJOURNEY_RETAIL_XLSX.
/// </summary>
[MemoryDiagnoser]
public class DeckBenchmarks
{
    private readonly DeckOptions options = new() { Date = new DateOnly(2026, 11, 23) };
    private IReadOnlyList<JourneyMap> maps = [];
    private byte[] workbook = [];

    [GlobalSetup]
    public void Setup()
    {
        workbook = File.ReadAllBytes(ReferenceWorkbook.Path);
        maps = new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(workbook), "retail.xlsx")).Maps;
    }

    [Benchmark(Description = "deck from map")]
    public long Deck()
    {
        using var stream = new MemoryStream();
        DeckWriter.Write(maps, stream, options);
        return stream.Length;
    }

    [Benchmark(Description = "workbook to deck")]
    public long WorkbookToDeck()
    {
        using var stream = new MemoryStream();
        DeckWriter.Write(new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(workbook), "retail.xlsx")).Maps, stream, options);
        return stream.Length;
    }
}

/// <summary>Where the retail reference workbook is.</summary>
internal static class ReferenceWorkbook
{
    public static string Path
    {
        get
        {
            if (Environment.GetEnvironmentVariable("OFFICEJOURNEY_RETAIL_XLSX") is { Length: > 0 } configured)
            {
                return configured;
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = System.IO.Path.Combine(directory.FullName, "..", "shared", "peer", "retail.xlsx");
                if (File.Exists(candidate))
                {
                    return System.IO.Path.GetFullPath(candidate);
                }
            }

            throw new FileNotFoundException("The retail reference workbook (../shared/peer/retail.xlsx) was not found; set OFFICEJOURNEY_RETAIL_XLSX.");
        }
    }
}
