using System.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Mermaid;

/// <summary>
/// The map a journey diagram shows by itself: its title, sections as phases, tasks as stages, the scores as an
/// emotion lane on Mermaid's scale 1..5, the actors as a people lane; accTitle and accDescr are kept as a property
/// and a note.
/// </summary>
internal static class DiagramMap
{
    private const int LanguageSample = 4000;

    public static JourneyMap Of(JourneyStatements diagram, string file)
    {
        var tasks = diagram.Tasks;
        var title = diagram.Title is { Length: > 0 } written ? written : Path.GetFileNameWithoutExtension(file) is { Length: > 0 } name ? name : "Journey";
        var language = Language.Detect(Sample(title, tasks));
        var words = language ?? Language.English;
        var lanes = new List<Lane>();
        if (tasks.Any(t => t.Score is not null))
        {
            lanes.Add(Lane(JourneyVocabulary.LaneLabel(LaneKind.Emotions, words), LaneKind.Emotions, tasks, file, t =>
                t.Score is { } score ? [new JourneyItem { Text = t.WrittenScore!, Emotion = new Emotion(score) }] : []));
        }

        if (tasks.Any(t => t.Actors.Count > 0))
        {
            lanes.Add(Lane(JourneyVocabulary.LaneLabel(LaneKind.People, words), LaneKind.People, tasks, file, t =>
                [.. t.Actors.Select(a => new JourneyItem { Text = a })]));
        }

        return new JourneyMap
        {
            Title = title,
            Type = Lexicon.MapTypeWithin(title) ?? MapType.CurrentState,
            RightToLeft = language is not null && Language.IsRightToLeft(language),
            Language = language,
            Phases = Phases(diagram, file),
            Stages = [.. tasks.Select(t => new Stage { Name = t.Name, Source = SourceRef.AtLine(file, t.Line) })],
            Lanes = lanes,
            EmotionScale = lanes.Exists(l => l.Kind == LaneKind.Emotions) ? MermaidScores.Scale : null,
            Properties = diagram.AccTitle is { Length: > 0 } accTitle ? [new Field("accTitle", accTitle)] : [],
            Notes = diagram.AccDescription is { Length: > 0 } accDescr ? [new Note(accDescr, null)] : [],
        };
    }

    private static Lane Lane(string label, LaneKind kind, List<MermaidTask> tasks, string file, Func<MermaidTask, List<JourneyItem>> items) => new()
    {
        Label = label,
        Kind = kind,
        Cells = [.. tasks.Select(t => items(t) is { Count: > 0 } list
            ? new LaneCell { Items = [.. list.Select(i => i with { Source = SourceRef.AtLine(file, t.Line) })] }
            : LaneCell.Empty)],
    };

    // A section is a phase over the tasks under it; tasks before the first section are in none.
    private static List<Phase> Phases(JourneyStatements diagram, string file)
    {
        var phases = new List<Phase>();
        var tasks = diagram.Tasks;
        for (var first = 0; first < tasks.Count;)
        {
            var section = tasks[first].Section;
            var count = 1;
            while (first + count < tasks.Count && tasks[first + count].Section == section)
            {
                count++;
            }

            if (section > 0)
            {
                var written = diagram.Sections[section - 1];
                phases.Add(new Phase { Name = written.Name, FirstStage = first, StageCount = count, Source = SourceRef.AtLine(file, written.Line) });
            }

            first += count;
        }

        return phases;
    }

    private static string Sample(string title, List<MermaidTask> tasks)
    {
        var sample = new StringBuilder(title);
        foreach (var task in tasks)
        {
            if (sample.Length >= LanguageSample)
            {
                break;
            }

            sample.Append('\n').Append(task.Name);
        }

        return sample.ToString();
    }
}
