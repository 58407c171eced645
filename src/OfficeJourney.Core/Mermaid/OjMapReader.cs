using OfficeJourney.Model;

namespace OfficeJourney.Mermaid;

/// <summary>
/// The map a diagram OfficeJourney wrote carries in its <c>%% oj</c> lines (docs/mermaid.md): the stages are the
/// tasks, named exactly by <c>%% oj stage</c> lines; everything else comes from the lines, in order. A line that
/// cannot be read (edited by hand, a stage that is not there) is a warning naming it and is left out.
/// </summary>
internal sealed class OjMapReader(string file, JourneyStatements diagram, MermaidReadOptions options, List<Problem> problems)
{
    private readonly List<Persona> personas = [];
    private readonly List<Field> properties = [];
    private readonly List<Note> notes = [];
    private readonly List<Phase> phases = [];
    private readonly List<(OjLane Lane, List<JourneyItem>[] Cells)> lanes = [];
    private Stage[] stages = [];
    private OjMap? header;
    private bool lanesLeft;

    public JourneyMap Read()
    {
        var tasks = diagram.Tasks;
        stages = [.. tasks.Select(t => new Stage { Name = t.Name })];
        var json = OjLines.Json;
        foreach (var (line, number) in diagram.Oj)
        {
            var where = SourceRef.AtLine(file, number);
            var read = line.Keyword switch
            {
                OjLines.Map => Keep(OjLines.Read(line.Json, json.OjMap), m => header ??= m),
                OjLines.Persona => Keep(OjLines.Read(line.Json, json.Persona), personas.Add),
                OjLines.Property => Keep(OjLines.Read(line.Json, json.Field), properties.Add),
                OjLines.Note => Keep(OjLines.Read(line.Json, json.Note), notes.Add),
                OjLines.Phase => Keep(OjLines.Read(line.Json, json.Phase), p => AddPhase(p, where)),
                OjLines.Stage => Keep(OjLines.Read(line.Json, json.Stage), s => AtStage(line.Stage, where, i => stages[i] = s)),
                OjLines.Lane => Keep(OjLines.Read(line.Json, json.OjLane), l => AddLane(l, where)),
                OjLines.Item => Keep(OjLines.Read(line.Json, json.JourneyItem), i => AddItem(line.Stage, i, where)),
                _ => false,
            };
            if (!read)
            {
                problems.Add(Problem.Warning("mermaid.oj-unreadable", $"This \"%% oj {line.Keyword}\" line is not one OfficeJourney reads (see docs/mermaid.md); it is left out.", where));
            }
        }

        var map = header!;
        return new JourneyMap
        {
            Title = map.Title,
            Type = map.Type,
            RightToLeft = map.RightToLeft,
            Language = map.Language,
            Personas = personas,
            Phases = phases,
            Stages = stages,
            Lanes = [.. lanes.Select(l => new Lane
            {
                Label = l.Lane.Label,
                Kind = l.Lane.Kind,
                Metric = l.Lane.Metric,
                Source = l.Lane.Source,
                Cells = [.. l.Cells.Select(c => c.Count == 0 ? LaneCell.Empty : new LaneCell { Items = c })],
            })],
            EmotionScale = map.EmotionScale,
            Properties = properties,
            Notes = notes,
            Sheet = map.Sheet,
        };
    }

    // The JSON was read into a value (a null text or name is no value): it is used.
    private static bool Keep<T>(T? value, Action<T> use)
        where T : class
    {
        if (value is null)
        {
            return false;
        }

        use(value);
        return true;
    }

    private void AddPhase(Phase phase, SourceRef where)
    {
        if (phase.FirstStage < 0 || phase.StageCount < 1 || (long)phase.FirstStage + phase.StageCount > stages.Length)
        {
            problems.Add(Problem.Warning("mermaid.oj-phase", $"The phase \"{phase.Name}\" spans stages the diagram does not have; it is left out.", where));
            return;
        }

        phases.Add(phase);
    }

    private void AddLane(OjLane lane, SourceRef where)
    {
        if (lanes.Count >= options.MaxLanes)
        {
            if (!lanesLeft)
            {
                lanesLeft = true;
                problems.Add(Problem.Warning("mermaid.too-many-lanes", $"A journey map has at most {options.MaxLanes} lanes; this lane and those after it are left out.", where));
            }

            return;
        }

        var cells = new List<JourneyItem>[stages.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = [];
        }

        lanes.Add((lane, cells));
    }

    private void AddItem(int stage, JourneyItem item, SourceRef where)
    {
        if (lanesLeft && lanes.Count >= options.MaxLanes)
        {
            return;
        }

        if (lanes.Count == 0)
        {
            problems.Add(Problem.Warning("mermaid.oj-item", "This item comes before any \"%% oj lane\" line; it is left out.", where));
            return;
        }

        AtStage(stage, where, i => lanes[^1].Cells[i].Add(item));
    }

    private void AtStage(int stage, SourceRef where, Action<int> use)
    {
        if (stage > stages.Length)
        {
            problems.Add(Problem.Warning("mermaid.oj-stage", $"This line names stage {stage}; the diagram has {stages.Length} tasks. It is left out.", where));
            return;
        }

        use(stage - 1);
    }
}
