using OfficeJourney.Comparison;
using OfficeJourney.Slides.Charts;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders.Review;

/// <summary>A slide with two emotion curves on one native line chart: then (dashed) and now, or current and future.</summary>
internal static class ThenNowChart
{
    public static bool Applies(MapReview review) => review.Scale is not null && review.Emotions.Count > 0;

    public static void Add(DeckContext context, MapReview review, string title, ReviewLabels labels)
    {
        var scale = review.Scale!;
        var rtl = context.Text.RightToLeft;
        var stages = review.Emotions.Select(e => e.Stage).ToList();
        var then = new ChartSeries(labels.Then, [.. review.Emotions.Select(e => e.Then)], context.Theme.Muted, Dashed: true);
        var now = new ChartSeries(labels.Now, [.. review.Emotions.Select(e => e.Now)], context.Theme.Curve);
        var notes = review.Emotions
            .Select(e => new Paragraph($"{e.Stage}: {labels.Then} {Score(e.Then, scale, rtl)} → {labels.Now} {Score(e.Now, scale, rtl)}"))
            .ToList();

        context.AddSlide(notes, (xml, parts) =>
        {
            context.TitleBar(xml, title, $"{labels.Then} → {labels.Now}");
            var top = DeckContext.ContentTop + Emu.Inches(0.1);
            var box = new Box(DeckContext.Margin, top, DeckContext.ContentWidth, DeckContext.ContentBottom - top - Emu.Inches(0.2));
            var chart = new EmotionChart(stages, [then, now], scale, context.Text, new ChartColors(context.Theme.Curve, context.Theme.Line, context.Theme.Ink));
            xml.Chart("Emotion chart", box, parts.AddChart(chart.Workbook(), chart.Write));
        });
    }

    private static string Score(double? score, Model.EmotionScale scale, bool rtl) => score is { } s ? Format.Score(s, scale, rtl) : "–";
}
