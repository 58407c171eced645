using System.Text.Json.Serialization;
using OfficeJourney.Diagnostics;
using OfficeJourney.Model;

namespace OfficeJourney.Insights;

/// <summary>The rule a finding comes from; findings are grouped by it.</summary>
public enum InsightKind
{
    /// <summary>The step of the funnel where the largest share of people is lost.</summary>
    [JsonStringEnumMemberName("largest-drop-off")]
    LargestDropOff,

    /// <summary>The stage that feels worst, with its pain points.</summary>
    [JsonStringEnumMemberName("lowest-emotion")]
    LowestEmotion,

    /// <summary>A stage with pain points and no opportunity written for them.</summary>
    [JsonStringEnumMemberName("pain-without-opportunity")]
    PainWithoutOpportunity,

    /// <summary>Stages the map measures nothing in, though it measures others.</summary>
    [JsonStringEnumMemberName("missing-kpi")]
    MissingKpi,

    /// <summary>Stages nobody owns, though the map names owners for others.</summary>
    [JsonStringEnumMemberName("missing-owner")]
    MissingOwner,

    /// <summary>Consecutive stages that change channel, device or department where the emotion falls or a pain point sits.</summary>
    [JsonStringEnumMemberName("transition-gap")]
    TransitionGap,

    /// <summary>A metric or KPI on the wrong side of its target.</summary>
    [JsonStringEnumMemberName("off-target")]
    OffTarget,
}

/// <summary>
/// One finding about a map, written out in the map's language, with the stages (indexes into
/// <see cref="JourneyMap.Stages"/>) and the cells it rests on, so that the pane can select them and a reader check them.
/// </summary>
public sealed record Insight(InsightKind Kind, string Message, IReadOnlyList<int> Stages, IReadOnlyList<SourceRef> Cells);
