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

    /// <summary>
    /// One row per KPI. The value, target and status columns are drawn only when some KPI has one: a sheet that lists
    /// KPI names alone gets a table of stages and names, not three empty columns.
    /// </summary>
    public void Add(DeckContext context)
    {
        var map = context.Map;
        var theme = context.Theme;
        var words = context.Words;
        var kpis = new List<(string Stage, Kpi Kpi, bool? Status)>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var item in map.Lanes.Where(l => l.Kind == LaneKind.Kpis).SelectMany(l => l.Cells[s].Items))
            {
                var kpi = item.Kpi ?? new Kpi(item.Text);
                kpis.Add((map.Stages[s].Name, kpi, Status(kpi)));
            }
        }

        var columns = new List<(string Header, long Width, Func<(string Stage, Kpi Kpi, bool? Status), TableCell> Cell)>
        {
            (words.Stage, Emu.Inches(2.4), k => new([new Paragraph(k.Stage, TablePages.CellSize, Bold: true, Color: theme.Ink)], theme.Paper)),
        };
        if (kpis.Any(k => !string.IsNullOrEmpty(k.Kpi.Value)))
        {
            columns.Add((words.Value, Emu.Inches(1.7), k => new([new Paragraph(k.Kpi.Value ?? string.Empty, TablePages.CellSize, Bold: true, Color: theme.Ink)])));
        }

        if (kpis.Any(k => !string.IsNullOrEmpty(k.Kpi.Target)))
        {
            columns.Add((words.Target, Emu.Inches(1.7), k => new([new Paragraph(k.Kpi.Target ?? string.Empty, TablePages.CellSize, Color: theme.Ink)])));
        }

        if (kpis.Any(k => k.Status is not null))
        {
            columns.Add((words.Status, DeckContext.ContentWidth - Emu.Inches(10.2), k => k.Status switch
            {
                true => new([new Paragraph(words.OnTarget, TablePages.CellSize, Bold: true, Color: theme.Opportunity, Prefix: "✔ ")], theme.OpportunityFill),
                false => new([new Paragraph(words.OffTarget, TablePages.CellSize, Bold: true, Color: theme.Pain, Prefix: "✖ ")], theme.PainFill),
                null => new([new Paragraph(string.Empty, TablePages.CellSize)]),
            }));
        }

        // The KPI's name, second, takes the width the others leave.
        columns.Insert(1, (words.Kpi, DeckContext.ContentWidth - columns.Sum(c => c.Width), k => new([new Paragraph(k.Kpi.Name, TablePages.CellSize, Color: theme.Ink)])));
        TablePages.Add(context, words.Kpis, [.. columns.Select(c => c.Width)], [.. columns.Select(c => c.Header)], [.. kpis.Select(k => (IReadOnlyList<TableCell>)[.. columns.Select(c => c.Cell(k))])]);
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
