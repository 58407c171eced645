using System.Globalization;
using System.Text;
using OfficeJourney.Model;

namespace OfficeJourney.Mermaid;

/// <summary>
/// Writes a journey map as a Mermaid <c>journey</c> diagram: the title, a section per phase (stages outside any phase
/// under the map's title), a task per stage scored 1..5 from its emotions (3 without one, with a comment saying so),
/// and as actors the stage's people lane, else the personas. Everything else (every lane, exact scores, personas,
/// notes, exact names) is written in <c>%% oj</c> comment lines that <see cref="MermaidReader"/> reads back, so map →
/// Mermaid → map gives the same map (docs/mermaid.md).
/// </summary>
public static class MermaidWriter
{
    private const string Section = "  ";
    private const string Task = "    ";

    public static string Write(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var json = OjLines.Json;
        var text = new StringBuilder();
        text.Append("journey\n");
        text.Append(Section).Append("title ").Append(MermaidText.Visible(map.Title, colonAllowed: true)).Append('\n');
        Line(text, Section, OjLines.Line(OjLines.Map, new OjMap(map.Title, map.Type, map.RightToLeft, map.Language, map.EmotionScale, map.Sheet), json.OjMap));
        foreach (var persona in map.Personas)
        {
            Line(text, Section, OjLines.Line(OjLines.Persona, persona, json.Persona));
        }

        foreach (var property in map.Properties)
        {
            Line(text, Section, OjLines.Line(OjLines.Property, property, json.Field));
        }

        foreach (var note in map.Notes)
        {
            Line(text, Section, OjLines.Line(OjLines.Note, note, json.Note));
        }

        foreach (var phase in map.Phases)
        {
            Line(text, Section, OjLines.Line(OjLines.Phase, phase, json.Phase));
        }

        foreach (var lane in map.Lanes)
        {
            Line(text, Section, OjLines.Line(OjLines.Lane, new OjLane(lane.Label, lane.Kind, lane.Metric, lane.Source), json.OjLane));
            for (var s = 0; s < lane.Cells.Count; s++)
            {
                foreach (var item in lane.Cells[s].Items)
                {
                    Line(text, Section, OjLines.Line(OjLines.Item, s, item, json.JourneyItem));
                }
            }
        }

        WriteTasks(text, map);
        return text.ToString();
    }

    /// <summary>Several maps as Markdown, a heading and a ```mermaid block each (reading it back takes the first).</summary>
    public static string WriteMarkdown(IReadOnlyList<JourneyMap> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var text = new StringBuilder();
        foreach (var map in maps)
        {
            text.Append("## ").Append(MermaidText.Visible(map.Title, colonAllowed: true)).Append("\n\n```mermaid\n").Append(Write(map)).Append("```\n\n");
        }

        return text.ToString();
    }

    private static void WriteTasks(StringBuilder text, JourneyMap map)
    {
        var emotions = map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.Emotions);
        var people = map.Lanes.FirstOrDefault(l => l.Kind == LaneKind.People);
        var personas = string.Join(", ", map.Personas.Select(p => MermaidText.Visible(p.Name, inList: true)));
        Phase? current = null;
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var phase = map.Phases.FirstOrDefault(p => s >= p.FirstStage && s - p.FirstStage < p.StageCount);
            if (s == 0 || !ReferenceEquals(phase, current))
            {
                text.Append(Section).Append("section ").Append(MermaidText.Visible(phase?.Name ?? map.Title)).Append('\n');
                current = phase;
            }

            var stage = map.Stages[s];
            var name = MermaidText.Visible(stage.Name);
            if (name != stage.Name || stage.Source is not null)
            {
                Line(text, Task, OjLines.Line(OjLines.Stage, s, stage, OjLines.Json.Stage));
            }

            var shown = emotions is null || s >= emotions.Cells.Count ? null : MermaidScores.Shown(emotions.Cells[s].Items, map.EmotionScale);
            if (shown is null)
            {
                Line(text, Task, "%% no emotion at this stage: 3 is shown");
            }

            var actors = people is not null && s < people.Cells.Count && people.Cells[s].Items.Count > 0
                ? string.Join(", ", people.Cells[s].Items.Select(i => MermaidText.Visible(i.Text, inList: true)))
                : personas;
            text.Append(Task).Append(name).Append(": ").Append((shown ?? MermaidScores.Neutral).ToString(CultureInfo.InvariantCulture));
            if (actors.Length > 0)
            {
                text.Append(": ").Append(actors);
            }

            text.Append('\n');
        }
    }

    private static void Line(StringBuilder text, string indent, string line) => text.Append(indent).Append(line).Append('\n');
}
