using System.Globalization;

namespace OfficeJourney.Mermaid;

/// <summary>A task line: its name, its score when it has a valid one, its actors, and where it is.</summary>
internal sealed record MermaidTask(string Name, double? Score, string? WrittenScore, IReadOnlyList<string> Actors, int Line, int Section);

/// <summary>A <c>section</c> line and where it is.</summary>
internal sealed record MermaidSection(string Name, int Line);

/// <summary>
/// The statements of a journey diagram as Mermaid's grammar (journey.jison) has them: <c>title</c>, <c>accTitle:</c>,
/// <c>accDescr:</c> and <c>accDescr { … }</c>, <c>section</c>, tasks <c>Name: score: Actor, Actor</c>, and <c>%%</c>
/// comments, of which the <c>%% oj</c> lines are kept. What does not fit is a warning naming the line.
/// </summary>
internal sealed class JourneyStatements(string file, MermaidReadOptions options, List<Problem> problems)
{
    public string? Title { get; private set; }

    public string? AccTitle { get; private set; }

    public string? AccDescription { get; private set; }

    public List<MermaidSection> Sections { get; } = [];

    public List<MermaidTask> Tasks { get; } = [];

    public List<(OjLine Line, int Number)> Oj { get; } = [];

    public void Read(IReadOnlyList<NumberedLine> lines)
    {
        var tasksLeft = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (number, text) = lines[i];
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith("%%", StringComparison.Ordinal))
            {
                if (OjLines.Parse(trimmed) is { } oj)
                {
                    Oj.Add((oj, number));
                }

                continue;
            }

            if (Keyword(trimmed, "title") is { } title)
            {
                Title = Cut(MermaidText.BeforeComment(title).Trim(), number);
            }
            else if (Labelled(trimmed, "accTitle", ':') is { } accTitle)
            {
                AccTitle = Cut(accTitle.Trim(), number);
            }
            else if (Labelled(trimmed, "accDescr", ':') is { } accDescr)
            {
                AccDescription = Cut(accDescr.Trim(), number);
            }
            else if (Labelled(trimmed, "accDescr", '{') is { } opened)
            {
                i = ReadDescription(lines, i, opened);
            }
            else if (Keyword(trimmed, "section") is { } section)
            {
                Sections.Add(new MermaidSection(Cut(MermaidText.BeforeComment(section).Trim(), number), number));
            }
            else if (Tasks.Count < options.MaxTasks)
            {
                if (Task(trimmed, number) is { } task)
                {
                    Tasks.Add(task);
                }
            }
            else if (!tasksLeft)
            {
                tasksLeft = true;
                problems.Add(Problem.Warning("mermaid.too-many-tasks", $"A journey map has at most {options.MaxTasks} stages; this task and those after it are left out.", SourceRef.AtLine(file, number)));
            }
        }
    }

    // A line with nothing before its colon is not a task in Mermaid's grammar either: there is no stage to name.
    private MermaidTask? Task(string line, int number)
    {
        var where = SourceRef.AtLine(file, number);
        var text = MermaidText.BeforeComment(line);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = Cut((colon < 0 ? text : text[..colon]).Trim(), number);
        if (name.Length == 0)
        {
            problems.Add(Problem.Warning("mermaid.task-without-name", "This task line has no name before its colon (write \"Make tea: 5: Me\"); the line is left out.", where));
            return null;
        }

        if (colon < 0)
        {
            problems.Add(Problem.Warning("mermaid.no-score", $"The task \"{name}\" has no score (write \"{name}: 3: Actor\"); it is read as a stage without an emotion.", where));
            return new MermaidTask(name, null, null, [], number, Sections.Count);
        }

        var data = text[(colon + 1)..].Split(':', 2);
        var written = data[0].Trim();
        var actors = data.Length > 1
            ? data[1].Split(',').Select(a => Cut(a.Trim(), number)).Where(a => a.Length > 0).ToList()
            : [];
        if (!double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score))
        {
            problems.Add(Problem.Warning("mermaid.score-not-a-number", $"The score \"{written}\" of \"{name}\" is not a number from 1 to 5; the stage is read without an emotion.", where));
            return new MermaidTask(name, null, null, actors, number, Sections.Count);
        }

        if (score is < MermaidScores.Min or > MermaidScores.Max)
        {
            var clamped = Math.Clamp(score, MermaidScores.Min, MermaidScores.Max);
            problems.Add(Problem.Warning("mermaid.score-out-of-range", string.Create(CultureInfo.InvariantCulture, $"The score {written} of \"{name}\" is outside Mermaid's 1 to 5; it is read as {clamped}."), where));
            score = clamped;
        }

        return new MermaidTask(name, score, written, actors, number, Sections.Count);
    }

    // accDescr { … } runs to the closing brace, on the same line or a later one.
    private int ReadDescription(IReadOnlyList<NumberedLine> lines, int start, string opened)
    {
        var parts = new List<string>();
        var current = opened;
        var i = start;
        while (true)
        {
            var close = current.IndexOf('}', StringComparison.Ordinal);
            parts.Add((close < 0 ? current : current[..close]).Trim());
            if (close >= 0 || i + 1 >= lines.Count)
            {
                break;
            }

            current = lines[++i].Text;
        }

        AccDescription = Cut(string.Join("\n", parts.Where(p => p.Length > 0)), lines[start].Number);
        return i;
    }

    private string Cut(string text, int number)
    {
        if (text.Length <= options.MaxTextChars)
        {
            return text;
        }

        problems.Add(Problem.Warning("mermaid.text-too-long", $"A text of {text.Length} characters is cut to {options.MaxTextChars}.", SourceRef.AtLine(file, number)));
        return text[..options.MaxTextChars];
    }

    // "title My day": the keyword, then white space (Mermaid's "title"\s), case as written.
    private static string? Keyword(string trimmed, string keyword) =>
        trimmed.Length > keyword.Length && trimmed.StartsWith(keyword, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(trimmed[keyword.Length])
            ? trimmed[(keyword.Length + 1)..]
            : null;

    // "accTitle: text" or "accDescr {": the keyword, optional white space, then the mark.
    private static string? Labelled(string trimmed, string keyword, char mark)
    {
        if (!trimmed.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = trimmed.AsSpan(keyword.Length).TrimStart();
        return rest.Length > 0 && rest[0] == mark ? rest[1..].ToString() : null;
    }
}
