using System.Text.Json.Serialization;
using OfficeJourney.Model;

namespace OfficeJourney.Insights;

/// <summary>
/// A map's funnel and findings as the API and `journey insights --json` give them: stages by index and name, cells as
/// Excel writes them ("Journey!C7"), so that a client can list them and select the cells without knowing the model.
/// The funnel is written as null when there is none, never left out: a client tests one property.
/// </summary>
public sealed record InsightsReport([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] FunnelReport? Funnel, IReadOnlyList<FindingReport> Findings)
{
    public static readonly InsightsReport None = new(null, []);

    public static InsightsReport Of(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var funnel = Funnels.Of(map) is { } found
            ? new FunnelReport(
                found.Label,
                [.. found.Steps.Select(s => new FunnelStepReport(s.Stage, map.Stages[s.Stage].Name, s.Count, s.Conversion, s.DropOff, s.Source?.Display))],
                found.LargestDropOff)
            : null;
        return new InsightsReport(funnel, [.. JourneyInsights.Find(map).Select(i => new FindingReport(i.Kind, i.Message, i.Stages, [.. i.Cells.Select(c => c.Display)]))]);
    }
}

/// <param name="LargestDropOff">The index into <paramref name="Steps"/> of the step with the largest share lost; null when nothing is lost.</param>
public sealed record FunnelReport(string Label, IReadOnlyList<FunnelStepReport> Steps, int? LargestDropOff);

/// <param name="Stage">The stage's index in the map.</param>
/// <param name="Conversion">The share of the previous step's count that reached this one (0..1); null on the first step.</param>
/// <param name="Cell">Where the count is written ("Journey!C12"); null for a map that did not come from a sheet.</param>
public sealed record FunnelStepReport(int Stage, string StageName, double Count, double? Conversion, double? DropOff, string? Cell);

/// <param name="Stages">Indexes into the map's stages.</param>
/// <param name="Cells">The cells the finding rests on, as Excel writes them ("Journey!C7").</param>
public sealed record FindingReport(InsightKind Kind, string Message, IReadOnlyList<int> Stages, IReadOnlyList<string> Cells);
