using System.Diagnostics;
using OfficeJourney.Grids;
using OfficeJourney.Interpretation;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// What interpreting the worst grids a sheet may hold costs (2,000,000 cells, the per-sheet limit): every
/// shape the search by structure looks at — one huge table, a checkerboard of lone cells, thousands of small
/// tables, nested rings whose bounding boxes all overlap, a sheet of lane labels. Time and allocation each.
/// </summary>
internal static class InterpretWorstCases
{
    public static void Run(int side)
    {
        Console.WriteLine($"{$"grid ({side} × {side} cells)",-44} {"time",10} {"allocated",12} {"maps",6}");
        Measure(side, "one table of distinct text", (r, c) => CellValue.FromText($"r{r}c{c}"));
        Measure(side, "checkerboard of lone cells", (r, c) => (r + c) % 2 == 0 ? CellValue.FromText("x") : CellValue.Empty);
        Measure(side, "3 × 3 tables, one blank between", (r, c) => r % 4 == 3 || c % 4 == 3 ? CellValue.Empty : CellValue.FromText(r % 4 == 0 ? $"Stage {c}" : $"t{r}"));
        Measure(side, "nested rings", (r, c) => Math.Min(Math.Min(r, c), Math.Min(side - 1 - r, side - 1 - c)) % 2 == 0 ? CellValue.FromText("ring") : CellValue.Empty);
        Measure(side, "lane labels everywhere", (r, c) => CellValue.FromText((r + c) % 3 == 0 ? "Touchpoints" : (r + c) % 3 == 1 ? "Pain points" : "Awareness"));
        Measure(side, "stage keyword column, numbers", (r, c) => c == 0 ? CellValue.FromText("Stage") : CellValue.FromNumber(r * c % 7));
    }

    private static void Measure(int side, string name, Func<int, int, CellValue> cell)
    {
        var cells = new CellValue[side * side];
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                cells[(r * side) + c] = cell(r, c);
            }
        }

        var sheet = new SheetGrid("Worst", new CellAddress(1, 1), side, side, cells);
        var interpreter = new GridInterpreter();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = interpreter.Interpret(sheet);
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"{name,-44} {watch.Elapsed.TotalSeconds,9:0.00}s {allocated / (1024.0 * 1024),10:0} MB {result.Maps.Count,6}");
    }
}
