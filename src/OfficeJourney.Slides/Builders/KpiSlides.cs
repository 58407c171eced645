using System.Globalization;
using System.Text.RegularExpressions;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>KPIs per stage: name, value, target, and whether the value meets the target.</summary>
internal sealed partial class KpiSlides : ISlideKind
{
    // KPIs where less is better ("abandonment", "days to…"), in every written language: a map's KPI names are often in
    // another language than its own (English in a Thai map).
    private static readonly string[] LowerIsBetter = [.. Language.Written.All.SelectMany(l => l.LessIsBetter).Select(word => word.ToLowerInvariant())];

    public string Name => "kpis";

    public DeckSlides Slide => DeckSlides.Kpis;

    public bool Applies(JourneyMap map) => map.Lanes.Any(l => l.Kind == LaneKind.Kpis && l.Cells.Any(c => c.Items.Count > 0));

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var theme = context.Theme;
        var rows = new List<IReadOnlyList<TableCell>>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var item in map.Lanes.Where(l => l.Kind == LaneKind.Kpis).SelectMany(l => l.Cells[s].Items))
            {
                var kpi = item.Kpi ?? new Kpi(item.Text);
                var status = Status(kpi);
                rows.Add(
                [
                    new([new Paragraph(map.Stages[s].Name, TablePages.CellSize, Bold: true, Color: theme.Ink)], theme.Paper),
                    new([new Paragraph(kpi.Name, TablePages.CellSize, Color: theme.Ink)]),
                    new([new Paragraph(kpi.Value ?? string.Empty, TablePages.CellSize, Bold: true, Color: theme.Ink)]),
                    new([new Paragraph(kpi.Target ?? string.Empty, TablePages.CellSize, Color: theme.Ink)]),
                    status switch
                    {
                        true => new([new Paragraph(context.Words.OnTarget, TablePages.CellSize, Bold: true, Color: theme.Opportunity, Prefix: "✔ ")], theme.OpportunityFill),
                        false => new([new Paragraph(context.Words.OffTarget, TablePages.CellSize, Bold: true, Color: theme.Pain, Prefix: "✖ ")], theme.PainFill),
                        null => new([new Paragraph(string.Empty, TablePages.CellSize)]),
                    },
                ]);
            }
        }

        var w = context.Words;
        TablePages.Add(context, context.Words.Kpis,
            [Emu.Inches(2.4), Emu.Inches(4.4), Emu.Inches(1.7), Emu.Inches(1.7), DeckContext.ContentWidth - Emu.Inches(10.2)],
            [w.Stage, w.Kpi, w.Value, w.Target, w.Status], rows);
    }

    /// <summary>True when the value meets the target, false when not, null when either is not a number.</summary>
    internal static bool? Status(Kpi kpi)
    {
        if (Number(kpi.Value) is not { } value || Number(kpi.Target) is not { } target)
        {
            return null;
        }

        var name = kpi.Name.ToLowerInvariant();
        return LowerIsBetter.Any(word => name.Contains(word, StringComparison.Ordinal)) ? value <= target : value >= target;
    }

    private static double? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Any script's digits (Persian ۴۵, Thai ๔๕) as ASCII ones; the Arabic decimal separator as a point.
        var ascii = new string([.. text.Select(c => c switch
        {
            '\u066B' => '.',
            _ when char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
            _ => c,
        })]);
        var match = FirstNumber().Match(ascii);
        return match.Success && double.TryParse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    [GeneratedRegex(@"-?\d[\d,]*(?:\.\d+)?")]
    private static partial Regex FirstNumber();
}
