using OfficeJourney.Excel.Reading;
using OfficeJourney.Excel.Templates;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Slides;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Tests;

/// <summary>The maps the deck tests make decks of: every template, the real-looking fixtures, and maps built to be hard.</summary>
internal static class DeckCorpus
{
    public static readonly DeckOptions Options = new() { Date = new DateOnly(2026, 11, 23) };

    public static IEnumerable<string> Names() =>
        TemplateCatalog.All().Select(t => $"template:{t.Type}:{t.Industry}:{t.Language}")
            .Concat(Directory.GetFiles(FixtureFolder, "*.xlsx").Select(f => "fixture:" + Path.GetFileName(f)).Order(StringComparer.Ordinal))
            .Concat(["big", "bare", "two-journeys", "current-and-future"]);

    public static IReadOnlyList<JourneyMap> Maps(string name)
    {
        var parts = name.Split(':');
        return parts[0] switch
        {
            "template" => [TemplateCatalog.Create(Enum.Parse<MapType>(parts[1]), Enum.Parse<Industry>(parts[2]), parts[3])],
            "fixture" => new GridInterpreter().Interpret(WorkbookReader.Read(Path.Combine(FixtureFolder, parts[1]))).Maps,
            "big" => [Big()],
            "current-and-future" => [TemplateCatalog.Create(MapType.CurrentState, Industry.Travel, "fa"), TemplateCatalog.Create(MapType.FutureState, Industry.Travel, "fa")],
            "bare" => [new JourneyMap { Title = "Bare", Stages = [new Stage { Name = "Only stage" }], Lanes = [] }],
            _ => [TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, "en"), TemplateCatalog.Create(MapType.ServiceBlueprint, Industry.Banking, "lv")],
        };
    }

    public static byte[] Deck(IReadOnlyList<JourneyMap> maps, DeckOptions? options = null)
    {
        using var stream = new MemoryStream();
        DeckWriter.Write(maps, stream, options ?? Options);
        return stream.ToArray();
    }

    /// <summary>Twelve stages, twenty lanes and cells far longer than a slide holds.</summary>
    public static JourneyMap Big()
    {
        var kinds = new[] { LaneKind.Touchpoints, LaneKind.Actions, LaneKind.Thoughts, LaneKind.PainPoints, LaneKind.Opportunities, LaneKind.Kpis, LaneKind.Owners };
        var stages = Enumerable.Range(1, 12).Select(i => new Stage { Name = $"Stage {i:00}" }).ToList();
        var lanes = Enumerable.Range(0, 20).Select(l => new Lane
        {
            Label = l == 0 ? "Emotions (1-5)" : $"{kinds[l % kinds.Length]} lane {l}",
            Kind = l == 0 ? LaneKind.Emotions : kinds[l % kinds.Length],
            Cells = [.. stages.Select((_, s) => new LaneCell
            {
                Items = l == 0
                    ? [new JourneyItem { Text = ((s % 5) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Emotion = new Emotion((s % 5) + 1) }]
                    : [.. Enumerable.Range(0, 1 + ((l + s) % 3)).Select(i => new JourneyItem
                    {
                        Text = $"Item {i} of lane {l} in stage {s + 1}: " + string.Concat(Enumerable.Repeat("a long explanation that keeps going ", 1 + ((l * s) % 6))).Trim(),
                    })],
            })],
        }).ToList();
        return new JourneyMap
        {
            Title = "A very large journey",
            Stages = stages,
            Lanes = lanes,
            EmotionScale = new EmotionScale(1, 5),
            Phases = [new Phase { Name = "First half", FirstStage = 0, StageCount = 6 }, new Phase { Name = "Second half", FirstStage = 6, StageCount = 6 }],
            Personas = [.. Enumerable.Range(1, 4).Select(i => new Persona { Name = $"Persona {i}", Goals = ["Goal"], Description = "Someone" })],
        };
    }

    private static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures");
}
