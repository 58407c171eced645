using System.Text.Json.Serialization;

namespace OfficeJourney.Model;

/// <summary>What a lane holds. Unrecognised labelled rows are kept as <see cref="Custom"/>.</summary>
public enum LaneKind
{
    [JsonStringEnumMemberName("custom")]
    Custom,
    [JsonStringEnumMemberName("goals")]
    Goals,
    [JsonStringEnumMemberName("touchpoints")]
    Touchpoints,
    [JsonStringEnumMemberName("channels")]
    Channels,
    [JsonStringEnumMemberName("actions")]
    Actions,
    [JsonStringEnumMemberName("thoughts")]
    Thoughts,
    [JsonStringEnumMemberName("emotions")]
    Emotions,
    [JsonStringEnumMemberName("pain-points")]
    PainPoints,
    [JsonStringEnumMemberName("opportunities")]
    Opportunities,
    [JsonStringEnumMemberName("kpis")]
    Kpis,
    [JsonStringEnumMemberName("owners")]
    Owners,
    [JsonStringEnumMemberName("importance")]
    Importance,
    [JsonStringEnumMemberName("frontstage")]
    Frontstage,
    [JsonStringEnumMemberName("backstage")]
    Backstage,
    [JsonStringEnumMemberName("support-processes")]
    SupportProcesses,
    [JsonStringEnumMemberName("physical-evidence")]
    PhysicalEvidence,
    [JsonStringEnumMemberName("people")]
    People,
    [JsonStringEnumMemberName("policies")]
    Policies,
    [JsonStringEnumMemberName("technology")]
    Technology,

    /// <summary>A number per stage under the metric's own name (Visitors, NPS, Bounce rate); see <see cref="Lane.Metric"/>.</summary>
    [JsonStringEnumMemberName("metric")]
    Metric,
}
