using System.Text.Json.Serialization;

namespace OfficeJourney.Model;

/// <summary>What a metric lane measures, as the field names it; the kind decides how its numbers are read and compared.</summary>
public enum MetricKind
{
    /// <summary>People reaching the stage (visitors, leads, trials, customers): the funnel's steps.</summary>
    [JsonStringEnumMemberName("count")]
    Count,

    /// <summary>Net Promoter Score, −100..100.</summary>
    [JsonStringEnumMemberName("nps")]
    Nps,

    /// <summary>Customer satisfaction, 1–5 or a percentage.</summary>
    [JsonStringEnumMemberName("csat")]
    Csat,

    /// <summary>Customer effort score, 1–7; lower is better.</summary>
    [JsonStringEnumMemberName("ces")]
    Ces,

    [JsonStringEnumMemberName("scroll-depth")]
    ScrollDepth,

    [JsonStringEnumMemberName("click-through")]
    ClickThrough,

    [JsonStringEnumMemberName("bounce-rate")]
    BounceRate,

    [JsonStringEnumMemberName("conversion-rate")]
    ConversionRate,

    [JsonStringEnumMemberName("abandonment")]
    Abandonment,

    /// <summary>Any other measure written as a number per stage (time on page, cost per lead…).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}

/// <summary>
/// What a metric lane measures: its kind, whether less is better (bounce rate, effort, abandonment), the unit its
/// numbers are in ("%", "s"), and the target when the label states one ("NPS (target 40)").
/// </summary>
public sealed record Metric(MetricKind Kind, bool LessIsBetter, string? Unit = null, double? Target = null);

/// <summary>
/// How much a touchpoint matters, as written ("high", "4/5", "★★★") and as a share of the scale's top
/// (0..1), so that ratings on different scales sort together.
/// </summary>
public sealed record Impact(double Score, string Written);
