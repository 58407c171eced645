using OfficeJourney.Model;

namespace OfficeJourney.Interpretation;

/// <summary>The maps read from a workbook (or a task-pane read), what each sheet turned out to be, and the problems.</summary>
public sealed record InterpretationResult(
    IReadOnlyList<JourneyMap> Maps,
    IReadOnlyList<SheetReport> Sheets,
    IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>
    /// A map was read and nothing stands in its way (warnings allowed). The interpreter makes errors of structure
    /// only (no stages, a sheet too large to read): what someone wrote in a cell is a warning and never sinks a map.
    /// </summary>
    public bool IsUsable => Maps.Count > 0 && !HasErrors;
}

public enum SheetRole
{
    /// <summary>The sheet holds one or more journey grids.</summary>
    Journey,

    /// <summary>The sheet holds personas only.</summary>
    Personas,

    /// <summary>Nothing on the sheet looked like a journey or a persona.</summary>
    Skipped,
}

public sealed record SheetReport(string Sheet, SheetRole Role, int Maps, string Summary);
