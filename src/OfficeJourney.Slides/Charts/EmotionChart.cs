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
        xml.Root(C, "chartSpace", A, R);
        xml.Leaf(C, "date1904", "val", false);
        xml.Leaf(C, "roundedCorners", "val", false);
        xml.Start(C, "chart");
        xml.Leaf(C, "autoTitleDeleted", "val", true);
        xml.Start(C, "plotArea");
        xml.Empty(C, "layout");
        LineChart(xml);
        CategoryAxisXml(xml);
        ValueAxisXml(xml);
        xml.End();
        if (series.Count > 1)
        {
            Legend(xml);
        }

        xml.Leaf(C, "plotVisOnly", "val", true);
        xml.Leaf(C, "dispBlanksAs", "val", "gap");
        xml.End();
        TextProperties(xml, 1200);

        // Last in c:chartSpace, after c:txPr: the workbook "Edit Data" opens.
        xml.Start(C, "externalData").Attr(R, "id", workbookRelationship);
        xml.Leaf(C, "autoUpdate", "val", false);
        xml.End();
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
        StringReference(xml, NameFormula(index), [curve.Name]);
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
        StringReference(xml, CategoryFormula, stages);
        xml.End();
        xml.Start(C, "val");
        xml.Start(C, "numRef");
        xml.Text(C, "f", ValueFormula(index));
        xml.Start(C, "numCache");
        xml.Text(C, "formatCode", "General");
        xml.Leaf(C, "ptCount", "val", stages.Count);
        for (var i = 0; i < stages.Count; i++)
        {
            if (curve.Scores[i] is { } score)
            {
                xml.Start(C, "pt").Attr("idx", i);
                xml.Text(C, "v", score);
                xml.End();
            }
        }

        xml.End();
        xml.End();
        xml.End();
        xml.Leaf(C, "smooth", "val", false);
        xml.End();
    }

    /// <summary>Which curve is which, above the plot.</summary>
    private void Legend(PartWriter xml)
    {
        xml.Start(C, "legend");
        xml.Leaf(C, "legendPos", "val", "t");
        xml.Leaf(C, "overlay", "val", false);
        TextProperties(xml, 1200);
        xml.End();
    }

    /// <summary>Stages along the bottom, right to left in a right-to-left deck.</summary>
    private void CategoryAxisXml(PartWriter xml)
    {
        AxisStart(xml, "catAx", CategoryAxis, text.RightToLeft ? "maxMin" : "minMax", bounds: null, "b");
        Ticks(xml, sourceLinked: true, labels: "low");
        xml.Start(C, "spPr");
        AxisLine(xml, 9525);
        xml.End();
        TextProperties(xml, 1200);
        xml.Leaf(C, "crossAx", "val", ValueAxis);
        xml.Leaf(C, "crosses", "val", "autoZero");
        xml.Leaf(C, "auto", "val", true);
        xml.Leaf(C, "lblAlgn", "val", "ctr");
        xml.Leaf(C, "lblOffset", "val", 100);
        xml.Leaf(C, "noMultiLvlLbl", "val", false);
        xml.End();
    }

    /// <summary>The scale from its minimum to its maximum, on the right in a right-to-left deck.</summary>
    private void ValueAxisXml(PartWriter xml)
    {
        AxisStart(xml, "valAx", ValueAxis, "minMax", scale, text.RightToLeft ? "r" : "l");
        xml.Start(C, "majorGridlines");
        xml.Start(C, "spPr");
        AxisLine(xml, 6350);
        xml.End();
        xml.End();
        Ticks(xml, sourceLinked: false, labels: "nextTo");
        TextProperties(xml, 1100);
        xml.Leaf(C, "crossAx", "val", CategoryAxis);
        xml.Leaf(C, "crosses", "val", text.RightToLeft ? "max" : "autoZero");
        xml.Leaf(C, "crossBetween", "val", "between");
        xml.Start(C, "majorUnit").Attr("val", scale.Max - scale.Min > 10 ? Math.Ceiling((scale.Max - scale.Min) / 10) : 1).End();
        xml.End();
    }

    /// <summary>Opens an axis and writes what both start with, in this order: id, scaling (max before min), shown, position.</summary>
    private static void AxisStart(PartWriter xml, string axis, string id, string orientation, EmotionScale? bounds, string position)
    {
        xml.Start(C, axis);
        xml.Leaf(C, "axId", "val", id);
        xml.Start(C, "scaling");
        xml.Leaf(C, "orientation", "val", orientation);
        if (bounds is not null)
        {
            xml.Start(C, "max").Attr("val", bounds.Max).End();
            xml.Start(C, "min").Attr("val", bounds.Min).End();
        }

        xml.End();
        xml.Leaf(C, "delete", "val", false);
        xml.Leaf(C, "axPos", "val", position);
    }

    /// <summary>The number format, tick marks and label position, in this order on both axes.</summary>
    private static void Ticks(PartWriter xml, bool sourceLinked, string labels)
    {
        xml.Start(C, "numFmt").Attr("formatCode", "General").Attr("sourceLinked", sourceLinked).End();
        xml.Leaf(C, "majorTickMark", "val", "none");
        xml.Leaf(C, "minorTickMark", "val", "none");
        xml.Leaf(C, "tickLblPos", "val", labels);
    }

    private void AxisLine(PartWriter xml, long width)
    {
        xml.Start(A, "ln").Attr("w", width);
        xml.SolidFill(colors.Line);
        xml.End();
    }

    /// <summary>A formula with the cache PowerPoint draws from; the cache holds what the workbook holds.</summary>
    private static void StringReference(PartWriter xml, string formula, IReadOnlyList<string> values)
    {
        xml.Start(C, "strRef");
        xml.Text(C, "f", formula);
        xml.Start(C, "strCache");
        xml.Leaf(C, "ptCount", "val", values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            xml.Start(C, "pt").Attr("idx", i);
            xml.Text(C, "v", values[i]);
            xml.End();
        }

        xml.End();
        xml.End();
    }

    /// <summary>The chart's text: size, ink, fonts of the map's language, and its direction.</summary>
    private void TextProperties(PartWriter xml, long size)
    {
        xml.Start(C, "txPr");
        xml.Empty(A, "bodyPr");
        xml.Empty(A, "lstStyle");
        xml.Start(A, "p");
        xml.Start(A, "pPr");
        if (text.RightToLeft)
        {
            xml.Attr("rtl", "1");
        }

        xml.Start(A, "defRPr").Attr("sz", size);
        xml.Look(text, colors.Ink);
        xml.End();
        xml.End();
        xml.Leaf(A, "endParaRPr", "lang", text.Culture);
        xml.End();
        xml.End();
    }
}
