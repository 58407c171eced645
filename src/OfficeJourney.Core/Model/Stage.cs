namespace OfficeJourney.Model;

public sealed record Stage
{
    public required string Name { get; init; }

    public SourceRef? Source { get; init; }
}

/// <summary>A header over several consecutive stages (a merged cell above the stage row).</summary>
public sealed record Phase
{
    public required string Name { get; init; }

    public required int FirstStage { get; init; }

    public required int StageCount { get; init; }

    public SourceRef? Source { get; init; }
}
