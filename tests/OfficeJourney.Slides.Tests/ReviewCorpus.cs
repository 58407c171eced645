using OfficeJourney.Excel.Templates;
using OfficeJourney.Model;

namespace OfficeJourney.Slides.Tests;

/// <summary>
/// Two versions of a template map, the newer one changed in known ways: a stage removed and one added, a touchpoint
/// added and one removed, a pain point resolved and one new, the emotion and a bounce rate changed.
/// </summary>
internal sealed record ReviewCorpus(JourneyMap Then, JourneyMap Now)
{
    public const string AddedStage = "Returns ↩ <&>";
    public const string AddedTouchpoint = "Chatbot \"Ava\" & <co>";
    public const string NewPain = "Label printer </a:t> jams";

    public static readonly string[] Languages = ["en", "th", "vi", "fa", "lv"];

    public static ReviewCorpus For(string language, string? hostile = null)
    {
        var template = TemplateCatalog.Create(MapType.CurrentState, Industry.Retail, language);
        var then = WithBounceRate(template, [60, 45, 30, 20, 10]);
        var now = WithBounceRate(template, [50, 45, 35, 15, 5]);
        now = RemoveStage(now, 1);
        now = AddStage(now, AddedStage + hostile, (LaneKind.Touchpoints, "Parcel locker"), (LaneKind.PainPoints, NewPain + hostile), (LaneKind.Emotions, "😞"));
        now = Edit(now, LaneKind.Touchpoints, 0, items => [.. items, new JourneyItem { Text = AddedTouchpoint + hostile }]);
        now = Edit(now, LaneKind.Touchpoints, 1, items => items.Skip(1).ToList());
        now = Edit(now, LaneKind.PainPoints, 0, items => items.Skip(1).ToList());
        now = Edit(now, LaneKind.Emotions, 0, items => [.. items.Select(i => i with { Emotion = new Emotion(template.EmotionScale!.Max) })]);
        return new ReviewCorpus(then, now);
    }

    /// <summary>The touchpoint removed from the newer map's second stage (the older one's third).</summary>
    public string RemovedTouchpoint => Items(Then, LaneKind.Touchpoints, 2)[0];

    /// <summary>The pain point of the first stage the newer map no longer has anywhere.</summary>
    public string ResolvedPain => Items(Then, LaneKind.PainPoints, 0)[0];

    public string RemovedStage => Then.Stages[1].Name;

    /// <summary>Touchpoints and pain points both versions have, which a review does not name.</summary>
    public IEnumerable<string> Unchanged =>
        Items(Now, LaneKind.Touchpoints, 2).Concat(Items(Now, LaneKind.PainPoints, 2)).Concat(Items(Now, LaneKind.PainPoints, 3));

    private static List<string> Items(JourneyMap map, LaneKind kind, int stage) =>
        [.. map.Lanes.Where(l => l.Kind == kind).SelectMany(l => l.Cells[stage].Items).Select(i => i.Text)];

    private static JourneyMap WithBounceRate(JourneyMap map, double[] values) => map with
    {
        Lanes = [.. map.Lanes, new Lane
        {
            Label = "Bounce rate (%)",
            Kind = LaneKind.Metric,
            Metric = new Metric(MetricKind.BounceRate, LessIsBetter: true, Unit: "%"),
            Cells = [.. map.Stages.Select((_, s) => new LaneCell { Items = [new JourneyItem { Text = values[s] + "%", Value = values[s] }] })],
        }],
    };

    private static JourneyMap RemoveStage(JourneyMap map, int stage) => map with
    {
        Phases = [],
        Stages = [.. map.Stages.Where((_, s) => s != stage)],
        Lanes = [.. map.Lanes.Select(l => l with { Cells = [.. l.Cells.Where((_, s) => s != stage)] })],
    };

    private static JourneyMap AddStage(JourneyMap map, string name, params (LaneKind Kind, string Text)[] items) => map with
    {
        Stages = [.. map.Stages, new Stage { Name = name }],
        Lanes = [.. map.Lanes.Select(l => l with
        {
            Cells = [.. l.Cells, new LaneCell
            {
                Items = [.. items.Where(i => i.Kind == l.Kind && l == map.Lanes.First(f => f.Kind == i.Kind)).Select(i => Item(map, i.Kind, i.Text))],
            }],
        })],
    };

    private static JourneyItem Item(JourneyMap map, LaneKind kind, string text) =>
        kind == LaneKind.Emotions ? new JourneyItem { Text = text, Emotion = new Emotion(map.EmotionScale!.Min) } : new JourneyItem { Text = text };

    private static JourneyMap Edit(JourneyMap map, LaneKind kind, int stage, Func<IReadOnlyList<JourneyItem>, IReadOnlyList<JourneyItem>> edit)
    {
        var lane = map.Lanes.First(l => l.Kind == kind);
        var edited = lane with { Cells = [.. lane.Cells.Select((c, s) => s == stage ? new LaneCell { Items = edit(c.Items) } : c)] };
        return map with { Lanes = [.. map.Lanes.Select(l => ReferenceEquals(l, lane) ? edited : l)] };
    }
}
