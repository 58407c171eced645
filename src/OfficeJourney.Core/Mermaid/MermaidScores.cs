using OfficeJourney.Model;

namespace OfficeJourney.Mermaid;

/// <summary>
/// Mermaid's task scores, 1 (worst) to 5 (best), against a map's emotion scale: a map read from Mermaid keeps the
/// scale 1..5 and the scores as written; a map written to Mermaid shows each stage's mean emotion where it sits on
/// its own scale, rounded to a whole score, and 3 (neutral) for a stage without one.
/// </summary>
internal static class MermaidScores
{
    public const double Min = 1;
    public const double Max = 5;
    public const int Neutral = 3;

    public static readonly EmotionScale Scale = new(Min, Max);

    /// <summary>The score Mermaid shows for a stage's emotions, or null when it has none.</summary>
    public static int? Shown(IReadOnlyList<JourneyItem> items, EmotionScale? mapScale)
    {
        var scores = items.Select(i => i.Emotion?.Score).OfType<double>().ToList();
        if (scores.Count == 0 || mapScale is null)
        {
            return null;
        }

        var onMermaid = Scale.FromValence(mapScale.ToValence(scores.Average()));
        return (int)Math.Round(onMermaid, MidpointRounding.AwayFromZero);
    }
}
