using System.Globalization;
using OfficeJourney.Insights;
using OfficeJourney.Model;
using OfficeJourney.Slides.Charts;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;

namespace OfficeJourney.Slides.Builders;

/// <summary>
/// The funnel: how many people reach each stage as a native, editable column chart, each step's conversion and
/// drop-off beside it, and the largest drop-off called out in the pain colour, bar and sentence.
/// </summary>
internal sealed class FunnelSlide : ISlideKind
{
    private const double StepSize = 11;
    private const int NameLength = 60;

    public string Name => "funnel";

    public DeckSlides Slide => DeckSlides.Funnel;

    public bool Applies(JourneyMap map) => Funnels.Of(map) is not null;

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var funnel = Funnels.Of(map)!;
        var words = context.Words;
        var theme = context.Theme;
        var rtl = context.Text.RightToLeft;
        var steps = funnel.Steps;
        string StageName(int step) => TextFit.Clip(map.Stages[steps[step].Stage].Name, NameLength);

        var callout = new List<Paragraph> { new(words.LargestDropOff, 16, Bold: true, Color: theme.Pain) };
        var sentence = funnel.LargestDropOff is { } largest
            ? string.Format(CultureInfo.InvariantCulture, words.DropOffSentence, StageName(largest - 1), StageName(largest),
                Number(Count(steps[largest - 1].Count - steps[largest].Count), rtl), Number(Count(steps[largest - 1].Count), rtl), Number(Share(steps[largest].DropOff!.Value), rtl))
            : null;
        if (sentence is not null)
        {
            callout.Add(new Paragraph(sentence, 13, Bold: true, Color: theme.Ink));
        }

        var arrow = rtl ? " ← " : " → ";
        var stepLines = new List<Paragraph>();
        for (var i = 1; i < steps.Count; i++)
        {
            var line = $"{StageName(i - 1)}{arrow}{StageName(i)}: {words.Conversion} {Rate(steps[i].Conversion, rtl)} · {words.DropOff} {Rate(steps[i].DropOff, rtl)}";
            stepLines.Add(i == funnel.LargestDropOff
                ? new Paragraph(line, StepSize, Bold: true, Color: theme.Pain, Bullet: true)
                : new Paragraph(line, StepSize, Color: theme.Ink, Bullet: true));
        }

        var notes = new List<Paragraph> { new(funnel.Label) };
        notes.AddRange(steps.Select(step => new Paragraph($"{map.Stages[step.Stage].Name}: {Number(Count(step.Count), rtl)}")));
        notes.AddRange(stepLines.Select(p => new Paragraph(p.Text)));
        if (sentence is not null)
        {
            notes.Add(new Paragraph(sentence));
        }

        context.AddSlide(notes, (xml, parts) =>
        {
            context.TitleBar(xml, words.Funnel, TextFit.Clip(funnel.Label, 120));
            var top = DeckContext.ContentTop + Emu.Inches(0.15);
            var height = DeckContext.ContentBottom - top - Emu.Inches(0.2);
            var chartWidth = Emu.Inches(7.6);
            var panelWidth = DeckContext.ContentWidth - chartWidth - Emu.Inches(0.2);
            var chartLeft = rtl ? DeckContext.Margin + DeckContext.ContentWidth - chartWidth : DeckContext.Margin;
            var panelLeft = rtl ? DeckContext.Margin : DeckContext.Margin + chartWidth + Emu.Inches(0.2);

            var chart = new FunnelChart([.. steps.Select(s => map.Stages[s.Stage].Name)], [.. steps.Select(s => s.Count)], funnel.LargestDropOff,
                funnel.Label, context.Text, new ChartColors(theme.Brand, theme.Line, theme.Ink), theme.Pain);
            xml.Chart("Funnel chart", new Box(chartLeft, top, chartWidth, height), parts.AddChart(chart.Workbook(), chart.Write));

            var calloutHeight = TextFit.Height(callout.Select(p => p.Text), panelWidth - Emu.Inches(0.4), 16) + Emu.Inches(0.4);
            xml.Shape("Largest drop-off", "roundRect", new Box(panelLeft, top, panelWidth, calloutHeight), theme.PainFill, theme.Pain, callout, insetPoints: 10);

            var stepsTop = top + calloutHeight + Emu.Inches(0.15);
            var shown = Fitting(stepLines, panelWidth - Emu.Inches(0.3), top + height - stepsTop, words.More);
            xml.Shape("Steps", "rect", new Box(panelLeft, stepsTop, panelWidth, top + height - stepsTop), null, null, shown, textBox: true, insetPoints: 4);
        });
    }

    /// <summary>The step lines that fit the room left, "… and K more" in place of the rest (the notes have them all).</summary>
    private static List<Paragraph> Fitting(List<Paragraph> lines, long width, long room, string more)
    {
        var shown = new List<Paragraph>();
        long used = TextFit.Height(1, StepSize);
        foreach (var line in lines)
        {
            var height = TextFit.Height(line.Text, width, StepSize) + Emu.Points(4);
            if (used + height > room)
            {
                shown.Add(new Paragraph(string.Format(CultureInfo.InvariantCulture, more, lines.Count - shown.Count), StepSize));
                break;
            }

            shown.Add(line);
            used += height;
        }

        return shown;
    }

    private static string Count(double count) => count.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Share(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Rate(double? share, bool rightToLeft) => share is { } s ? Number(Share(s), rightToLeft) : "–";

    /// <summary>A number kept left to right inside a right-to-left sentence ("75%" not "%75").</summary>
    private static string Number(string text, bool rightToLeft) => rightToLeft ? "\u200E" + text + "\u200E" : text;
}
