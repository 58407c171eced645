using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders;

/// <summary>The emotion curve of the overview: a point per stage with a score, centred over its stage column, each labelled.</summary>
internal static class OverviewCurve
{
    private const double LabelSize = 10;

    public static void Draw(SlideXml xml, DeckContext context, IReadOnlyList<int> stages, Func<int, long> centre, long top, long height)
    {
        var map = context.Map;
        var scale = map.EmotionScale!;
        var theme = context.Theme;
        var pad = Emu.Inches(0.18);
        var labelHeight = TextFit.TallestLine(LabelSize) + Emu.Points(1); // a Thai label's marks stand above and below the line
        var points = new List<(long X, long Y, int Index, double Score)>();
        for (var i = 0; i < stages.Count; i++)
        {
            if (Format.StageEmotion(map, stages[i]) is { } score)
            {
                var y = top + pad + (long)((1 - ((scale.ToValence(score) + 1) / 2)) * (height - (2 * pad) - labelHeight));
                points.Add((centre(i), y, i, score));
            }
        }

        xml.Shape("Emotion baseline", "rect", new Box(DeckContext.Margin, top + ((height - labelHeight) / 2), DeckContext.ContentWidth, Emu.Points(0.75)), theme.Line, null);
        if (points.Count > 1)
        {
            xml.Polyline("Emotion curve", [.. points.Select(p => (p.X, p.Y))], theme.Curve, 2.5);
        }

        var dot = Emu.Inches(0.16);
        var labelWidth = Math.Min(Emu.Inches(1.8), (DeckContext.ContentWidth - OverviewRows.LabelWidth) / Math.Max(1, stages.Count));
        foreach (var (x, y, index, score) in points)
        {
            var valence = scale.ToValence(score);
            var color = valence > 0.3 ? theme.Opportunity : valence < -0.3 ? theme.Pain : theme.Curve;
            xml.Shape("Emotion " + map.Stages[stages[index]].Name, "ellipse", new Box(x - (dot / 2), y - (dot / 2), dot, dot), color, "FFFFFF", lineWidthPoints: 1.5);
            // One line under the point, the word cut before the score is: the whole word is on the emotion slide and in the notes.
            var shown = Format.Score(score, scale, context.Text.RightToLeft);
            var label = Format.StageEmotionLabel(map, stages[index]) is { } word && !word.Equals(Format.Score(score, scale, false), StringComparison.Ordinal)
                ? $"{TextFit.Fitted(word, labelWidth - Emu.Points(LabelSize * 0.7 * (shown.Length + 3)), LabelSize, 1)} ({shown})"
                : shown;
            xml.Shape("Emotion label", "rect", new Box(x - (labelWidth / 2), y + (dot / 2), labelWidth, labelHeight), null, null,
                [new Paragraph(label, LabelSize, Color: theme.Muted, Align: Align.Center)], textBox: true, insetPoints: 0);
        }
    }
}
