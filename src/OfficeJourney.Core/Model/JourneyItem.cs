namespace OfficeJourney.Model;

/// <summary>One entry in a lane cell: a line of a multi-line cell, a bullet, a touchpoint.</summary>
public sealed record JourneyItem
{
    public required string Text { get; init; }

    /// <summary>Set on items of an emotion lane.</summary>
    public Emotion? Emotion { get; init; }

    /// <summary>Set on items of a KPI lane.</summary>
    public Kpi? Kpi { get; init; }

    public SourceRef? Source { get; init; }
}

/// <summary>An emotion as a score on the map's scale, with what the user wrote (a word, an emoji, a number).</summary>
public sealed record Emotion(double Score, string? Label = null);

/// <summary>A KPI as written: "Checkout abandonment 68% (target 40%)".</summary>
public sealed record Kpi(string Name, string? Value = null, string? Target = null);
