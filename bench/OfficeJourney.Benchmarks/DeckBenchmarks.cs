using BenchmarkDotNet.Attributes;
using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// The retail reference deck (5 stages, 7 lanes, the slides before funnel, impact and insights) built in-process, warm:
/// the target is under 3 ms. The same map with a count lane and rated touchpoints makes every slide, the funnel chart,
/// the impact table and the insights included; the review deck compares the map with its measured version (metrics,
/// impact, the emotion then and now). The workbook is the peer's reference workbook
/// (../shared/peer/retail.xlsx), or OFFICEJOURNEY_RETAIL_XLSX.
/// </summary>
[MemoryDiagnoser]
public class DeckBenchmarks
{
    private readonly DeckOptions options = new() { Date = new DateOnly(2026, 11, 23), Slides = DeckSlides.All & ~(DeckSlides.Funnel | DeckSlides.Insights | DeckSlides.Impact | DeckSlides.WhatChanged | DeckSlides.CurrentVsFuture) };
    private IReadOnlyList<JourneyMap> maps = [];
    private IReadOnlyList<JourneyMap> measured = [];
    private byte[] workbook = [];

    [GlobalSetup]
    public void Setup()
    {
        workbook = File.ReadAllBytes(ReferenceWorkbook.Path);
        maps = new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(workbook), "retail.xlsx")).Maps;
        measured = [.. maps.Select(Measured)];
    }

    [Benchmark(Description = "deck from map")]
    public long Deck()
    {
        using var stream = new MemoryStream();
        DeckWriter.Write(maps, stream, options);
        return stream.Length;
    }

    [Benchmark(Description = "deck with every slide, from a measured map")]
    public long DeckWithEverySlide()
    {
        using var stream = new MemoryStream();
        DeckWriter.Write(measured, stream, options with { Slides = DeckSlides.All });
        return stream.Length;
    }

    [Benchmark(Description = "review deck, the map against its measured version")]
    public long ReviewDeck()
    {
        using var stream = new MemoryStream();
        ReviewDeckWriter.Write(maps[0], measured[0], stream, options);
        return stream.Length;
    }

    [Benchmark(Description = "workbook to deck")]
    public long WorkbookToDeck()
    {
        using var stream = new MemoryStream();
        DeckWriter.Write(new GridInterpreter().Interpret(WorkbookReader.Read(new MemoryStream(workbook), "retail.xlsx")).Maps, stream, options);
        return stream.Length;
    }

    /// <summary>The map with visitors counted per stage (halving each stage) and every touchpoint rated, in zones.</summary>
    private static JourneyMap Measured(JourneyMap map)
    {
        var visitors = new Lane
        {
            Label = "Visitors",
            Kind = LaneKind.Metric,
            Metric = new Metric(MetricKind.Count, LessIsBetter: false),
            Cells = [.. map.Stages.Select((_, s) => new LaneCell { Items = [new JourneyItem { Text = $"{20000 >> s}", Value = 20000 >> s }] })],
        };
        var rated = map.Lanes.Select(lane => lane.Kind != LaneKind.Touchpoints ? lane : lane with
        {
            Cells = [.. lane.Cells.Select(cell => cell with
            {
                Items = [.. cell.Items.Select((item, i) => item with { Impact = new Impact((i % 5 + 1) / 5.0, $"{i % 5 + 1}/5"), Zone = i % 2 == 0 ? "Online" : "Offline" })],
            })],
        });
        return map with { Lanes = [.. rated, visitors] };
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
