using BenchmarkDotNet.Attributes;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;

namespace OfficeJourney.Benchmarks;

/// <summary>Reading and interpreting a workbook, warm: the target is under 5 ms for a typical map.</summary>
[MemoryDiagnoser]
public class ReadAndInterpretBenchmarks
{
    private readonly GridInterpreter interpreter = new();
    private byte[] workbook = [];
    private WorkbookGrid grid = null!;

    [Params("typical 5x8", "large 12x20")]
    public string Map { get; set; } = "typical 5x8";

    [GlobalSetup]
    public void Setup()
    {
        workbook = Map.StartsWith("typical", StringComparison.Ordinal) ? SampleWorkbooks.Journey(5, 8) : SampleWorkbooks.Journey(12, 20);
        grid = WorkbookReader.Read(new MemoryStream(workbook), "bench.xlsx");
    }

    [Benchmark(Description = "read + interpret")]
    public int ReadAndInterpret() =>
        interpreter.Interpret(WorkbookReader.Read(new MemoryStream(workbook), "bench.xlsx")).Maps.Count;

    [Benchmark(Description = "read only")]
    public int Read() => WorkbookReader.Read(new MemoryStream(workbook), "bench.xlsx").Sheets.Count;

    [Benchmark(Description = "interpret only")]
    public int Interpret() => interpreter.Interpret(grid).Maps.Count;
}
