using OfficeJourney.Model;
using OfficeJourney.Slides.Drawing;
using OfficeJourney.Slides.OpenXml;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Charts;

/// <summary>The colours of a chart, as RRGGBB: its curve, its axis and grid lines, its text.</summary>
internal sealed record ChartColors(string Curve, string Line, string Ink);

/// <summary>One curve of an emotion chart: its name (the legend's), a score per stage (null leaves a gap), its colour, dashed or not.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double?> Scores, string Color, bool Dashed = false);

/// <summary>
/// Emotion curves as a native line chart: one (a map's) or several (then and now, current and future, with a legend).
/// One owner for the sheet layout of both the chart's formulas and caches and its embedded workbook (stages in
/// A2:A{n+1}, each series' scores in the next column from B, its name in row 1), so that "Edit Data" opens exactly
/// the numbers drawn.
/// </summary>
internal sealed class EmotionChart(IReadOnlyList<string> stages, IReadOnlyList<ChartSeries> series, EmotionScale scale, TextStyle text, ChartColors colors)
{
    private const string Sheet = "Sheet1";
    private const string CategoryAxis = "50010";
    private const string ValueAxis = "50020";

    /// <summary>A map's one curve, in the theme's curve colour.</summary>
    public EmotionChart(IReadOnlyList<string> stages, IReadOnlyList<double?> scores, string seriesName, EmotionScale scale, TextStyle text, ChartColors colors)
        : this(stages, [new ChartSeries(seriesName, scores, colors.Curve)], scale, text, colors)
    {
    }

    private string CategoryFormula => $"{Sheet}!$A$2:$A${stages.Count + 1}";

    private static string Column(int series) => ((char)('B' + series)).ToString();

    private static string NameFormula(int series) => $"{Sheet}!${Column(series)}$1";

    private string ValueFormula(int series) => $"{Sheet}!${Column(series)}$2:${Column(series)}${stages.Count + 1}";

    public byte[] Workbook()
    {
        List<IReadOnlyList<SheetCell>> rows = [[.. series.Select((s, i) => new SheetCell(Column(i), s.Name))]];
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = i;
            rows.Add([new SheetCell("A", stages[i]), .. series.Select((s, c) => (s, c)).Where(x => x.s.Scores[stage] is not null).Select(x => new SheetCell(Column(x.c), null, x.s.Scores[stage]))]);
        }

        return SheetWorkbook.Create(Sheet, rows);
    }

    /// <summary>The chart part, its data read from the workbook related by <paramref name="workbookRelationship"/>.</summary>
    public void Write(Stream output, string workbookRelationship)
    {
        using var xml = new PartWriter(output);
        ChartXml.Begin(xml);
        LineChart(xml);
        ChartXml.CategoryAxis(xml, CategoryAxis, ValueAxis, text, colors);
        ValueAxisXml(xml);
        ChartXml.End(xml, text, colors.Ink, workbookRelationship, legend: series.Count > 1);
    }

    private void LineChart(PartWriter xml)
    {
        xml.Start(C, "lineChart");
        xml.Leaf(C, "grouping", "val", "standard");
        xml.Leaf(C, "varyColors", "val", false);
        for (var i = 0; i < series.Count; i++)
        {
            Series(xml, i);
        }

        xml.Leaf(C, "marker", "val", true);
        xml.Leaf(C, "axId", "val", CategoryAxis);
        xml.Leaf(C, "axId", "val", ValueAxis);
        xml.End();
    }

    private void Series(PartWriter xml, int index)
    {
        var curve = series[index];
        xml.Start(C, "ser");
        xml.Leaf(C, "idx", "val", index);
        xml.Leaf(C, "order", "val", index);
        xml.Start(C, "tx");
        ChartXml.StringReference(xml, NameFormula(index), [curve.Name]);
        xml.End();
        xml.Start(C, "spPr");
        xml.Start(A, "ln").Attr("w", 38100).Attr("cap", "rnd");
        xml.SolidFill(curve.Color);
        if (curve.Dashed)
        {
            xml.Leaf(A, "prstDash", "val", "dash");
        }

        xml.Empty(A, "round");
        xml.End();
        xml.End();
        xml.Start(C, "marker");
        xml.Leaf(C, "symbol", "val", curve.Dashed ? "square" : "circle");
        xml.Leaf(C, "size", "val", 9);
        xml.Start(C, "spPr");
        xml.SolidFill(curve.Color);
        xml.Outline(null, widthPoints: 0);
        xml.End();
        xml.End();
        xml.Start(C, "cat");
        ChartXml.StringReference(xml, CategoryFormula, stages);
        xml.End();
        xml.Start(C, "val");
        ChartXml.NumberReference(xml, ValueFormula(index), curve.Scores);
        xml.End();
        xml.Leaf(C, "smooth", "val", false);
        xml.End();
    }

    /// <summary>The scale from its minimum to its maximum, on the right in a right-to-left deck.</summary>
    private void ValueAxisXml(PartWriter xml)
    {
        ChartXml.AxisStart(xml, "valAx", ValueAxis, "minMax", scale.Max, scale.Min, text.RightToLeft ? "r" : "l");
        xml.Start(C, "majorGridlines");
        xml.Start(C, "spPr");
        ChartXml.AxisLine(xml, colors.Line, 6350);
        xml.End();
        xml.End();
        ChartXml.Ticks(xml, sourceLinked: false, labels: "nextTo");
        ChartXml.TextProperties(xml, text, colors.Ink, 1100);
        xml.Leaf(C, "crossAx", "val", CategoryAxis);
        xml.Leaf(C, "crosses", "val", text.RightToLeft ? "max" : "autoZero");
        xml.Leaf(C, "crossBetween", "val", "between");
        xml.Start(C, "majorUnit").Attr("val", scale.Max - scale.Min > 10 ? Math.Ceiling((scale.Max - scale.Min) / 10) : 1).End();
        xml.End();
    }
}
