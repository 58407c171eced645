using System.Globalization;
using System.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation;

/// <summary>Turns a raw grid and its surroundings into a journey map: items, emotions on one scale, KPIs.</summary>
internal sealed class MapBuilder(List<Problem> problems)
{
    private const double MinEmotionShare = 0.6;
    private const int LanguageSample = 4000;

    public JourneyMap Build(RawGrid grid, Surroundings around, SheetView view, IReadOnlyList<Persona> personas)
    {
        foreach (var lane in grid.Lanes)
        {
            lane.Kind ??= LooksLikeEmotions(lane) ? LaneKind.Emotions : LaneKind.Custom;
        }

        var scale = EmotionScaleOf(grid.Lanes);
        var lanes = grid.Lanes.Select(lane => BuildLane(lane, scale)).ToList();
        var title = around.Title ?? grid.Corner ?? view.Sheet;
        var language = Language.Detect(Sample(title, grid));
        return new JourneyMap
        {
            Title = title,
            Type = around.MapType ?? Lexicon.MapTypeWithin(title) ?? (lanes.Any(l => l.Kind is LaneKind.Frontstage or LaneKind.Backstage) ? MapType.ServiceBlueprint : MapType.CurrentState),
            RightToLeft = view.RightToLeft || language == Language.Persian,
            Language = language,
            Personas = [.. around.Personas, .. personas],
            Phases = grid.Phases,
            Stages = grid.Stages.Select(s => new Stage { Name = s.Name, Source = s.Source }).ToList(),
            Lanes = lanes,
            EmotionScale = lanes.Any(l => l.Kind == LaneKind.Emotions) ? scale : null,
            Properties = around.Properties,
            Notes = around.Notes,
            Sheet = view.Sheet,
        };
    }

    private static bool LooksLikeEmotions(RawLane lane)
    {
        int filled = 0, scores = 0;
        foreach (var text in lane.Cells.SelectMany(c => c))
        {
            if (Lexicon.IsPlaceholder(text.Text))
            {
                continue;
            }

            filled++;
            var reading = EmotionReader.Read(text.Text);
            if (reading.Valence is not null || reading.Number is >= -10 and <= 10)
            {
                scores++;
            }
        }

        return scores >= 2 && scores >= filled * MinEmotionShare;
    }

    private EmotionScale EmotionScaleOf(List<RawLane> lanes)
    {
        var emotionLanes = lanes.Where(l => l.Kind == LaneKind.Emotions).ToList();
        if (emotionLanes.Count == 0)
        {
            return EmotionScale.Bipolar2;
        }

        foreach (var lane in emotionLanes)
        {
            if (EmotionReader.StatedScale(lane.Label) is { } stated)
            {
                return stated;
            }
        }

        var numbers = new List<double>();
        var any = false;
        foreach (var text in emotionLanes.SelectMany(l => l.Cells).SelectMany(c => c))
        {
            var reading = EmotionReader.Read(text.Text);
            any |= reading.IsScore;
            if (reading.Number is { } n)
            {
                numbers.Add(n);
            }
        }

        var scale = EmotionReader.InferScale(numbers) ?? EmotionScale.Bipolar2;
        if (any)
        {
            var lane = emotionLanes[0];
            problems.Add(Problem.Warning(
                "emotion.scale-inferred",
                $"No scale is stated for the emotion lane \"{lane.Label}\", so emotions are read on the scale {scale}. State it in the label, for example \"Emotions ({scale})\".",
                lane.Source));
        }

        return scale;
    }

    private Lane BuildLane(RawLane lane, EmotionScale mapScale)
    {
        var kind = lane.Kind ?? LaneKind.Custom;
        var laneScale = kind == LaneKind.Emotions ? EmotionReader.StatedScale(lane.Label) ?? mapScale : mapScale;
        var cells = new List<LaneCell>(lane.Cells.Length);
        foreach (var texts in lane.Cells)
        {
            var items = new List<JourneyItem>();
            foreach (var text in texts)
            {
                switch (kind)
                {
                    case LaneKind.Emotions:
                        if (!Lexicon.IsPlaceholder(text.Text))
                        {
                            items.Add(EmotionItem(text, laneScale, mapScale));
                        }

                        break;
                    case LaneKind.Kpis:
                        items.AddRange(ItemSplitter.Split(text.Text, listLane: false)
                            .Select(t => new JourneyItem { Text = t, Kpi = KpiParser.Parse(t), Source = text.Source }));
                        break;
                    default:
                        items.AddRange(ItemSplitter.Split(text.Text, ItemSplitter.IsListLane(kind))
                            .Select(t => new JourneyItem { Text = t, Source = text.Source }));
                        break;
                }
            }

            cells.Add(items.Count == 0 ? LaneCell.Empty : new LaneCell { Items = items });
        }

        return new Lane { Label = lane.Label, Kind = kind, Cells = cells, Source = lane.Source };
    }

    private JourneyItem EmotionItem(RawText text, EmotionScale laneScale, EmotionScale mapScale)
    {
        var value = text.Text.Trim();
        var reading = EmotionReader.Read(value);
        double score;
        if (reading.Number is { } number)
        {
            if (!laneScale.Contains(number))
            {
                var clamped = laneScale.Clamp(number);
                problems.Add(Problem.Warning(
                    "emotion.out-of-scale",
                    string.Create(CultureInfo.InvariantCulture, $"{number} is outside the emotion scale {laneScale}; it is read as {clamped}."),
                    text.Source));
                number = clamped;
            }

            score = laneScale == mapScale ? number : mapScale.FromValence(laneScale.ToValence(number));
        }
        else if (reading.Valence is { } valence)
        {
            score = mapScale.FromValence(valence / 2.0);
        }
        else
        {
            problems.Add(Problem.Error(
                "emotion.not-a-score",
                $"\"{value}\" is not an emotion score: write a number on the scale {mapScale}, a word such as Happy or Frustrated, or a face such as 🙂.",
                text.Source));
            return new JourneyItem { Text = value, Source = text.Source };
        }

        var label = Numbers.TryParse(value, out _) ? null : value;
        return new JourneyItem { Text = value, Emotion = new Emotion(score, label), Source = text.Source };
    }

    private static string Sample(string title, RawGrid grid)
    {
        var sample = new StringBuilder(title);
        foreach (var stage in grid.Stages)
        {
            sample.Append(' ').Append(stage.Name);
        }

        foreach (var text in grid.Lanes.SelectMany(l => l.Cells).SelectMany(c => c))
        {
            if (sample.Length > LanguageSample)
            {
                break;
            }

            sample.Append(' ').Append(text.Text);
        }

        return sample.ToString();
    }
}
