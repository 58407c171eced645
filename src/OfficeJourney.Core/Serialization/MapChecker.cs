using System.Globalization;
using OfficeJourney.Interpretation.Options;
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

        // Counted once every list is known to be there; over all the maps, since one deck is made of them all.
        if (problems.Count == 0 && document.Maps.Sum(map => map.Lanes.Sum(l => (long)l.Cells.Sum(c => c.Items.Count))) is var items and > MaxItems)
        {
            problems.Add(Problem.Error("grid.too-large", string.Create(CultureInfo.InvariantCulture, $"{where} has {items:N0} items; OfficeJourney reads at most {MaxItems:N0} items in a document, as many as the largest sheet has cells.")));
        }

        return problems;
    }

    // As for workbooks (InterpretOptions): a map document may not ask for more than a grid could give.
    private const int MaxStages = 200;
    private const int MaxLanes = 500;

    // As many as the largest grid has cells: a deck's cost grows with its items (a million in one cell took 10 s).
    private const int MaxItems = DocumentShape.MaxItems;
    private const double MaxScaleEnd = 1000;

    private static void Check(JourneyMap map, string where, List<Problem> problems)
    {
        if (map is null)
        {
            problems.Add(Problem.Error("document.null", $"{where} is null; a map is an object with a title, stages and lanes."));
            return;
        }

        if (string.IsNullOrWhiteSpace(map.Title))
        {
            problems.Add(Problem.Error("map.no-title", $"{where} has no title."));
        }

        if (map.Stages is null || map.Lanes is null)
        {
            problems.Add(Problem.Error("map.shape", $"{where} needs \"stages\" and \"lanes\" lists."));
            return;
        }

        if (Nulls(map) is { } list)
        {
            problems.Add(Problem.Error("document.null", $"{where}: \"{list}\" holds a null where an entry belongs."));
            return;
        }

        if (map.Stages.Count == 0)
        {
            problems.Add(Problem.Error("stages.no-names", $"{where} has no stages."));
        }

        if (map.Stages.Count > MaxStages || map.Lanes.Count > MaxLanes)
        {
            problems.Add(Problem.Error("grid.too-large", $"{where} has {map.Stages.Count} stages and {map.Lanes.Count} lanes; OfficeJourney reads at most {MaxStages} stages and {MaxLanes} lanes."));
            return;
        }

        if (map.EmotionScale is { } declared && !(double.IsFinite(declared.Min) && double.IsFinite(declared.Max) && declared.Min < declared.Max
            && Math.Abs(declared.Min) <= MaxScaleEnd && Math.Abs(declared.Max) <= MaxScaleEnd))
        {
            problems.Add(Problem.Error("emotion.scale", string.Create(CultureInfo.InvariantCulture, $"{where}: the emotion scale {declared.Min}..{declared.Max} is not a scale: its ends must be numbers from -{MaxScaleEnd} to {MaxScaleEnd}, the first below the second.")));
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
            // In long arithmetic: a first stage and a count near int.MaxValue must not wrap round into range.
            if (phase.FirstStage < 0 || phase.StageCount < 1 || (long)phase.FirstStage + phase.StageCount > map.Stages.Count)
            {
                problems.Add(Problem.Error("phase.out-of-range", $"{where}: the phase \"{phase.Name}\" spans stages that do not exist.", phase.Source));
            }
        }

        // A phase is drawn over its stages: phases that share a stage would be drawn over each other (and 300,000 of them
        // over one stage made a 16 MB document cost 8 s).
        var ordered = map.Phases.OrderBy(p => p.FirstStage).ToList();
        for (var p = 1; p < ordered.Count; p++)
        {
            if ((long)ordered[p - 1].FirstStage + ordered[p - 1].StageCount > ordered[p].FirstStage)
            {
                problems.Add(Problem.Error("phase.overlap", string.Create(CultureInfo.InvariantCulture, $"{where}: the phases \"{ordered[p - 1].Name}\" and \"{ordered[p].Name}\" share stage {ordered[p].FirstStage + 1}; a phase groups stages that belong to no other phase."), ordered[p].Source));
                break;
            }
        }
    }

    /// <summary>The name of the first list that holds a null ("personas", "lanes[2].cells"…), or null when none does.</summary>
    private static string? Nulls(JourneyMap map)
    {
        if (map.Personas.Any(p => p is null || p.Name is null))
        {
            return "personas";
        }

        if (map.Stages.Any(s => s is null || s.Name is null))
        {
            return "stages";
        }

        if (map.Phases.Any(p => p is null || p.Name is null))
        {
            return "phases";
        }

        if (map.Properties.Any(p => p is null || p.Name is null || p.Value is null) || map.Notes.Any(n => n is null || n.Text is null))
        {
            return "properties/notes";
        }

        for (var l = 0; l < map.Lanes.Count; l++)
        {
            var lane = map.Lanes[l];
            if (lane is null || lane.Label is null || lane.Cells is null)
            {
                return "lanes";
            }

            if (lane.Cells.Any(c => c is null || c.Items is null || c.Items.Any(i => i is null || i.Text is null)))
            {
                return string.Create(CultureInfo.InvariantCulture, $"lanes[{l}].cells");
            }
        }

        return map.Personas.Any(p => p.Goals.Any(g => g is null) || p.Motivations.Any(g => g is null) || p.Objections.Any(g => g is null) || p.Fields.Any(f => f is null))
            ? "personas"
            : null;
    }
}
