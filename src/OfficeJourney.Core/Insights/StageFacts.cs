using OfficeJourney.Diagnostics;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Insights;

/// <summary>What the insight rules ask of one stage, gathered once from every lane.</summary>
internal sealed class StageFacts
{
    private StageFacts(int index, string name)
    {
        Index = index;
        Name = name;
    }

    public int Index { get; }

    public string Name { get; }

    /// <summary>The mean of the stage's emotion scores; null when it has none.</summary>
    public double? Emotion { get; private set; }

    public List<SourceRef> EmotionCells { get; } = [];

    public List<JourneyItem> Pains { get; } = [];

    public List<JourneyItem> Opportunities { get; } = [];

    /// <summary>Whether a KPI or a metric is written for the stage.</summary>
    public bool Measured { get; private set; }

    public bool Owned { get; private set; }

    /// <summary>Channels, devices and departments the stage's touchpoints, channels and owners name, each with the cells naming it.</summary>
    public Dictionary<ChannelDimension, Dictionary<string, List<SourceRef>>> Sides { get; } = new()
    {
        [ChannelDimension.Channel] = [],
        [ChannelDimension.Device] = [],
        [ChannelDimension.Department] = [],
    };

    public static List<StageFacts> Of(JourneyMap map)
    {
        var facts = map.Stages.Select((stage, i) => new StageFacts(i, stage.Name)).ToList();
        foreach (var lane in map.Lanes)
        {
            for (var s = 0; s < Math.Min(lane.Cells.Count, facts.Count); s++)
            {
                facts[s].Add(lane, lane.Cells[s].Items);
            }
        }

        return facts;
    }

    private void Add(Lane lane, IReadOnlyList<JourneyItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        switch (lane.Kind)
        {
            case LaneKind.Emotions:
                var scores = items.Where(i => i.Emotion is not null).ToList();
                if (scores.Count > 0)
                {
                    var count = EmotionCells.Count;
                    Emotion = (((Emotion ?? 0) * count) + scores.Sum(i => i.Emotion!.Score)) / (count + scores.Count);
                    EmotionCells.AddRange(scores.Select(i => i.Source).OfType<SourceRef>());
                }

                break;
            case LaneKind.PainPoints:
                Pains.AddRange(items);
                break;
            case LaneKind.Opportunities:
                Opportunities.AddRange(items);
                break;
            case LaneKind.Kpis:
                Measured = true;
                break;
            case LaneKind.Metric:
                Measured |= items.Any(i => i.Value is not null);
                break;
            case LaneKind.Owners:
                Owned = true;
                Note(items, departmentsOnly: true);
                break;
            case LaneKind.Touchpoints or LaneKind.Channels:
                Note(items, departmentsOnly: false);
                break;
            case LaneKind.Frontstage or LaneKind.Backstage or LaneKind.People:
                Note(items, departmentsOnly: true);
                break;
        }
    }

    private void Note(IReadOnlyList<JourneyItem> items, bool departmentsOnly)
    {
        foreach (var item in items)
        {
            foreach (var (dimension, key) in ChannelTerms.FindAll(item.Zone is null ? item.Text : $"{item.Text} {item.Zone}"))
            {
                if (departmentsOnly && dimension != ChannelDimension.Department)
                {
                    continue;
                }

                if (!Sides[dimension].TryGetValue(key, out var cells))
                {
                    Sides[dimension][key] = cells = [];
                }

                if (item.Source is { } source && !cells.Contains(source))
                {
                    cells.Add(source);
                }
            }
        }
    }
}
