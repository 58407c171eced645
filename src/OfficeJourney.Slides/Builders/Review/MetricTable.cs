using System.Globalization;
using OfficeJourney.Comparison;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;

namespace OfficeJourney.Slides.Builders.Review;

/// <summary>
/// Every metric of every stage then and now, with the change and, in words and colour, whether it is better or worse:
/// lower is better for effort, bounce rate, abandonment and the metrics whose names say so.
/// </summary>
internal static class MetricTable
{
    public static bool Applies(MapReview review) => review.Metrics.Count > 0;

    public static void Add(DeckContext context, MapReview review, ReviewLabels labels)
    {
        var theme = context.Theme;
        var words = context.Words.Review;
        var rtl = context.Text.RightToLeft;
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var metric in review.Metrics)
        {
            rows.Add(
            [
                new([new Paragraph(metric.Stage, TablePages.CellSize, Bold: true, Color: theme.Ink)], theme.Paper),
                new([new Paragraph(metric.Metric, TablePages.CellSize, Color: theme.Ink)]),
                new([new Paragraph(Number(metric.Then, metric.Unit, false, rtl), TablePages.CellSize, Color: theme.Ink)]),
                new([new Paragraph(Number(metric.Now, metric.Unit, false, rtl), TablePages.CellSize, Bold: true, Color: theme.Ink)]),
                new([new Paragraph(Number(metric.Change, metric.Unit, true, rtl), TablePages.CellSize, Color: theme.Ink)]),
                metric.Better switch
                {
                    true => new([new Paragraph(words.Better, TablePages.CellSize, Bold: true, Color: theme.Opportunity, Prefix: "▲ ")], theme.OpportunityFill),
                    false => new([new Paragraph(words.Worse, TablePages.CellSize, Bold: true, Color: theme.Pain, Prefix: "▼ ")], theme.PainFill),
                    null when metric.Change is 0 => new([new Paragraph(words.Unchanged, TablePages.CellSize, Color: theme.Muted)]),
                    null => new([new Paragraph(string.Empty, TablePages.CellSize)]),
                },
            ]);
        }

        var number = Emu.Inches(1.5);
        TablePages.Add(context, words.MetricsThenNow,
            [Emu.Inches(2.4), DeckContext.ContentWidth - Emu.Inches(2.4) - (4 * number), number, number, number, number],
            [context.Words.Stage, words.Metric, labels.Then, labels.Now, words.Change, context.Words.Status], rows);
    }

    /// <summary>"45%", "48,000", "+5", "−1.5", grouped as the funnel slide and insights group counts; a dash where there is no number; kept left to right in a right-to-left deck.</summary>
    internal static string Number(double? value, string? unit, bool signed, bool rightToLeft)
    {
        if (value is not { } v)
        {
            return "–";
        }

        var text = v.ToString(signed ? "+#,0.##;-#,0.##;0" : "#,0.##", CultureInfo.InvariantCulture) + (unit is null ? string.Empty : unit.StartsWith('/') || unit == "%" ? unit : " " + unit);
        return rightToLeft ? "\u200E" + text + "\u200E" : text;
    }
}
