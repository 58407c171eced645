using OfficeJourney.Model;

namespace OfficeJourney.Slides.Tests.Layout;

/// <summary>Maps built to test the layout: a workbook-sized map, one that needs a second overview, one item of 10,000 characters.</summary>
internal static class LayoutMaps
{
    private static readonly LaneKind[] Kinds = [LaneKind.Touchpoints, LaneKind.Actions, LaneKind.Thoughts, LaneKind.PainPoints, LaneKind.Opportunities, LaneKind.Owners, LaneKind.Channels, LaneKind.Kpis];

    /// <summary><paramref name="stages"/> stages, <paramref name="lanes"/> lanes (an emotion lane first), each cell one or two sentences.</summary>
    public static JourneyMap Sized(int stages, int lanes, int itemsPerCell = 2, string language = "en")
    {
        var stageList = Enumerable.Range(1, stages).Select(i => new Stage { Name = $"Stage {i}" }).ToList();
        var laneList = new List<Lane>
        {
            new()
            {
                Label = "Emotion",
                Kind = LaneKind.Emotions,
                Cells = [.. stageList.Select((_, s) => new LaneCell { Items = [new JourneyItem { Text = "Calm", Emotion = new Emotion(1 + (s % 5), "Calm") }] })],
            },
        };
        laneList.AddRange(Enumerable.Range(1, lanes - 1).Select(l => new Lane
        {
            Label = $"{Kinds[l % Kinds.Length]} {l}",
            Kind = Kinds[l % Kinds.Length],
            Cells = [.. stageList.Select((_, s) => new LaneCell
            {
                Items = [.. Enumerable.Range(0, itemsPerCell).Select(i => new JourneyItem { Text = $"Web visit {l}.{s}.{i}" })],
            })],
        }));
        return new JourneyMap { Title = "Layout", Stages = stageList, Lanes = laneList, EmotionScale = new EmotionScale(1, 5), Language = language };
    }

    /// <summary>A map whose one pain point is <paramref name="text"/>.</summary>
    public static JourneyMap OneLongPain(string text) => new()
    {
        Title = "Long",
        Stages = [new Stage { Name = "Only" }, new Stage { Name = "Second" }],
        Lanes =
        [
            new Lane { Label = "Pain points", Kind = LaneKind.PainPoints, Cells = [new LaneCell { Items = [new JourneyItem { Text = text }] }, new LaneCell { Items = [] }] },
            new Lane { Label = "Touchpoints", Kind = LaneKind.Touchpoints, Cells = [new LaneCell { Items = [new JourneyItem { Text = "Website" }] }, new LaneCell { Items = [new JourneyItem { Text = "Store" }] }] },
        ],
    };

    /// <summary>About <paramref name="length"/> characters of words.</summary>
    public static string Words(int length) =>
        string.Concat(Enumerable.Range(0, (length / 12) + 1).Select(i => $"word{i:D6} ")).Trim();
}
