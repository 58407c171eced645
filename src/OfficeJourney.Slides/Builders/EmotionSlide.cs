using OfficeJourney.Model;
using OfficeJourney.Slides.Charts;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using OfficeJourney.Slides.Options;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Slides.Builders;

/// <summary>Slide 3: the emotion curve as a native, editable line chart, its scale's ends named, its lowest points called out with their pain points.</summary>
internal sealed class EmotionSlide : ISlideKind
{
    public string Name => "emotions";

    public DeckSlides Slide => DeckSlides.Emotions;

    public bool Applies(JourneyMap map) => Format.HasCurve(map);

    public void Add(DeckContext context)
    {
        var map = context.Map;
        var scale = map.EmotionScale!;
        var scores = Enumerable.Range(0, map.Stages.Count).Select(s => Format.StageEmotion(map, s)).ToList();
        var lowest = scores.Where(s => s is not null).Min()!.Value;
        var lows = Enumerable.Range(0, map.Stages.Count).Where(s => scores[s] == lowest).ToList();
        var rtl = context.Text.RightToLeft;
        var words = JourneyVocabulary.EmotionWords(context.Text.Language);
        var pains = map.Lanes.Where(l => l.Kind == LaneKind.PainPoints).ToList();

        var callout = new List<Paragraph> { new(context.Words.Lowest, 16, Bold: true, Color: context.Theme.Pain) };
        foreach (var stage in lows)
        {
            callout.Add(new Paragraph($"{map.Stages[stage].Name} ({Format.Score(lowest, scale, rtl)})", 14, Bold: true, Color: context.Theme.Ink));
            callout.AddRange(pains.SelectMany(l => l.Cells[stage].Items).Select(i => new Paragraph(i.Text, 12, Color: context.Theme.Ink, Bullet: true)));
        }

        var shown = Fitted(callout, CalloutWidth - Emu.Points(20), CalloutHeight - Emu.Points(20));

        var notes = new List<Paragraph>();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            if (scores[s] is { } score)
            {
                notes.Add(new Paragraph($"{map.Stages[s].Name}: {Format.Score(score, scale, rtl)} {Format.StageEmotionLabel(map, s) ?? string.Empty}".Trim()));
            }
        }

        notes.Add(new Paragraph($"{Format.Score(scale.Max, scale, rtl)}: {words[0]} · {Format.Score(scale.Min, scale, rtl)}: {words[^1]}"));
        notes.AddRange(callout);

        context.AddSlide(notes, (xml, parts) =>
        {
            context.TitleBar(xml, context.Words.Emotions);
            var chartWidth = ChartWidth;
            var top = Top;
            var height = CalloutHeight;
            var chartLeft = rtl ? DeckContext.Margin + DeckContext.ContentWidth - chartWidth : DeckContext.Margin + Emu.Inches(1.1);
            var chart = new EmotionChart([.. map.Stages.Select(s => s.Name)], scores, context.Words.Emotion, scale, context.Text, new ChartColors(context.Theme.Curve, context.Theme.Line, context.Theme.Ink));
            var id = parts.AddChart(chart.Workbook(), chart.Write);
            xml.Chart("Emotion chart", new Box(chartLeft, top, chartWidth - Emu.Inches(1.1), height), id);

            // The scale's ends, named in the map's language, beside the value axis.
            var endsLeft = rtl ? chartLeft + chartWidth - Emu.Inches(1.1) : DeckContext.Margin;
            xml.Shape("Scale top", "rect", new Box(endsLeft, top, Emu.Inches(1.1), Emu.Inches(0.5)), null, null,
                [new Paragraph($"▲ {words[0]}", 11, Bold: true, Color: context.Theme.Opportunity)], textBox: true, insetPoints: 2);
            xml.Shape("Scale bottom", "rect", new Box(endsLeft, top + height - Emu.Inches(0.9), Emu.Inches(1.1), Emu.Inches(0.5)), null, null,
                [new Paragraph($"▼ {words[^1]}", 11, Bold: true, Color: context.Theme.Pain)], textBox: true, insetPoints: 2);

            var calloutLeft = rtl ? DeckContext.Margin : chartLeft + chartWidth - Emu.Inches(0.9);
            xml.Shape("Lowest points", "roundRect", new Box(calloutLeft, top, CalloutWidth, height), context.Theme.PainFill, context.Theme.Pain, shown, textBox: false, insetPoints: 10);
        });
    }

    private static readonly long ChartWidth = Emu.Inches(8.2);
    private static readonly long Top = DeckContext.ContentTop + Emu.Inches(0.1);
    private static readonly long CalloutHeight = DeckContext.ContentBottom - Top - Emu.Inches(0.2);
    private static readonly long CalloutWidth = DeckContext.ContentWidth - ChartWidth - Emu.Inches(0.2);

    /// <summary>
    /// The callout's paragraphs that fit its box, a long pain point cut to three lines with "…" and the ones left counted
    /// ("+4"): the whole list is in the notes and on the stage's slide.
    /// </summary>
    private static List<Paragraph> Fitted(List<Paragraph> callout, long width, long height)
    {
        var shown = new List<Paragraph>();
        long used = 0;
        var plus = TextFit.Height(1, 12);
        for (var i = 0; i < callout.Count; i++)
        {
            var paragraph = callout[i];
            var text = paragraph.Bullet ? TextFit.Fitted(paragraph.Text, width - Emu.Points(14), paragraph.Size, 3) : paragraph.Text;
            var needed = TextFit.Height(text, width - (paragraph.Bullet ? Emu.Points(14) : 0), paragraph.Size);
            if (used + needed + (i < callout.Count - 1 ? plus : 0) > height)
            {
                var left = callout.Skip(i).Count(p => p.Bullet);
                shown.Add(new Paragraph("+" + left.ToString(System.Globalization.CultureInfo.InvariantCulture), 12, Color: paragraph.Color));
                break;
            }

            shown.Add(paragraph with { Text = text });
            used += needed;
        }

        return shown;
    }
}
