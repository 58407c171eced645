using OfficeJourney.Interpretation;
using OfficeJourney.Model;
using OfficeJourney.Serialization;

namespace OfficeJourney.Mermaid;

/// <summary>
/// Reads a Mermaid <c>journey</c> diagram (a .mmd file, or Markdown with a ```mermaid block) into a journey map:
/// sections are phases, tasks are stages, scores the emotion curve (on 1..5), actors a people lane. A diagram
/// OfficeJourney wrote carries the rest of its map in <c>%% oj</c> lines, which then give the map exactly
/// (docs/mermaid.md). Only structure refuses (no journey, no task, too large); the rest is a warning naming the line.
/// </summary>
public static class MermaidReader
{
    private const int MaxProblemsOfAKind = 100;

    public static InterpretationResult Read(string text, string file, MermaidReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= MermaidReadOptions.Default;
        var problems = new List<Problem>();
        if (text.Length > options.MaxChars)
        {
            return Refused(problems, "mermaid.too-large", $"{file} has {text.Length} characters; a journey diagram is read up to {options.MaxChars}.");
        }

        if (Lines(text, options.MaxLines) is not { } lines)
        {
            return Refused(problems, "mermaid.too-large", $"{file} has more than {options.MaxLines} lines; a journey diagram is read up to that many.");
        }

        if (lines[0].StartsWith('\uFEFF'))
        {
            lines[0] = lines[0][1..];
        }

        var block = JourneyBlock.Find(lines);
        if (block.Journeys == 0)
        {
            var other = block.OtherDiagram is { } kind ? $" Its Mermaid diagram is a \"{kind}\", not a journey." : string.Empty;
            return Refused(problems, "mermaid.no-journey", $"{file} holds no Mermaid journey diagram: a text starting with \"journey\", or Markdown with a ```mermaid block that does.{other}");
        }

        if (block.Journeys > 1)
        {
            problems.Add(Problem.Warning("mermaid.several-journeys", $"{file} holds {block.Journeys} journey diagrams; the first (here) is read and the others are left.", SourceRef.AtLine(file, block.JourneyLine)));
        }

        var statements = new JourneyStatements(file, options, problems);
        statements.Read(block.Lines);
        if (statements.Tasks.Count == 0)
        {
            return Refused(problems, "mermaid.no-tasks", $"The journey diagram in {file} has no task (a line such as \"Make tea: 5: Me\"), so it has no stages.", SourceRef.AtLine(file, block.JourneyLine));
        }

        var map = statements.Oj.Exists(o => o.Line.Keyword == OjLines.Map)
            ? new OjMapReader(file, statements, options, problems).Read()
            : DiagramMap.Of(statements, file);
        map = CleanText.Of(map);
        problems.AddRange(MapChecker.Check(new JourneyDocument { Maps = [map] }, file));
        return new InterpretationResult([map], [], Capped(problems));
    }

    /// <summary>At most <see cref="MaxProblemsOfAKind"/> problems of one code, then one saying how many more there were.</summary>
    private static List<Problem> Capped(List<Problem> problems)
    {
        var kept = new List<Problem>(Math.Min(problems.Count, 1000));
        foreach (var kind in problems.GroupBy(p => p.Code))
        {
            kept.AddRange(kind.Take(MaxProblemsOfAKind));
            if (kind.Count() > MaxProblemsOfAKind)
            {
                kept.Add(Problem.Warning(kind.Key, $"… and {kind.Count() - MaxProblemsOfAKind} more lines with the same problem."));
            }
        }

        return kept;
    }

    private static InterpretationResult Refused(List<Problem> problems, string code, string message, SourceRef? where = null)
    {
        problems.Add(Problem.Error(code, message, where));
        return new InterpretationResult([], [], problems);
    }

    /// <summary>The text's lines (\n, \r\n or \r), or null past <paramref name="max"/>: counted before any is copied.</summary>
    private static List<string>? Lines(string text, int max)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == '\n' && ++count > max)
            {
                return null;
            }
        }

        var lines = new List<string>(count);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
                if (lines.Count >= max)
                {
                    return null;
                }
            }
        }

        lines.Add(text[start..]);
        return lines;
    }
}
