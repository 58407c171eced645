using System.Globalization;
using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Serialization;

/// <summary>
/// Checks a map that came as JSON rather than from a grid: the shape the interpreter guarantees
/// (one cell per stage, phases over real stages, emotions on the scale) must hold for it too.
/// </summary>
public static class MapChecker
{
    public static IReadOnlyList<Problem> Check(JourneyDocument document, string? fileName = null)
    {
        var problems = new List<Problem>();
        var where = fileName ?? "the document";
        if (document.Maps.Count == 0)
        {
            problems.Add(Problem.Error("document.no-maps", $"{where} holds no journey map."));
        }

        for (var m = 0; m < document.Maps.Count; m++)
        {
            Check(document.Maps[m], $"{where}, map {m + 1}", problems);
        }

        return problems;
    }

    private static void Check(JourneyMap map, string where, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(map.Title))
        {
            problems.Add(Problem.Error("map.no-title", $"{where} has no title."));
        }

        if (map.Stages.Count == 0)
        {
            problems.Add(Problem.Error("stages.no-names", $"{where} has no stages."));
        }

        foreach (var lane in map.Lanes)
        {
            if (lane.Cells.Count != map.Stages.Count)
            {
                problems.Add(Problem.Error(
                    "lane.cell-count",
                    $"{where}: the lane \"{lane.Label}\" has {lane.Cells.Count} cells for {map.Stages.Count} stages.",
                    lane.Source));
            }

            foreach (var item in lane.Cells.SelectMany(c => c.Items))
            {
                if (item.Emotion is { } emotion && (map.EmotionScale is not { } scale || !scale.Contains(emotion.Score)))
                {
                    problems.Add(Problem.Error(
                        "emotion.out-of-scale",
                        string.Create(CultureInfo.InvariantCulture, $"{where}: the emotion {emotion.Score} is outside the map's scale {map.EmotionScale?.ToString() ?? "(none)"}."),
                        item.Source));
                }
            }
        }

        foreach (var phase in map.Phases)
        {
            if (phase.FirstStage < 0 || phase.StageCount < 1 || phase.FirstStage + phase.StageCount > map.Stages.Count)
            {
                problems.Add(Problem.Error("phase.out-of-range", $"{where}: the phase \"{phase.Name}\" spans stages that do not exist.", phase.Source));
            }
        }
    }
}
