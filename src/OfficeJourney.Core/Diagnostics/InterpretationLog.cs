namespace OfficeJourney.Diagnostics;

/// <summary>
/// The problems met interpreting one workbook, each kept once: a table read as one journey per persona meets the
/// problems they share once a journey. Tables with lane labels but no stage names are kept apart, since whether
/// they are an error depends on whether anything else in the workbook is a map.
/// </summary>
internal sealed class InterpretationLog
{
    private readonly List<Problem> problems = [];
    private readonly HashSet<Problem> seen = [];
    private readonly List<Problem> stageless = [];

    public IReadOnlyList<Problem> Problems => problems;

    public bool HasErrors => problems.Exists(p => p.Severity == ProblemSeverity.Error);

    public void Add(Problem problem)
    {
        if (seen.Add(problem))
        {
            problems.Add(problem);
        }
    }

    public void Add(IEnumerable<Problem> found)
    {
        foreach (var problem in found)
        {
            Add(problem);
        }
    }

    /// <summary>Notes a table with lane labels but no stage names; <see cref="StagelessTables"/> gives them back.</summary>
    public void AddStageless(Problem problem) => stageless.Add(problem);

    /// <summary>The tables without stage names, one a sheet: a table is often found from its header row and from a column too.</summary>
    public List<Problem> StagelessTables() => [.. stageless.GroupBy(p => p.Location?.Sheet).Select(g => g.First())];
}
