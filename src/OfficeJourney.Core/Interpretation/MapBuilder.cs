using System.Globalization;
using System.Text;
using OfficeJourney.Interpretation.GridReaders;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Interpretation;

/// <summary>Turns a raw grid and its surroundings into a journey map: items, emotions on one scale, KPIs.</summary>
internal sealed class MapBuilder(InterpretationLog log)
{
    private const double MinEmotionShare = 0.6;
    private const int LanguageSample = 4000;

    /// <param name="workbookTitle">The workbook's title property: the author's own name for it, before anything on the sheet.</param>
    /// <param name="fileTitle">The file name made readable: a better title than the sheet's name.</param>
    public JourneyMap Build(RawGrid grid, Surroundings around, SheetView view, IReadOnlyList<Persona> personas, string? workbookTitle, string? fileTitle)
    {
        var typed = Typed(grid.Lanes);
        var scale = EmotionScaleOf(typed);
        var lanes = TouchpointRatings.Apply(PairScoresWithWords(typed, scale));
        var title = workbookTitle ?? around.Title ?? grid.Corner ?? fileTitle ?? view.Sheet;
        if (grid.OnePersonaOfSeveral && grid.Personas.Count == 1)
        {
            title = $"{title} – {grid.Personas[0].Name}";
        }

        var language = Language.Detect(Sample(title, grid));
        return new JourneyMap
        {
            Title = title,
            Type = around.MapType ?? Lexicon.MapTypeWithin(title) ?? (lanes.Any(l => l.Kind is LaneKind.Frontstage or LaneKind.Backstage) ? MapType.ServiceBlueprint : MapType.CurrentState),
            RightToLeft = view.RightToLeft || (language is not null && Language.IsRightToLeft(language)),
            Language = language,
            Personas = [.. around.Personas, .. grid.Personas, .. personas],
            Phases = grid.Phases,
            Stages = grid.Stages.Select(s => new Stage { Name = s.Name, Source = s.Source }).ToList(),
            Lanes = lanes,
            EmotionScale = lanes.Any(l => l.Kind == LaneKind.Emotions) ? scale : null,
            Properties = around.Properties,
            Notes = around.Notes,
            Sheet = view.Sheet,
        };
    }

    /// <summary>A raw lane with the kind it is read as, and what it measures when that is a metric.</summary>
    private readonly record struct TypedLane(RawLane Raw, LaneKind Kind, Metric? Metric = null);

