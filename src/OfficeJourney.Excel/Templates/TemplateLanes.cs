using System.Globalization;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Excel.Templates;

/// <summary>
/// Builds a template's lanes from its example text and figures, labelled with the words the interpreter reads back:
/// lane labels from lanes.json, metric names and impact words from metrics.json, channels from channels.json.
/// </summary>
internal sealed class TemplateLanes(string language, TemplateContent content, TemplateFigures figures, IReadOnlyList<StepContent> steps)
{
    public static readonly EmotionScale Scale = EmotionScale.Bipolar2;

    public Lane Text(LaneKind kind, Func<StepContent, string> text) =>
        Lane(kind, JourneyVocabulary.LaneLabel(kind, language), steps.Select(s => Items(new JourneyItem { Text = text(s) })));

    public Lane List(LaneKind kind, Func<StepContent, IReadOnlyList<string>> items) =>
        Lane(kind, JourneyVocabulary.LaneLabel(kind, language), steps.Select(s => Items([.. items(s).Select(t => new JourneyItem { Text = t })])));

    /// <summary>
    /// The touchpoints, each with its impact (the line beside it in the importance lane), its zone (the stage's one
    /// channel) and the channel its icon shows, as reading the sheet gives them, followed by those two lanes.
    /// </summary>
    public IEnumerable<Lane> Touchpoints()
    {
        var channels = figures.Channels.Select(key => ChannelTerms.NameOf(key, ChannelDimension.Channel, language)).ToList();
        var impacts = figures.Impacts.Select(p => new[] { p.First, p.Second }.Select(level => JourneyVocabulary.Impact(level, language)).ToList()).ToList();
        yield return Lane(LaneKind.Touchpoints, JourneyVocabulary.LaneLabel(LaneKind.Touchpoints, language), steps.Select((s, i) =>
            Items([.. s.Touchpoints.Select((t, n) => new JourneyItem { Text = t, Impact = n < impacts[i].Count ? impacts[i][n] : null, Zone = channels[i], Channel = ChannelTerms.ChannelOf(t, channels[i]) })])));
        yield return Lane(LaneKind.Channels, JourneyVocabulary.LaneLabel(LaneKind.Channels, language), channels.Select(c => Items(new JourneyItem { Text = c })));
        yield return Lane(LaneKind.Importance, JourneyVocabulary.LaneLabel(LaneKind.Importance, language), steps.Select((s, i) =>
            Items([.. impacts[i].Take(s.Touchpoints.Count).Select(impact => new JourneyItem { Text = impact.Written })])));
    }

    /// <summary>People reaching each stage, under the language's first word for a count ("Visitors"): the funnel.</summary>
    public Lane Count() =>
        Metric(JourneyVocabulary.MetricLabel(MetricKind.Count, language), new Metric(MetricKind.Count, false), figures.Counts.Select(n => (Text(n), (double)n)));

    /// <summary>The CX score per stage under its name and target ("CSAT (target 80%)"), so that stages below it are findings.</summary>
    public Lane Cx()
    {
        var cx = figures.Cx;
        var label = $"{JourneyVocabulary.MetricLabel(cx.Kind, language)} ({content.TargetWord} {cx.Written(cx.Target)})";
        return Metric(label, new Metric(cx.Kind, cx.Kind == MetricKind.Ces, cx.Unit, cx.Target), cx.Values.Select(v => (cx.Written(v), (double)v)));
    }

    public Lane Emotions(int lift)
    {
        var words = JourneyVocabulary.EmotionWords(language);
        return Lane(
            LaneKind.Emotions,
            $"{JourneyVocabulary.LaneLabel(LaneKind.Emotions, language)} ({Scale})",
            figures.Emotions.Select(valence =>
            {
                var score = Math.Min(valence + lift, 2);
                var word = words[2 - score];
                return Items(new JourneyItem { Text = word, Emotion = new Emotion(score, word) });
            }));
    }

    public Lane Kpis(bool targetsOnly) =>
        Lane(LaneKind.Kpis, JourneyVocabulary.LaneLabel(LaneKind.Kpis, language), steps.Select((s, i) =>
        {
            var (value, target) = figures.Kpis[i];
            var kpi = targetsOnly ? new Kpi(s.Kpi, null, target) : new Kpi(s.Kpi, value, target);
            var text = targetsOnly ? $"{s.Kpi} ({content.TargetWord} {target})" : $"{s.Kpi} {value} ({content.TargetWord} {target})";
            return Items(new JourneyItem { Text = text, Kpi = kpi });
        }));

    private static Lane Metric(string label, Metric metric, IEnumerable<(string Text, double Value)> values) =>
        new() { Label = label, Kind = LaneKind.Metric, Metric = metric, Cells = [.. values.Select(v => Items(new JourneyItem { Text = v.Text, Value = v.Value }))] };

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static LaneCell Items(params JourneyItem[] items) => new() { Items = items };

    private static Lane Lane(LaneKind kind, string label, IEnumerable<LaneCell> cells) =>
        new() { Label = label, Kind = kind, Cells = [.. cells] };
}
