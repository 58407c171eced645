namespace OfficeJourney.Mermaid;

/// <summary>
/// How much Mermaid text one read takes. As for grids (<c>InterpretOptions</c>) and workbooks
/// (<c>WorkbookReadOptions</c>): every loop is bounded by these, so a read costs at most what its input's size allows.
/// </summary>
public sealed record MermaidReadOptions
{
    public static readonly MermaidReadOptions Default = new();

    /// <summary>Characters of text read at all (a map of 200 stages with long lanes written out is far below).</summary>
    public int MaxChars { get; init; } = 8 * 1024 * 1024;

    /// <summary>Lines of text read at all, Markdown around the diagram included.</summary>
    public int MaxLines { get; init; } = 200_000;

    /// <summary>Tasks read as stages: as many stages as a grid may have.</summary>
    public int MaxTasks { get; init; } = 200;

    /// <summary>Lanes read from <c>%% oj lane</c> lines: as many as a grid may have.</summary>
    public int MaxLanes { get; init; } = 500;

    /// <summary>Characters of one name or text (a task, a section, a title, an actor); longer text is cut with a warning.</summary>
    public int MaxTextChars { get; init; } = 32_767;
}
