using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Excel.Templates;

/// <summary>
/// The example maps behind the templates: every map type, for every industry, in every supported
/// language. The example text comes from languages/{language}/template.json; the map type decides the lanes.
/// </summary>
public static class TemplateCatalog
{
    private static readonly EmotionScale Scale = EmotionScale.Bipolar2;

    public static JourneyMap Create(MapType type, Industry industry, string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!Language.IsSupported(language))
        {
            throw new ArgumentException($"'{language}' is not a supported language ({string.Join(", ", Language.Supported)}).", nameof(language));
        }

        var lang = language.ToLowerInvariant();
        var content = TemplateContent.For(lang);
        var example = content.Industry(industry);
        var figures = TemplateFigures.For(industry);
        var steps = example.Steps;
        var lanes = new LaneBuilder(lang, content, figures, steps);
        var stages = type == MapType.DayInTheLife ? content.DayStages : example.Stages;

        return new JourneyMap
        {
            Title = $"{example.Title} — {JourneyVocabulary.MapTypeName(type, lang)}",
            Type = type,
            Language = lang,
            RightToLeft = Language.IsRightToLeft(lang),
            Personas =
            [
                new Persona
                {
                    Name = example.Persona.Name,
                    Description = example.Persona.Description,
                    Goals = example.Persona.Goals,
                    Objections = example.Persona.Objections,
                },
            ],
            Phases = type == MapType.DayInTheLife
                ? []
                : [.. figures.Phases.Select((span, i) => new Phase { Name = example.Phases[i], FirstStage = span.First, StageCount = span.Count })],
            Stages = [.. stages.Select(name => new Stage { Name = name })],
            Lanes = type switch
            {
                MapType.FutureState =>
                [
                    lanes.List(LaneKind.Touchpoints, s => s.Touchpoints), lanes.Text(LaneKind.Actions, s => s.Action), lanes.Text(LaneKind.Thoughts, s => s.Thought),
                    lanes.Emotions(lift: 1), lanes.Text(LaneKind.Opportunities, s => s.Opportunity), lanes.Kpis(targetsOnly: true), lanes.Text(LaneKind.Owners, s => s.Owner),
                ],
                MapType.DayInTheLife =>
                [
                    lanes.Text(LaneKind.Actions, s => s.Action), lanes.List(LaneKind.Touchpoints, s => s.Touchpoints), lanes.Text(LaneKind.Thoughts, s => s.Thought),
                    lanes.Emotions(lift: 0), lanes.Text(LaneKind.PainPoints, s => s.Pain), lanes.Text(LaneKind.Opportunities, s => s.Opportunity),
                ],
                MapType.ServiceBlueprint =>
                [
                    lanes.Text(LaneKind.Actions, s => s.Action), lanes.List(LaneKind.PhysicalEvidence, s => s.Touchpoints), lanes.Text(LaneKind.Frontstage, s => s.Frontstage),
                    lanes.Text(LaneKind.Backstage, s => s.Backstage), lanes.Text(LaneKind.SupportProcesses, s => s.Support), lanes.Text(LaneKind.PainPoints, s => s.Pain),
                ],
                _ =>
                [
                    lanes.List(LaneKind.Touchpoints, s => s.Touchpoints), lanes.Text(LaneKind.Actions, s => s.Action), lanes.Text(LaneKind.Thoughts, s => s.Thought),
                    lanes.Emotions(lift: 0), lanes.Text(LaneKind.PainPoints, s => s.Pain), lanes.Text(LaneKind.Opportunities, s => s.Opportunity),
                    lanes.Kpis(targetsOnly: false), lanes.Text(LaneKind.Owners, s => s.Owner),
                ],
            },
            EmotionScale = type == MapType.ServiceBlueprint ? null : Scale,
            Properties = [new Field(content.MapTypeKey, JourneyVocabulary.MapTypeName(type, lang))],
        };
    }

    /// <summary>Every combination the catalog offers, for tests and for listing templates.</summary>
    public static IEnumerable<(MapType Type, Industry Industry, string Language)> All() =>
        from type in Enum.GetValues<MapType>()
        from industry in Enum.GetValues<Industry>()
        from language in Language.Supported
        select (type, industry, language);

    private sealed class LaneBuilder(string language, TemplateContent content, TemplateFigures figures, IReadOnlyList<StepContent> steps)
    {
        public Lane Text(LaneKind kind, Func<StepContent, string> text) =>
            Lane(kind, JourneyVocabulary.LaneLabel(kind, language), steps.Select(s => Items(new JourneyItem { Text = text(s) })));

        public Lane List(LaneKind kind, Func<StepContent, IReadOnlyList<string>> items) =>
            Lane(kind, JourneyVocabulary.LaneLabel(kind, language), steps.Select(s => Items([.. items(s).Select(t => new JourneyItem { Text = t })])));

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

        private static LaneCell Items(params JourneyItem[] items) => new() { Items = items };

        private static Lane Lane(LaneKind kind, string label, IEnumerable<LaneCell> cells) =>
            new() { Label = label, Kind = kind, Cells = [.. cells] };
    }
}
