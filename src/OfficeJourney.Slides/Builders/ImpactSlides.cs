using System.Globalization;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// Touchpoints rated for impact as a native table, grouped by zone (the zone with the highest rating first) and, in
/// each, the highest rated first, with their stage; continued on further slides when long.
/// </summary>
internal sealed class ImpactSlides : ISlideKind
{
    /// <summary>Touchpoints listed; a map at the reader's limits could rate tens of thousands.</summary>
    internal const int MaxRows = 200;

    private const int Dots = 5;
    private const int TextLength = 300;

    public string Name => "impact";

    public DeckSlides Slide => DeckSlides.Impact;

    public bool Applies(JourneyMap map) =>
        map.Lanes.Any(l => l.Kind == LaneKind.Touchpoints && l.Cells.Any(c => c.Items.Any(i => i.Impact is not null)));

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var theme = context.Theme;
        var words = context.Words;
        var rated = Rated(map).ToList();

        // Stable sorts: equal ratings keep the map's order (stage, then lane).
        var ordered = rated.GroupBy(r => r.Item.Zone ?? string.Empty, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(r => r.Item.Impact!.Score))
            .ThenBy(g => g.Key.Length == 0)
            .SelectMany(g => g.OrderByDescending(r => r.Item.Impact!.Score).ThenBy(r => r.Stage))
            .ToList();

        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var (stage, item) in ordered.Take(MaxRows))
        {
            var impact = item.Impact!;
            var filled = (int)Math.Round(Math.Clamp(impact.Score, 0, 1) * Dots, MidpointRounding.AwayFromZero);
            rows.Add(
            [
                new([new Paragraph(TextFit.Clip(item.Zone ?? words.NoZone, TextLength), TablePages.CellSize, Bold: true, Color: theme.Ink)], theme.Paper),
                new([new Paragraph(TextFit.Clip(map.Stages[stage].Name, TextLength), TablePages.CellSize, Color: theme.Ink)]),
                new([new Paragraph(TextFit.Clip(WithoutRating(item.Text, impact.Written), TextLength), TablePages.CellSize, Color: theme.Ink)]),
                new([new Paragraph(TextFit.Clip(impact.Written, TextLength), TablePages.CellSize, Bold: true, Color: theme.Ink,
                    Prefix: new string('●', filled) + new string('○', Dots - filled) + " ", PrefixColor: theme.Brand)], filled >= 4 ? theme.Phase : null),
            ]);
        }

        if (ordered.Count > MaxRows)
        {
            rows.Add([.. Enumerable.Range(0, 4).Select(c => new TableCell(
                [new Paragraph(c == 0 ? string.Format(CultureInfo.InvariantCulture, words.More, ordered.Count - MaxRows) : string.Empty, TablePages.CellSize, Color: theme.Muted)]))]);
        }

        TablePages.Add(context, words.Impact,
            [Emu.Inches(2.4), Emu.Inches(2.6), Emu.Inches(4.9), DeckContext.ContentWidth - Emu.Inches(9.9)],
            [words.Zone, words.Stage, words.Touchpoint, words.Rating], rows);
    }

    /// <summary>"Store visit (high)" as "Store visit": the rating has its own column. Text with nothing else stays whole.</summary>
    private static string WithoutRating(string text, string written)
    {
        var at = text.LastIndexOf(written, StringComparison.Ordinal);
        if (at <= 0 || text[(at + written.Length)..].Trim().TrimEnd(')', ']').Trim().Length > 0)
        {
            return text;
        }

        var name = text[..at].TrimEnd().TrimEnd('(', '[', '-', '–', '—', ':', '|').TrimEnd();
        return name.Length > 0 ? name : text;
    }

    private static IEnumerable<(int Stage, JourneyItem Item)> Rated(JourneyMap map) =>
        map.Lanes.Where(l => l.Kind == LaneKind.Touchpoints)
            .SelectMany(l => l.Cells.Take(map.Stages.Count).SelectMany((cell, stage) => cell.Items.Where(i => i.Impact is not null).Select(item => (stage, item))))
            .OrderBy(r => r.stage);
}
