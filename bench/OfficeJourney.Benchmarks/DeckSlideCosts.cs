using System.Diagnostics;
using System.Globalization;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// What each slide kind adds to the retail reference deck, warm: the title slide alone, then the title with each kind,
/// the median of many runs. Where the deck benchmark's time goes, when it moves.
/// </summary>
internal static class DeckSlideCosts
{
    public static void Run(int runs)
    {
        var maps = new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(File.ReadAllBytes(ReferenceWorkbook.Path)), "retail.xlsx")).Maps;
        Median(maps, DeckSlides.All, runs); // every slide kind's code jitted to its final tier before anything is timed
        var title = Median(maps, DeckSlides.Title, runs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"title alone",-14} {title,8:0.000} ms"));
        foreach (var kind in Enum.GetValues<DeckSlides>().Where(k => k is not (DeckSlides.Title or DeckSlides.All) && int.IsPow2((int)k)))
        {
            var time = Median(maps, DeckSlides.Title | kind, runs) - title;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-14} {time,8:+0.000;-0.000} ms"));
        }
    }

    private static double Median(IReadOnlyList<Model.JourneyMap> maps, DeckSlides slides, int runs)
    {
        var options = new DeckOptions { Date = new DateOnly(2026, 11, 23), Slides = slides };
        var times = new List<double>(runs);
        for (var i = 0; i < runs + 20; i++)
        {
            using var stream = new MemoryStream();
            var watch = Stopwatch.StartNew();
            DeckWriter.Write(maps, stream, options);
            if (i >= 20)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
