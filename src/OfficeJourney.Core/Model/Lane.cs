namespace OfficeJourney.Model;

/// <summary>A typed row of the map (or column, in a stages-down sheet) with one cell per stage.</summary>
public sealed record Lane
{
    /// <summary>The label as the user wrote it.</summary>
    public required string Label { get; init; }

    public required LaneKind Kind { get; init; }

    /// <summary>One cell per stage, in stage order.</summary>
    public required IReadOnlyList<LaneCell> Cells { get; init; }

    /// <summary>What a <see cref="LaneKind.Metric"/> lane measures; null on every other lane.</summary>
    public Metric? Metric { get; init; }

    public SourceRef? Source { get; init; }
}

public sealed record LaneCell
{
    public static readonly LaneCell Empty = new() { Items = [] };

    public required IReadOnlyList<JourneyItem> Items { get; init; }
}