    /// <summary>
    /// A lane of numbers under a metric's name is that metric. A lane the vocabulary does not know is custom, except
    /// one row of scores or faces when no lane is labelled as emotions: that is the curve, and another row of numbers,
    /// a metric of its own. If no lane at all could be typed, the user is told.
    /// </summary>
    private List<TypedLane> Typed(IReadOnlyList<RawLane> lanes)
    {
        var typed = new List<TypedLane>(lanes.Count);
        var hasEmotions = lanes.Any(l => l.Kind == LaneKind.Emotions);
        foreach (var lane in lanes)
        {
            if (MetricLanes.Recognise(lane) is { } metric && (metric.Kind != MetricKind.Other || hasEmotions || !LooksLikeEmotions(lane)))
            {
                typed.Add(new TypedLane(lane, LaneKind.Metric, metric));
                continue;
            }

            var kind = lane.Kind ?? (!hasEmotions && LooksLikeEmotions(lane) ? LaneKind.Emotions : LaneKind.Custom);
            hasEmotions |= kind == LaneKind.Emotions;
            typed.Add(new TypedLane(lane, kind));
        }

        var labelled = typed.Where(l => l.Raw.Kind is null && l.Kind != LaneKind.Metric && l.Raw.Label.Length > 0).Select(l => l.Raw).ToList();
        if (labelled.Count > 0 && labelled.Count == lanes.Count(l => l.Label.Length > 0))
        {
            log.Add(Problem.Warning(
                "lanes.untyped",
                $"None of the lane labels ({string.Join(", ", labelled.Take(8).Select(l => $"\"{l.Label}\""))}{(labelled.Count > 8 ? ", …" : string.Empty)}) is a kind of lane OfficeJourney knows (touchpoints, emotions, pain points…); they are kept with their own labels as custom lanes (a row of scores as the emotion curve).",
                labelled[0].Source));
        }

        return typed;
    }

    /// <summary>
    /// A row of scores and a row of feeling words ("Score" 3, 4 and "Emotion" Curious, Excited): the scores are
    /// the curve and the words name its points. Averaging the two would invent values neither row holds, and the
    /// words are read as words: a question written there ("What if they reject me?") is a label, not a missing score.
    /// </summary>
    private List<Lane> PairScoresWithWords(List<TypedLane> raw, EmotionScale scale)
    {
        var scored = raw.FindIndex(IsScoreLane);
        var words = scored < 0 ? [] : raw.Select((lane, i) => (lane, i)).Where(x => x.i != scored && x.lane.Kind == LaneKind.Emotions && !IsScoreLane(x.lane)).Select(x => x.i).ToHashSet();
        var lanes = raw.Select((lane, i) => BuildLane(lane, scale, wordsOnly: words.Contains(i))).ToList();
        foreach (var w in words.Order())
        {
            lanes[scored] = lanes[scored] with { Cells = [.. lanes[scored].Cells.Select((cell, s) => LabelPoints(cell, lanes[w].Cells[s]))] };
        }

        return lanes;
    }

    // An emotion row written mostly in numbers ("3", "+1", "۴").
    private static bool IsScoreLane(TypedLane lane)
    {
        if (lane.Kind != LaneKind.Emotions)
        {
            return false;
        }

        var texts = lane.Raw.Cells.SelectMany(c => c).Where(t => !Lexicon.IsPlaceholder(t.Text)).ToList();
        return texts.Count > 0 && texts.Count(t => Numbers.TryParse(t.Text, out _)) * 2 > texts.Count;
    }

    private static LaneCell LabelPoints(LaneCell scores, LaneCell words)
    {
        var label = words.Items.Count > 0 ? words.Items[0].Text : null;
        return label is null || scores.Items.Count == 0
            ? scores
            : new LaneCell { Items = [.. scores.Items.Select(i => i.Emotion is { Label: null } e ? i with { Emotion = e with { Label = label } } : i)] };
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

    private EmotionScale EmotionScaleOf(List<TypedLane> lanes)
    {
        var emotionLanes = lanes.Where(l => l.Kind == LaneKind.Emotions).Select(l => l.Raw).ToList();
        if (emotionLanes.Count == 0)
        {
            return EmotionScale.Bipolar2;
        }

        foreach (var labelled in emotionLanes)
        {
            if (EmotionReader.StatedScale(labelled.Label) is { } stated)
            {
                return stated;
            }
        }

        var readings = emotionLanes.Select(l => (Lane: l, Readings: l.Cells.SelectMany(c => c).Select(t => EmotionReader.Read(t.Text)).ToList())).ToList();
        var numbers = readings.SelectMany(r => r.Readings).Select(r => r.Number).OfType<double>().ToList();

        // The warning names the row the scale was read from: the one with numbers, else the first with words or faces.
        var named = readings.FirstOrDefault(r => r.Readings.Any(x => x.Number is not null)).Lane
            ?? readings.FirstOrDefault(r => r.Readings.Any(x => x.IsScore)).Lane;
        var scale = EmotionReader.InferScale(numbers) ?? EmotionScale.Bipolar2;
        if (named is { } lane)
        {
            // Scores beside step names often have no heading at all: a quoted empty label would say nothing.
            var which = string.IsNullOrWhiteSpace(lane.Label) ? "the emotion scores, which have no heading" : $"the emotion lane \"{lane.Label}\"";
            log.Add(Problem.Warning(
                "emotion.scale-inferred",
                $"No scale is stated for {which}, so emotions are read on the scale {scale}. State it in the label, for example \"Emotions ({scale})\".",
                lane.Source));
        }

        return scale;
    }

    private Lane BuildLane(TypedLane typed, EmotionScale mapScale, bool wordsOnly)
    {
        var (lane, kind, metric) = typed;
        if (metric is not null)
        {
            return new MetricLanes(log).Build(lane, metric);
        }

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
                            items.Add(wordsOnly ? new JourneyItem { Text = text.Text.Trim(), Source = text.Source } : EmotionItem(text, laneScale, mapScale));
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
                log.Add(Problem.Warning(
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
            // What the person wrote stays on the map as the stage's feeling; the curve shows a gap there rather than an invented value.
            log.Add(Problem.Warning(
                "emotion.no-score",
                $"\"{value}\" has no score; kept as the label. To place it on the curve, write a number on the scale {mapScale}, a word such as Happy or Frustrated, or a face such as 🙂.",
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
