namespace OfficeJourney.Insights;

/// <summary>One stage of a funnel: how many reached it and, from the previous step, the share that went on and the share lost.</summary>
/// <param name="Stage">The stage's index in the map.</param>
/// <param name="Conversion">The share (0..1 and beyond when a stage gains people) of the previous step's count; null on the first step.</param>
/// <param name="DropOff">1 − <paramref name="Conversion"/>; null on the first step.</param>
public sealed record FunnelStep(int Stage, double Count, double? Conversion, double? DropOff, Diagnostics.SourceRef? Source);

/// <summary>The counts of a map's stages in order (visitors, leads, customers…), with the largest drop-off named.</summary>
/// <param name="Label">What is counted: the metric lane's label, or the KPI names joined ("Visitors → Leads → Customers").</param>
/// <param name="LargestDropOff">The index into <paramref name="Steps"/> of the step reached with the largest share lost; null when nothing is lost.</param>
public sealed record Funnel(string Label, IReadOnlyList<FunnelStep> Steps, int? LargestDropOff);
