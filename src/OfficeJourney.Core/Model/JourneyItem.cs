namespace OfficeJourney.Model;

/// <summary>One entry in a lane cell: a line of a multi-line cell, a bullet, a touchpoint.</summary>
public sealed record JourneyItem
{
    public required string Text { get; init; }

    /// <summary>Set on items of an emotion lane.</summary>
    public Emotion? Emotion { get; init; }

    /// <summary>Set on items of a KPI lane.</summary>
    public Kpi? Kpi { get; init; }

    /// <summary>The number an item of a metric lane holds ("12 400" → 12400, "45%" → 45), in the lane's unit.</summary>
    public double? Value { get; init; }

    /// <summary>Set on touchpoints rated for impact, inline ("Store visit (high)") or in an impact lane beside them.</summary>
    public Impact? Impact { get; init; }

    /// <summary>
    /// The zone or channel group a touchpoint belongs to (Online, Owned, Paid…): its lane's label when the sheet
    /// keeps one touchpoint lane per zone, or the zone written beside it.
    /// </summary>
    public string? Zone { get; init; }

    /// <summary>
    /// The channel a touchpoint's icon shows ("web", "store"… the keys of languages/*/channels.json): the first its text
    /// names, else its zone's; none when neither names one. Set when a sheet is read.
    /// </summary>
    public string? Channel { get; init; }

    public SourceRef? Source { get; init; }
}

/// <summary>An emotion as a score on the map's scale, with what the user wrote (a word, an emoji, a number).</summary>
public sealed record Emotion(double Score, string? Label = null);

/// <summary>A KPI as written: "Checkout abandonment 68% (target 40%)".</summary>
public sealed record Kpi(string Name, string? Value = null, string? Target = null);
