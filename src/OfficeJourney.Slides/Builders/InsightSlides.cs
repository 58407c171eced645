using System.Globalization;
using OfficeJourney.Insights;
using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// The findings a review starts from (<see cref="JourneyInsights"/>), grouped by rule under the headings of
/// languages/&lt;tag&gt;/insights.json, each with the stages it rests on. A rule may find a hundred; a deck shows the
/// first few of each and counts the rest, so the slides stay few whatever the map.
/// </summary>
internal sealed class InsightSlides : ISlideKind
{
    /// <summary>Findings shown per rule; seven rules of at most this many, plus their headings, make a handful of slides.</summary>
    internal const int MaxPerKind = 6;

    private const int MessageLength = 400;
    private const int StagesListed = 4;
    private const int NameLength = 60;

    public string Name => "insights";

    public DeckSlides Slide => DeckSlides.Insights;

    /// <summary>
    /// For maps that measure something (a metric lane with numbers, or counts making a funnel): a map without measures
    /// keeps the deck it had, its findings being about what the other slides already show.
    /// </summary>
    public bool Applies(JourneyMap map) =>
        map.Lanes.Any(l => l.Kind == LaneKind.Metric && l.Cells.Any(c => c.Items.Any(i => i.Value is not null))) || Funnels.Of(map) is not null;

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var theme = context.Theme;
        var words = context.Words;
        var headings = InsightWords.For(context.Text.Language).Headings;
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var group in JourneyInsights.Find(map).GroupBy(i => i.Kind).OrderBy(g => g.Key))
        {
            var findings = group.ToList();
            rows.Add(
            [
                new([new Paragraph(headings[WordsJson.JsonName(group.Key)], TablePages.CellSize, Bold: true, Color: theme.Brand)], theme.Paper),
                new([new Paragraph(string.Empty, TablePages.CellSize)], theme.Paper),
            ]);
            foreach (var finding in findings.Take(MaxPerKind))
            {
                rows.Add(
                [
                    new([new Paragraph(TextFit.Clip(finding.Message, MessageLength), TablePages.CellSize, Color: theme.Ink, Bullet: true)]),
                    new([new Paragraph(Stages(map, finding.Stages, context.Text.RightToLeft), TablePages.CellSize, Color: theme.Muted)]),
                ]);
            }

            if (findings.Count > MaxPerKind)
            {
                rows.Add(
                [
                    new([new Paragraph(string.Format(CultureInfo.InvariantCulture, words.More, findings.Count - MaxPerKind), TablePages.CellSize, Color: theme.Muted)]),
                    new([new Paragraph(string.Empty, TablePages.CellSize)]),
                ]);
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        var findingWidth = Emu.Inches(8.8);
        TablePages.Add(context, words.Insights, [findingWidth, DeckContext.ContentWidth - findingWidth], [words.Finding, words.Stages], rows);
    }

    /// <summary>The stages a finding rests on, the first few named: "Awareness → Consideration" for a step, else a list.</summary>
    private static string Stages(JourneyMap map, IReadOnlyList<int> stages, bool rightToLeft)
    {
        var names = stages.Where(s => s >= 0 && s < map.Stages.Count).Take(StagesListed + 1)
            .Select(s => TextFit.Clip(map.Stages[s].Name, NameLength)).ToList();
        var separator = names.Count == 2 && stages.Count == 2 && stages[1] == stages[0] + 1 ? (rightToLeft ? " ← " : " → ") : ", ";
        return names.Count > StagesListed ? string.Join(separator, names.Take(StagesListed)) + separator + "…" : string.Join(separator, names);
    }
}
