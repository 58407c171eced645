namespace OfficeJourney.Mermaid;

/// <summary>A line of the diagram with its number in the file (1-based).</summary>
internal readonly record struct NumberedLine(int Number, string Text);

/// <summary>
/// Finds the journey diagram in a text: the whole text when its first statement is <c>journey</c> (a .mmd file, front
/// matter and comments before it allowed), else the first fenced <c>```mermaid</c> block of Markdown whose diagram is a
/// journey. Lines keep their numbers in the file, so that problems name them.
/// </summary>
internal sealed class JourneyBlock
{
    // Mermaid's other diagrams, named when a .mmd file holds one of them instead of a journey.
    private static readonly string[] OtherDiagrams =
    [
        "flowchart", "graph", "sequenceDiagram", "classDiagram", "stateDiagram", "stateDiagram-v2", "erDiagram", "gantt", "pie",
        "mindmap", "timeline", "gitGraph", "quadrantChart", "requirementDiagram", "C4Context", "sankey-beta", "xychart-beta",
        "block-beta", "kanban", "architecture-beta", "packet-beta",
    ];

    private JourneyBlock(IReadOnlyList<NumberedLine> lines, int journeys, string? otherDiagram)
    {
        Lines = lines;
        Journeys = journeys;
        OtherDiagram = otherDiagram;
    }

    /// <summary>The diagram's lines after its <c>journey</c> line; empty when there is no journey.</summary>
    public IReadOnlyList<NumberedLine> Lines { get; }

    /// <summary>Journey diagrams in the text: more than one means the others were left.</summary>
    public int Journeys { get; }

    /// <summary>The first word of the first Mermaid diagram that is no journey (flowchart…), to name it when none is.</summary>
    public string? OtherDiagram { get; }

    /// <summary>Where the <c>journey</c> line was (1-based), or 0.</summary>
    public int JourneyLine { get; private init; }

    public static JourneyBlock Find(IReadOnlyList<string> lines)
    {
        string? other = null;
        if (DiagramStart(lines, 0, lines.Count) is { } start)
        {
            if (IsJourney(lines[start]))
            {
                return new JourneyBlock(Numbered(lines, start + 1, lines.Count), 1, null) { JourneyLine = start + 1 };
            }

            other = Array.Find(OtherDiagrams, d => d.Equals(FirstWord(lines[start]), StringComparison.OrdinalIgnoreCase));
        }

        List<NumberedLine>? first = null;
        var journeyLine = 0;
        var journeys = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (OpeningFence(lines[i]) is not { } fence)
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && !Closes(lines[end], fence))
            {
                end++;
            }

            if (DiagramStart(lines, i + 1, end) is { } s)
            {
                if (IsJourney(lines[s]))
                {
                    journeys++;
                    if (first is null)
                    {
                        first = Numbered(lines, s + 1, end);
                        journeyLine = s + 1;
                    }
                }
                else
                {
                    other ??= FirstWord(lines[s]);
                }
            }

            i = end;
        }

        return new JourneyBlock(first ?? [], journeys, other) { JourneyLine = journeyLine };
    }

    private static List<NumberedLine> Numbered(IReadOnlyList<string> lines, int from, int to)
    {
        var list = new List<NumberedLine>(to - from);
        for (var i = from; i < to; i++)
        {
            list.Add(new NumberedLine(i + 1, lines[i]));
        }

        return list;
    }

    // The first statement: blank lines, %% comments, directives and a front matter block (--- … ---) come before it.
    private static int? DiagramStart(IReadOnlyList<string> lines, int from, int to)
    {
        var i = from;
        while (i < to && lines[i].Trim().Length == 0)
        {
            i++;
        }

        if (i < to && lines[i].Trim() == "---")
        {
            i++;
            while (i < to && lines[i].Trim() != "---")
            {
                i++;
            }

            i++;
        }

        for (; i < to; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith("%%", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsJourney(string line) => FirstWord(line).Equals("journey", StringComparison.OrdinalIgnoreCase);

    private static string FirstWord(string line)
    {
        var trimmed = line.AsSpan().Trim();
        var end = trimmed.IndexOfAny(' ', '\t', ';');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }

    /// <summary>A Markdown code fence opening a mermaid block (``` or ~~~, at most three spaces in), as its marker.</summary>
    private static string? OpeningFence(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        var rest = line.AsSpan(indent);
        if (indent > 3 || rest.Length < 3 || (rest[0] != '`' && rest[0] != '~'))
        {
            return null;
        }

        var length = 0;
        while (length < rest.Length && rest[length] == rest[0])
        {
            length++;
        }

        var info = rest[length..].Trim();
        return length >= 3 && (info.Equals("mermaid", StringComparison.OrdinalIgnoreCase) || info.StartsWith("mermaid ", StringComparison.OrdinalIgnoreCase))
            ? rest[..length].ToString()
            : null;
    }

    private static bool Closes(string line, string fence)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3)
        {
            return false;
        }

        trimmed = trimmed.TrimEnd();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }
}
