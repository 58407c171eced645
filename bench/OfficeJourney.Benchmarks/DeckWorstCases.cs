using System.Diagnostics;
using System.Globalization;
using System.Text;
using OfficeJourney.Model;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Benchmarks;

/// <summary>
/// What the costliest maps a deck request may bring cost to write as a deck, every slide kind on: the largest map
/// (200 stages × 500 lanes) with short and with long cells, long items and names, one cell of 99,000 items and one item of
/// eight million characters, each about what a 16 MB map document holds. Each runs in a fresh process, so its peak
/// memory is its own.
/// </summary>
internal static class DeckWorstCases
{
    private static readonly Dictionary<string, (string Label, Func<JourneyMap> Map)> Cases = new(StringComparer.Ordinal)
    {
        ["long-items"] = ("50 × 30, a 20,000-character item in every lane of one stage", () => Map(50, 30, (s, l) => s == 0 ? [Words(20_000, l)] : [$"Item {s}.{l}"])),
        ["largest"] = ("200 × 500, one short item a cell", () => Map(200, 500, (s, l) => [$"Item {s}.{l}"])),
        ["largest-long"] = ("200 × 500, 150 characters a cell", () => Map(200, 500, (s, l) => [Words(150, s + l)])),
        ["many-items"] = ("5 × 5, 99,000 items in one cell (a map holds 100,000)", () => Map(5, 5, (s, l) => s + l == 0 ? [.. Enumerable.Range(0, 99_000).Select(i => $"Item {i}")] : ["x"])),
        ["long-names"] = ("200 × 4, lanes and a stage named with 1,000,000 characters", () => Map(200, 4, (s, l) => [$"Item {s}.{l}"]) is var map
            ? map with { Stages = [new Stage { Name = new string('n', 1_000_000) }, .. map.Stages.Skip(1)], Lanes = [.. map.Lanes.Select(l => l with { Label = new string('n', 1_000_000) })] }
            : map),
        ["one-item"] = ("5 × 5, one item of 8,000,000 characters", () => Map(5, 5, (s, l) => s + l == 0 ? [Words(8_000_000, 0)] : ["x"])),
    };

    public static void Run()
    {
        Console.WriteLine($"{"case",-62} {"slides",7} {"deck",9} {"time",10} {"allocated",11} {"process peak",13}");
        foreach (var name in Cases.Keys)
        {
            RunChild(name);
        }
    }

    /// <summary>The child: writes one case's deck to a temporary file, as the CLI does, and prints one line.</summary>
    public static void RunCase(string name)
    {
        var (label, make) = Cases[name];
        var map = make();
        var path = Path.GetTempFileName();
        try
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            string slides;
            try
            {
                using var file = File.Create(path);
                slides = DeckWriter.Write(map, file).ToString("N0", CultureInfo.InvariantCulture);
            }
            catch (DeckTooLargeException e)
            {
                slides = "refused past " + e.MaxSlides.ToString("N0", CultureInfo.InvariantCulture);
            }

            watch.Stop();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-62} {slides,7} {new FileInfo(path).Length / 1048576.0,6:F1} MB {watch.Elapsed.TotalSeconds,8:F2} s {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0,8:F0} MB {process.PeakWorkingSet64 / 1048576.0,10:F0} MB"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void RunChild(string name)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(DeckWorstCases).Assembly.Location);
        }

        start.ArgumentList.Add("deck-worst");
        start.ArgumentList.Add(name);
        using var child = Process.Start(start)!;
        Console.Write(child.StandardOutput.ReadToEnd());
        child.WaitForExit();
    }

    private static JourneyMap Map(int stages, int laneCount, Func<int, int, string[]> texts)
    {
        var kinds = new[] { LaneKind.Touchpoints, LaneKind.Channels, LaneKind.Thoughts, LaneKind.Emotions, LaneKind.PainPoints, LaneKind.Opportunities, LaneKind.Kpis, LaneKind.Owners };
        return new JourneyMap
        {
            Title = "Worst",
            Stages = [.. Enumerable.Range(0, stages).Select(s => new Stage { Name = $"Stage {s}" })],
            Lanes = [.. Enumerable.Range(0, laneCount).Select(l => new Lane
            {
                Label = $"Lane {l}",
                Kind = kinds[l % kinds.Length],
                Cells = [.. Enumerable.Range(0, stages).Select(s => new LaneCell
                {
                    Items = [.. texts(s, l).Select(t => kinds[l % kinds.Length] == LaneKind.Emotions ? new JourneyItem { Text = t, Emotion = new Emotion(s % 5 - 2) } : new JourneyItem { Text = t })],
                })],
            })],
            EmotionScale = EmotionScale.Bipolar2,
        };
    }

    /// <summary>Text of about <paramref name="length"/> characters in words of varying length.</summary>
    private static string Words(int length, int seed)
    {
        var text = new StringBuilder(length + 16);
        for (var i = seed; text.Length < length; i++)
        {
            text.Append("journey"[..(1 + (i % 7))]).Append(i % 11 == 0 ? ". " : " ");
        }

        return text.ToString(0, length);
    }
}
