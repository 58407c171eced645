using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Excel.Templates;

/// <summary>
/// The example maps behind the templates: every map type, for every industry, in every supported
/// language. The example text comes from languages/{language}/template.json; the map type decides the lanes.
/// </summary>
public static class TemplateCatalog
{
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
        var lanes = new TemplateLanes(lang, content, figures, steps);
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
            // Every type measures: touchpoints rated and placed in a channel, people per stage (the funnel) and a CX score.
            Lanes = type switch
            {
                MapType.FutureState =>
                [
                    .. lanes.Touchpoints(), lanes.Text(LaneKind.Actions, s => s.Action), lanes.Text(LaneKind.Thoughts, s => s.Thought),
                    lanes.Emotions(lift: 1), lanes.Count(), lanes.Cx(), lanes.Text(LaneKind.Opportunities, s => s.Opportunity), lanes.Kpis(targetsOnly: true),
                    lanes.Text(LaneKind.Owners, s => s.Owner),
                ],
                MapType.DayInTheLife =>
                [
                    lanes.Text(LaneKind.Actions, s => s.Action), .. lanes.Touchpoints(), lanes.Text(LaneKind.Thoughts, s => s.Thought),
                    lanes.Emotions(lift: 0), lanes.Count(), lanes.Cx(), lanes.Text(LaneKind.PainPoints, s => s.Pain), lanes.Text(LaneKind.Opportunities, s => s.Opportunity),
                ],
                MapType.ServiceBlueprint =>
                [
                    .. lanes.Touchpoints(), lanes.Text(LaneKind.Actions, s => s.Action), lanes.List(LaneKind.PhysicalEvidence, s => s.Touchpoints),
                    lanes.Text(LaneKind.Frontstage, s => s.Frontstage), lanes.Text(LaneKind.Backstage, s => s.Backstage), lanes.Text(LaneKind.SupportProcesses, s => s.Support),
                    lanes.Text(LaneKind.PainPoints, s => s.Pain), lanes.Count(), lanes.Cx(),
                ],
                _ =>
                [
                    .. lanes.Touchpoints(), lanes.Text(LaneKind.Actions, s => s.Action), lanes.Text(LaneKind.Thoughts, s => s.Thought),
                    lanes.Emotions(lift: 0), lanes.Count(), lanes.Cx(), lanes.Text(LaneKind.PainPoints, s => s.Pain), lanes.Text(LaneKind.Opportunities, s => s.Opportunity),
                    lanes.Kpis(targetsOnly: false), lanes.Text(LaneKind.Owners, s => s.Owner),
                ],
            },
            EmotionScale = type == MapType.ServiceBlueprint ? null : TemplateLanes.Scale,
            Properties = [new Field(content.MapTypeKey, JourneyVocabulary.MapTypeName(type, lang))],
        };
    }

    /// <summary>Every combination the catalog offers, for tests and for listing templates.</summary>
    public static IEnumerable<(MapType Type, Industry Industry, string Language)> All() =>
        from type in Enum.GetValues<MapType>()
        from industry in Enum.GetValues<Industry>()
        from language in Language.Supported
        select (type, industry, language);
}
